/**
 * Scenario harness: one sandbox per test file, one namespace per scenario,
 * the action's deploy()/rollback() run in-process against the sandbox's real
 * HTTP API, and the sandbox load generator driving traffic through the live
 * Service the whole time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLoad, type LoadReport, type Sandbox, startSandbox } from '../../../sandbox/index';
import { envName } from '../../_shared/src/inputs';
import { setStdout } from '../../_shared/src/runner';
import { prometheusQuery, serviceGetter } from '../src/checks';
import { type Config, loadYamlParser, readConfig } from '../src/config';
import { type Deps, deploy, type Result } from '../src/deploy';
import { type K8sObject, Kube, paths } from '../src/kube';
import { loadKubeConfig, nodeTransport } from '../src/kube-node';
import { type AppManifests, groupApps, parseObjects } from '../src/manifests';
import { rollback } from '../src/rollback';

// The action loads its YAML parser on demand (start-up time); the tests read YAML inputs.
await loadYamlParser();

export const TIMING = {
  podStartDelayMs: 5,
  podReadyDelayMs: 60,
  endpointLagMs: 25,
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
    'scale-down-delay': '150ms',
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

/** Traffic through a Service for as long as the returned stop() is not called. */
export async function traffic(
  sb: Sandbox,
  namespace: string,
  service: string,
): Promise<{ stop(): Promise<LoadReport> }> {
  const url = await sb.dataPlane.serviceUrl(namespace, service);
  const controller = new AbortController();
  const report = generateLoad({
    url,
    durationMs: 120_000,
    concurrency: 4,
    timeoutMs: 5000,
    signal: controller.signal,
  });
  return {
    async stop() {
      controller.abort();
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
