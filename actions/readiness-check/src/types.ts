/** The shapes every check shares: objects, outcomes, the context checks read from. */
import type { CategoryId, Mode } from './constants';
import type { Slos } from './slo';

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects are open-ended JSON.
export type Json = any;

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: Json;
  };
  spec?: Json;
  status?: Json;
  [key: string]: Json;
};

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Status = 'pass' | 'warn' | 'fail' | 'skip';

/** Where a static finding comes from (for annotations). */
export type Location = { file: string; line?: number };

/** What a check concluded, before severity decides fail or warn. */
export type Outcome = {
  /** problem: fail or warn by the check's severity; warn: always a warning. */
  result: 'pass' | 'problem' | 'warn' | 'skip';
  /** One sentence: why it passed, failed or was skipped. */
  reason: string;
  /** What was looked at (object, query, API call) and what it returned. */
  evidence: string[];
  locations?: Location[];
};

export type Check = {
  id: string;
  category: CategoryId;
  title: string;
  severity: Severity;
  run(ctx: CheckContext): Promise<Outcome> | Outcome;
};

/** Reads Prometheus's HTTP API. */
export interface PromReader {
  readonly url: string;
  query(promql: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]>;
  alertRules(): Promise<{ name: string; state: string; labels: Record<string, string> }[]>;
  firingAlerts(): Promise<{ labels: Record<string, string>; state: string }[]>;
}

/** The AWS reads of the data and monitoring categories (the SDKs load only when called). */
export interface AwsReader {
  dbInstances(): Promise<Json[]>;
  replicationGroups(): Promise<Json[]>;
  alarmsInAlarm(): Promise<{ name: string; reason?: string }[]>;
}

export type CheckContext = {
  mode: Mode;
  namespace: string;
  windowMs: number;
  /** Cancellation: a cancelled run ends as `cancelled`, not as failed checks. */
  signal?: AbortSignal;
  /** Manifests (static) or what the cluster holds now (live): the same checks read both. */
  objects: ObjectSource;
  /** Live only: the cluster's /version and anything else not in `objects`. */
  clusterVersion?: { major: string; minor: string; gitVersion: string };
  prometheus?: PromReader;
  aws?: AwsReader;
  slos?: Slos;
  /** Why the live-only sources are missing (shown as the reason of skipped checks). */
  missing: { cluster?: string; prometheus?: string; aws?: string; slos?: string };
};

export interface ObjectSource {
  /** Where these objects came from, e.g. "manifests k8s/overlays/staging" or "cluster". */
  readonly origin: string;
  /** Every object of a kind (optionally in one namespace). */
  all(kind: string, namespace?: string): K8sObject[];
  /** Whether this kind was read at all (a cluster may lack a CRD). */
  has(kind: string): boolean;
  locate(obj: K8sObject): Location | undefined;
}
