/**
 * Scenario harness: one sandbox per test file, one namespace per scenario,
 * the action's deploy()/rollback() run in-process against the sandbox's real
 * HTTP API, and the sandbox load generator driving traffic through the live
 * Service the whole time.
 */

import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  DEFAULT_TIMING,
  generateLoad,
  type LoadReport,
  type Sandbox,
  startSandbox,
} from '../../../sandbox/index';
import { envName } from '../../_shared/src/inputs';
import { setStdout } from '../../_shared/src/runner';
import { prometheusQuery, serviceGetter } from '../src/checks';
import { type Config, loadYamlParser, readConfig } from '../src/config';
import { type Deps, deploy, type Result } from '../src/deploy';
import { type K8sObject, Kube, paths } from '../src/kube';
import { loadKubeConfig, nodeTransport } from '../src/kube-node';
import { type AppManifests, groupApps, parseObjects } from '../src/manifests';
import { rollback } from '../src/rollback';

/**
 * The suite's timing: spec durations at 1/100, and an L4 data plane whose 3 nodes each sync
 * 25 ms + an exponential tail (mean 15 ms, cap 150 ms) after a change. BG_SANDBOX_REALISTIC=1
 * uses the sandbox's realistic kube-proxy lag instead (100 ms + tail mean 250 ms, cap 3 s),
 * which is not scaled, to show where the suite's short scale-down-delay stops covering it.
 */
export const REALISTIC = process.env.BG_SANDBOX_REALISTIC === '1';
// The action loads its YAML parser on demand (start-up time); the tests read YAML inputs.
await loadYamlParser();

export const TIMING = {
  podStartDelayMs: 5,
  podReadyDelayMs: 60,
  endpointLagMs: REALISTIC ? DEFAULT_TIMING.endpointLagMs : 25,
  endpointLagTailMs: REALISTIC ? DEFAULT_TIMING.endpointLagTailMs : 15,
  endpointLagMaxMs: REALISTIC ? DEFAULT_TIMING.endpointLagMaxMs : 150,
  timeScale: 0.01,
  backoffMs: 20,
  bookmarkIntervalMs: 200,
};

export async function openSandbox(): Promise<Sandbox> {
  return startSandbox({ timing: TIMING, operatorCrds: false });
}

let counter = 0;
/** A new, empty namespace (as the platform bootstrap would have created it). */
export async function freshNamespace(kube: Kube): Promise<string> {
  counter++;
  const name = `bg-${process.pid % 10000}-${counter}`;
  await kube.create('/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  });
  return name;
}

export type AppSpec = {
  app: string;
  image: string;
  hpa?: { min: number; max: number };
  replicas?: number;
  /** Put the Services before the Deployment in the YAML. */
  servicesFirst?: boolean;
};

/** Manifests in the k8s/ convention, trimmed to what the sandbox needs. */
export function manifestYaml(s: AppSpec): string {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${s.app}-blue
  labels: { app.kubernetes.io/name: ${s.app}, medimind.io/color: blue }
spec:
${s.replicas !== undefined ? `  replicas: ${s.replicas}\n` : ''}  progressDeadlineSeconds: 300
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 } }
  selector:
    matchLabels: { app.kubernetes.io/name: ${s.app}, medimind.io/color: blue }
  template:
    metadata:
      labels: { app.kubernetes.io/name: ${s.app}, medimind.io/color: blue }
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: ${s.app}
          image: ${s.image}
          ports: [{ name: http, containerPort: 8080 }]
`;
  const hpa = s.hpa
    ? `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${s.app}-blue
  labels: { app.kubernetes.io/name: ${s.app}, medimind.io/color: blue }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${s.app}-blue }
  minReplicas: ${s.hpa.min}
  maxReplicas: ${s.hpa.max}
`
    : '';
  const services = ['', '-preview']
    .map(
      (suffix) => `apiVersion: v1
kind: Service
metadata:
  name: ${s.app}${suffix}
  labels: { app.kubernetes.io/name: ${s.app} }
spec:
  selector: { app.kubernetes.io/name: ${s.app}, medimind.io/color: blue }
  ports: [{ name: http, port: 80, targetPort: http }]
`,
    )
    .join('---\n');
  const docs = s.servicesFirst ? [services, deployment, hpa] : [deployment, hpa, services];
  return docs.filter(Boolean).join('---\n');
}

export function writeManifests(specs: readonly AppSpec[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bg-manifests-'));
  const file = join(dir, 'apps.yaml');
  writeFileSync(file, specs.map(manifestYaml).join('---\n'));
  return file;
}

export function appsOf(specs: readonly AppSpec[], namespace: string): AppManifests[] {
  return groupApps(parseObjects('test', specs.map(manifestYaml).join('---\n')), namespace).apps;
}

export function configFor(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Config {
  const all: Record<string, string> = {
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'medimind/delivery',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTOR: 'tester',
    ...env,
  };
  for (const [k, v] of Object.entries({
    manifests: 'unused.yaml',
    // Realistic lag: the delay covers the 3 s propagation cap plus the 0.3 s (scaled) grace.
    'scale-down-delay': REALISTIC ? '3500ms' : '150ms',
    'abort-scale-down-delay': '50ms',
    'lock-timeout': '5s',
    'rollout-timeout': '10s',
    'smoke-timeout': '5s',
    timeout: '60s',
    ...inputs,
  })) {
    all[envName(k)] = v;
  }
  return readConfig(all);
}

export type Env = {
  sb: Sandbox;
  kube: Kube;
  requests: { count: number };
  deps(overrides?: Partial<Deps>): Deps;
  run(cfg: Config, apps: readonly AppManifests[], overrides?: Partial<Deps>): Promise<Result>;
  rollback(cfg: Config, apps: readonly string[], overrides?: Partial<Deps>): Promise<Result>;
};

export function environment(sb: Sandbox): Env {
  const kc = loadKubeConfig(sb.kubeconfigPath);
  const requests = { count: 0 };
  const kube = new Kube(nodeTransport(kc), {
    onRequest: () => {
      requests.count++;
    },
  });
  const deps = (overrides: Partial<Deps> = {}): Deps => ({
    kube,
    signal: new AbortController().signal,
    http: serviceGetter(kube, '', new Map()),
    leaseDurationSeconds: 2,
    ...overrides,
  });
  const quiet = <T>(fn: () => Promise<T>) => {
    const restore = setStdout(() => {});
    return fn().finally(restore);
  };
  return {
    sb,
    kube,
    requests,
    deps,
    run: (cfg, apps, overrides = {}) =>
      quiet(() =>
        deploy(cfg, apps, {
          ...deps(overrides),
          http: overrides.http ?? serviceGetter(kube, cfg.namespace, new Map()),
          prometheus:
            overrides.prometheus ??
            (cfg.prometheusUrl
              ? prometheusQuery(cfg.prometheusUrl, 10_000, cfg.prometheusAuthorization)
              : undefined),
        }),
      ),
    rollback: (cfg, apps, overrides = {}) =>
      quiet(() =>
        rollback(cfg, apps, {
          ...deps(overrides),
          http: serviceGetter(kube, cfg.namespace, new Map()),
        }),
      ),
  };
}

/** The two client classes every scenario drives, counted apart. */
export type ClientClass = 'keep-alive' | 'fresh';
export type TrafficReport = LoadReport & { byClass: Record<ClientClass, LoadReport> };

/** One report summing both classes (what the scenarios assert), with each class kept. */
function merge(keepAlive: LoadReport, fresh: LoadReport): TrafficReport {
  const sum = (k: keyof LoadReport) => (keepAlive[k] as number) + (fresh[k] as number);
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    ...keepAlive,
    sent: sum('sent'),
    ok: sum('ok'),
    failed: sum('failed'),
    misrouted: sum('misrouted'),
    terminatingAnswers: sum('terminatingAnswers'),
    wrongColor: sum('wrongColor'),
    failureKinds: add(keepAlive.failureKinds, fresh.failureKinds),
    statusCodes: add(keepAlive.statusCodes, fresh.statusCodes),
    byPod: add(keepAlive.byPod, fresh.byPod),
    byColor: add(keepAlive.byColor, fresh.byColor),
    byVersion: add(keepAlive.byVersion, fresh.byVersion),
    errors: [
      ...keepAlive.errors.map((e) => `keep-alive: ${e}`),
      ...fresh.errors.map((e) => `fresh: ${e}`),
    ],
    rps: keepAlive.rps + fresh.rps,
    byClass: { 'keep-alive': keepAlive, fresh },
  };
}

/**
 * Traffic through a Service for as long as the returned stop() is not called: keep-alive
 * clients (pooled HTTP, an ALB, gRPC: pinned to a pod per connection) and fresh-connection
 * clients, 2 of each. BG_TRAFFIC_LOG=<file> appends one JSON line per stop() with the
 * scenario's name and the failures per class.
 */
export async function traffic(
  sb: Sandbox,
  namespace: string,
  service: string,
): Promise<{ stop(): Promise<TrafficReport> }> {
  const url = await sb.dataPlane.serviceUrl(namespace, service);
  // Traffic starts once every node's kube-proxy knows the Service's endpoints: a Service just
  // created (the first deploy) is unreachable until then, on a real cluster too.
  const synced = Date.now() + 10_000;
  while (sb.dataPlane.nodeEndpoints(namespace, service).some((node) => node.length === 0)) {
    if (Date.now() > synced) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const controller = new AbortController();
  const scenario = expect.getState().currentTestName ?? '';
  const load = (connection: ClientClass) =>
    generateLoad({
      url,
      durationMs: 120_000,
      concurrency: 2,
      timeoutMs: 5000,
      connection,
      signal: controller.signal,
    });
  const reports = Promise.all([load('keep-alive'), load('fresh')]);
  return {
    async stop() {
      controller.abort();
      const [keepAlive, fresh] = await reports;
      const report = merge(keepAlive!, fresh!);
      const log = process.env.BG_TRAFFIC_LOG;
      if (log) {
        const line = (r: LoadReport) => ({
          sent: r.sent,
          failed: r.failed,
          kinds: r.failureKinds,
          misrouted: r.misrouted,
        });
        appendFileSync(
          log,
          `${JSON.stringify({
            scenario,
            service,
            realistic: REALISTIC,
            'keep-alive': line(keepAlive!),
            fresh: line(fresh!),
          })}\n`,
        );
      }
      return report;
    },
  };
}

export async function liveService(kube: Kube, namespace: string, app: string): Promise<K8sObject> {
  const svc = await kube.get(paths.service(namespace, app));
  if (!svc) throw new Error(`Service ${app} missing`);
  return svc;
}

export async function deploymentReplicas(
  kube: Kube,
  namespace: string,
  name: string,
): Promise<number | undefined> {
  return (await kube.get(paths.deployment(namespace, name)))?.spec?.replicas;
}

/** Ready endpoints of a Service, as pod names. */
export async function endpointPods(kube: Kube, namespace: string, service: string) {
  const slices = await kube.list(paths.endpointslices(namespace), {
    labelSelector: `kubernetes.io/service-name=${service}`,
  });
  return slices.items.flatMap((s) =>
    (s.endpoints ?? [])
      .filter((e: { conditions?: { ready?: boolean } }) => e.conditions?.ready !== false)
      .map((e: { targetRef?: { name: string } }) => e.targetRef?.name ?? ''),
  );
}
