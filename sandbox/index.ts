/**
 * The MediMind sandbox: a Kubernetes API double over real HTTP on 127.0.0.1 with controllers
 * and a data plane. See sandbox/README.md for exactly what it models.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './src/api';
import { type AppBehaviour, Controllers, DEFAULT_APP } from './src/controllers';
import { OPERATOR_CRDS } from './src/crds';
import {
  DataPlane,
  type DataPlaneOptions,
  DEFAULT_DATA_PLANE,
  type ServiceAddress,
} from './src/dataplane';
import { Faults } from './src/faults';
import { ApiServer } from './src/server';

export type { AppBehaviour } from './src/controllers';
export type {
  DataPlaneMode,
  DataPlaneOptions,
  DeadEndpoint,
  ServiceAddress,
} from './src/dataplane';
export type { ApiFaultRule, FaultHandle, Faults, ImageFault, Verb } from './src/faults';
export { generateLoad, type LoadOptions, type LoadReport } from './src/loadgen';
export {
  addNodePools,
  PLATFORM_NODES,
  simulatePlatform,
  startDcgmStandIn,
  writeControllerStatus,
} from './src/platform-status';
export type { SigtermPolicy } from './src/podserver';

export interface SandboxTiming {
  /** Pod creation -> containers running (default 20 ms). */
  podStartDelayMs: number;
  /** Containers running -> Ready (readiness probe passing) (default 200 ms). */
  podReadyDelayMs: number;
  /** EndpointSlice change -> a node's service proxy uses it, at least this (kube-proxy sync; default 100 ms). */
  endpointLagMs: number;
  /** Mean of an exponential tail added per node per change, so nodes drift apart (default 250 ms; 0 = none). */
  endpointLagTailMs: number;
  /** Cap on one node's whole lag, base + tail (default 3000 ms). */
  endpointLagMaxMs: number;
  /**
   * Multiplier for durations written in specs: progressDeadlineSeconds,
   * terminationGracePeriodSeconds, minReadySeconds (default 1 = real time; 0.01 makes 600 s 6 s).
   */
  timeScale: number;
  /** First crash / image-pull back-off, doubling up to 16x (default 100 ms). */
  backoffMs: number;
  /** Interval of BOOKMARK events on watches with allowWatchBookmarks (default 5000 ms). */
  bookmarkIntervalMs: number;
}

export const DEFAULT_TIMING: SandboxTiming = {
  podStartDelayMs: 20,
  podReadyDelayMs: 200,
  endpointLagMs: 100,
  endpointLagTailMs: 250,
  endpointLagMaxMs: 3000,
  timeScale: 1,
  backoffMs: 100,
  bookmarkIntervalMs: 5000,
};

export interface SandboxOptions {
  /** Timing knobs (all mutable later through `control.timing`). */
  timing?: Partial<SandboxTiming>;
  /** Where to write the kubeconfig (default: a new temporary directory, removed on stop; a given path is left in place). */
  kubeconfigPath?: string;
  /** Namespace of the kubeconfig context (default `default`). */
  namespace?: string;
  /** Pre-install the External Secrets and Prometheus Operator CRDs (default true). */
  operatorCrds?: boolean;
  /** HPAs keep their target within [minReplicas, maxReplicas] like the real controller does without metrics (default true). */
  hpaEnforceBounds?: boolean;
  /** API port (default 0 = a random free port). */
  port?: number;
  /** Watch events kept for resuming watches by resourceVersion; older gets 410 Expired (default 20000). */
  watchHistory?: number;
  /**
   * Services' data plane: `mode` `l4` (default: per-connection like kube-proxy, pinned) or `l7`
   * (per request); `nodes` (default 3) kube-proxies with their own lag; `deadEndpoint` `refuse`
   * (default) or `blackhole` for connections sent to a pod that is gone.
   */
  dataPlane?: Partial<DataPlaneOptions>;
  /**
   * Every pod's app (a container's env SIGTERM_POLICY, WARMUP_MS, WARMUP_LATENCY_MS,
   * WARMUP_ERROR_RATE, CONCURRENCY_LIMIT override it): `sigtermPolicy` `graceful` (default),
   * `exit` or `ignore`; warm-up and a per-pod concurrency limit (default none); `rpsAtFullCpu`
   * lets HPA cpu Utilization targets scale on request rate.
   */
  app?: Partial<AppBehaviour>;
}

export interface SandboxDataPlane {
  /** `http://127.0.0.1:<port>` of a Service port (first port if omitted); waits for its listener. */
  serviceUrl(namespace: string, name: string, port?: number): Promise<string>;
  /** Pods the Service's proxy routes to now (endpoints as last propagated, i.e. after the lag). */
  endpoints(
    namespace: string,
    name: string,
    port?: number,
  ): { ready: string[]; terminating: string[] };
  /** Direct URL of a running pod's server. */
  podUrl(namespace: string, name: string): string | undefined;
  /** Every Service port exposed now. */
  services(): Promise<ServiceAddress[]>;
  /** Each node's synced ready endpoints (index = node). */
  nodeEndpoints(namespace: string, name: string, port?: number): string[][];
  /** Open client connections pinned to each pod through the Service (l4 mode). */
  connections(namespace: string, name: string, port?: number): Record<string, number>;
  /** The data plane's options as started. */
  options: Readonly<DataPlaneOptions>;
}

export interface SandboxControl {
  /** Fault injection: `api(rule)`, `image(pattern, fault)`, `dropWatches()`, `clear()`. */
  faults: Faults;
  /** Live timing knobs: changes apply to what happens next. */
  timing: SandboxTiming;
  /** Resolves once the controllers have no pending reconcile (timers may still be armed). */
  settle(): Promise<void>;
}

export interface Sandbox {
  /** Kubeconfig for kubectl / @kubernetes/client-node (plain http, insecure-skip-tls-verify). */
  kubeconfigPath: string;
  /** API server URL, `http://127.0.0.1:<port>`. */
  server: string;
  /** Context name in the kubeconfig. */
  context: string;
  dataPlane: SandboxDataPlane;
  control: SandboxControl;
  /** Stop controllers, pods, proxies and the API server; remove the temporary kubeconfig. */
  stop(): Promise<void>;
}

export function kubeconfigYaml(
  server: string,
  namespace = 'default',
  context = 'medimind-sandbox',
): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${context}`,
    '  cluster:',
    `    server: ${server}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    '- name: sandbox-admin',
    '  user: {}',
    'contexts:',
    `- name: ${context}`,
    '  context:',
    `    cluster: ${context}`,
    '    user: sandbox-admin',
    `    namespace: ${namespace}`,
    `current-context: ${context}`,
    '',
  ].join('\n');
}

/** Start a sandbox: API server, controllers and data plane, all in this process. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const timing: SandboxTiming = { ...DEFAULT_TIMING, ...options.timing };
  for (const [k, v] of Object.entries(timing)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new Error(`startSandbox: timing.${k} must be a number >= 0 (got ${String(v)})`);
    }
  }
  const dataPlane = { ...DEFAULT_DATA_PLANE, ...options.dataPlane };
  if (dataPlane.mode !== 'l4' && dataPlane.mode !== 'l7')
    throw new Error(
      `startSandbox: dataPlane.mode must be l4 or l7 (got ${String(dataPlane.mode)})`,
    );
  if (dataPlane.deadEndpoint !== 'refuse' && dataPlane.deadEndpoint !== 'blackhole')
    throw new Error(
      `startSandbox: dataPlane.deadEndpoint must be refuse or blackhole (got ${String(dataPlane.deadEndpoint)})`,
    );
  if (!Number.isInteger(dataPlane.nodes) || dataPlane.nodes < 1 || dataPlane.nodes > 64)
    throw new Error(
      `startSandbox: dataPlane.nodes must be an integer 1..64 (got ${String(dataPlane.nodes)})`,
    );
  const app: AppBehaviour = { ...DEFAULT_APP, ...options.app };
  if (!['graceful', 'exit', 'ignore'].includes(app.sigtermPolicy))
    throw new Error(
      `startSandbox: app.sigtermPolicy must be graceful, exit or ignore (got ${String(app.sigtermPolicy)})`,
    );
  for (const k of [
    'warmUpMs',
    'warmUpLatencyMs',
    'warmUpErrorRate',
    'concurrencyLimit',
    'rpsAtFullCpu',
  ] as const) {
    if (!Number.isFinite(app[k]) || app[k] < 0)
      throw new Error(`startSandbox: app.${k} must be a number >= 0 (got ${String(app[k])})`);
  }
  const api = new Api(options.watchHistory);
  if (options.operatorCrds ?? true) {
    const crdDef = api.def('apiextensions.k8s.io', 'v1', 'customresourcedefinitions');
    for (const c of OPERATOR_CRDS) api.create(crdDef, undefined, c);
  }
  const faults = new Faults();
  const plane = new DataPlane(api, timing, dataPlane);
  const controllers = new Controllers(api, faults, plane, timing, {
    hpaEnforceBounds: options.hpaEnforceBounds ?? true,
    app,
  });
  const server = new ApiServer(api, faults, timing);
  server.proxyTarget = {
    service: async (ns, name, port) => {
      try {
        const svc = api.tryGet(api.def('', 'v1', 'services'), ns, name);
        const p = (svc?.spec?.ports ?? []).find(
          (x: { name?: string; port: number }) =>
            port === undefined || x.name === port || String(x.port) === port,
        );
        if (!p) return undefined;
        // Like the real apiserver, the proxy picks a ready endpoint from the API's current
        // EndpointSlices and dials the pod itself: no kube-proxy, so no node lag.
        const ready = api
          .list(api.def('discovery.k8s.io', 'v1', 'endpointslices'), ns, {
            labelSelector: `kubernetes.io/service-name=${name}`,
          })
          .flatMap((slice) => slice.endpoints ?? [])
          .filter(
            (e: { conditions?: { ready?: boolean }; targetRef?: { kind?: string } }) =>
              e.conditions?.ready !== false && e.targetRef?.kind === 'Pod',
          )
          .map((e: { targetRef: { name: string } }) => plane.podUrl(ns, e.targetRef.name))
          .filter((u): u is string => !!u);
        return ready[Math.floor(Math.random() * ready.length)];
      } catch {
        return undefined;
      }
    },
    pod: (ns, name) => plane.podUrl(ns, name),
  };
  const url = await server.listen(options.port ?? 0);
  plane.start();
  controllers.start();
  const context = 'medimind-sandbox';
  let tmp: string | undefined;
  let kubeconfigPath = options.kubeconfigPath;
  if (!kubeconfigPath) {
    tmp = mkdtempSync(join(tmpdir(), 'medimind-sandbox-'));
    kubeconfigPath = join(tmp, 'kubeconfig');
  }
  writeFileSync(kubeconfigPath, kubeconfigYaml(url, options.namespace ?? 'default', context), {
    mode: 0o600,
  });
  let stopped = false;
  return {
    kubeconfigPath,
    server: url,
    context,
    dataPlane: {
      serviceUrl: (ns, name, port) => plane.serviceUrl(ns, name, port),
      podUrl: (ns, name) => plane.podUrl(ns, name),
      endpoints: (ns, name, port) => plane.endpoints(ns, name, port),
      services: () => plane.services(),
      nodeEndpoints: (ns, name, port) => plane.nodeEndpoints(ns, name, port),
      connections: (ns, name, port) => plane.connections(ns, name, port),
      options: dataPlane,
    },
    control: { faults, timing, settle: () => controllers.idle() },
    async stop() {
      if (stopped) return;
      stopped = true;
      await controllers.stop();
      await plane.stop();
      await server.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}
