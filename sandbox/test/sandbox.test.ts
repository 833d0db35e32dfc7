/** Sandbox-only behaviour: fault injection, data plane, watches, CRDs, HPA bounds. */

import { execFile } from 'node:child_process';
import { request } from 'node:http';
import {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  KubeConfig,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../k8s/test/helpers';
import { generateLoad, type Sandbox, startSandbox } from '../index';
import { eventually, sleep } from './harness';

function kubectlRun(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      'kubectl',
      args,
      { env: { ...process.env, KUBECONFIG: sb.kubeconfigPath } },
      (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: stdout + stderr }),
    );
  });
}

const TEST_TIMING = {
  podStartDelayMs: 5,
  podReadyDelayMs: 30,
  endpointLagMs: 20,
  endpointLagTailMs: 10,
  endpointLagMaxMs: 100,
  timeScale: 0.01,
  backoffMs: 20,
  bookmarkIntervalMs: 50,
};
let sb: Sandbox;
let kc: KubeConfig;
let core: CoreV1Api;
let apps: AppsV1Api;
let n = 0;

async function newNs(): Promise<string> {
  const ns = `t${++n}`;
  await core.createNamespace({ body: { metadata: { name: ns } } });
  return ns;
}

function deployment(
  ns: string,
  name: string,
  image: string,
  opts: {
    replicas?: number;
    color?: string;
    deadline?: number;
    grace?: number;
    preStopSeconds?: number;
    env?: Record<string, string>;
  } = {},
) {
  const labels = { 'app.kubernetes.io/name': name, 'medimind.io/color': opts.color ?? 'blue' };
  return {
    metadata: { name, namespace: ns, labels },
    spec: {
      replicas: opts.replicas ?? 2,
      progressDeadlineSeconds: opts.deadline ?? 600,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: opts.grace ?? 30,
          containers: [
            {
              name: 'app',
              image,
              ports: [{ containerPort: 8080 }],
              ...(opts.env
                ? { env: Object.entries(opts.env).map(([name, value]) => ({ name, value })) }
                : {}),
              ...(opts.preStopSeconds
                ? { lifecycle: { preStop: { sleep: { seconds: opts.preStopSeconds } } } }
                : {}),
            },
          ],
        },
      },
    },
  };
}

async function service(ns: string, name: string, selector: Record<string, string>) {
  await core.createNamespacedService({
    namespace: ns,
    body: { metadata: { name }, spec: { selector, ports: [{ port: 80, targetPort: 8080 }] } },
  });
}

async function code(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof ApiException) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  sb = await startSandbox({
    timing: { ...TEST_TIMING },
    watchHistory: 200,
  });
  kc = new KubeConfig();
  kc.loadFromFile(sb.kubeconfigPath);
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
});

afterAll(async () => {
  await sb?.stop();
});

afterEach(() => {
  Object.assign(sb.control.timing, TEST_TIMING);
  sb.control.faults.clear();
});

describe('image faults', () => {
  it('never-pulling images: ImagePullBackOff, Warning events, ProgressDeadlineExceeded', async () => {
    const ns = await newNs();
    sb.control.faults.image('registry.example/broken:*', { kind: 'pull-error' });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'pull', 'registry.example/broken:1.0', { deadline: 20 }),
    });
    const pod = await eventually(
      async () => {
        const pods = await core.listNamespacedPod({ namespace: ns });
        const p = pods.items.find(
          (x) => x.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff',
        );
        return p;
      },
      5000,
      'a pod in ImagePullBackOff',
    );
    expect(pod.status?.phase).toBe('Pending');
    const events = await core.listNamespacedEvent({
      namespace: ns,
      fieldSelector: `involvedObject.name=${pod.metadata!.name}`,
    });
    expect(
      events.items.some(
        (e) =>
          e.type === 'Warning' &&
          e.reason === 'Failed' &&
          e.message?.includes('Failed to pull image "registry.example/broken:1.0"'),
      ),
    ).toBe(true);
    const d = await eventually(
      async () => {
        const x = await apps.readNamespacedDeployment({ name: 'pull', namespace: ns });
        return x.status?.conditions?.find(
          (c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded',
        )
          ? x
          : undefined;
      },
      5000,
      'ProgressDeadlineExceeded',
    );
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')?.status).toBe('False');
    expect(d.status?.availableReplicas ?? 0).toBe(0);
    if (kubectlAvailable()) {
      const st = await kubectlRun([
        '-n',
        ns,
        'rollout',
        'status',
        'deployment/pull',
        '--timeout=5s',
      ]);
      expect(st.code).not.toBe(0);
      expect(st.out).toContain('deployment "pull" exceeded its progress deadline');
    }
  });

  it('crash loops: CrashLoopBackOff with a growing restartCount and BackOff events', async () => {
    const ns = await newNs();
    sb.control.faults.image('crash:*', { kind: 'crash-loop', exitCode: 137 });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'crash', 'crash:1', { replicas: 1 }),
    });
    const pod = await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns })).items.find(
          (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 2,
        ),
      5000,
      'restartCount >= 2',
    );
    const cs = pod.status!.containerStatuses![0]!;
    expect(cs.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(cs.lastState?.terminated?.exitCode).toBe(137);
    expect(cs.ready).toBe(false);
    const events = await core.listNamespacedEvent({ namespace: ns });
    expect(events.items.some((e) => e.reason === 'BackOff' && e.type === 'Warning')).toBe(true);
  });

  it('never-ready pods get no traffic: the Service answers 503 without endpoints', async () => {
    const ns = await newNs();
    sb.control.faults.image('stuck:*', { kind: 'never-ready' });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'stuck', 'stuck:1', { replicas: 1 }),
    });
    await service(ns, 'stuck', { 'app.kubernetes.io/name': 'stuck' });
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns })).items[0]?.status?.phase === 'Running',
      5000,
      'running pod',
    );
    await sleep(100);
    const pod = (await core.listNamespacedPod({ namespace: ns })).items[0]!;
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    // the legacy Endpoints object lists the pod as not ready
    const ep = await eventually(
      async () => {
        const x = await core.readNamespacedEndpoints({ name: 'stuck', namespace: ns });
        return x.subsets?.[0]?.notReadyAddresses?.length ? x : undefined;
      },
      3000,
      'notReadyAddresses',
    );
    expect(ep.subsets![0]!.addresses).toBeUndefined();
    expect(ep.subsets![0]!.notReadyAddresses![0]!.targetRef?.name).toBe(pod.metadata!.name);
    // ... unless the Service publishes not-ready addresses
    await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: 'stuck-all' },
        spec: {
          publishNotReadyAddresses: true,
          selector: { 'app.kubernetes.io/name': 'stuck' },
          ports: [{ port: 80 }],
        },
      },
    });
    await eventually(
      async () =>
        (await generateLoad({ url: await sb.dataPlane.serviceUrl(ns, 'stuck-all'), requests: 1 }))
          .misrouted === 1,
      3000,
      'not-ready pod published',
    );
    // kube-proxy rejects connections to a Service without endpoints: reset, no HTTP answer
    const r = await generateLoad({
      url: await sb.dataPlane.serviceUrl(ns, 'stuck'),
      requests: 5,
      concurrency: 1,
    });
    expect(r.failed).toBe(5);
    expect(r.statusCodes).toEqual({});
    expect(r.failureKinds).toEqual({ ECONNRESET: 5 });
    // the pod itself is up and says it is not ready
    const direct = await generateLoad({
      url: sb.dataPlane.podUrl(ns, pod.metadata!.name!)!,
      requests: 1,
    });
    expect(direct.misrouted).toBe(1);
  });

  it('ready-then-fail: errors until the endpoint is withdrawn, then the healthy pods take over', async () => {
    const ns = await newNs();
    sb.control.faults.image('flaky:*', { kind: 'ready-then-fail', afterMs: 400 });
    sb.control.timing.endpointLagMs = 150;
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'good', 'good:1', { replicas: 1, color: 'x' }),
    });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'flaky', 'flaky:1', { replicas: 1, color: 'x' }),
    });
    await service(ns, 'mixed', { 'medimind.io/color': 'x' });
    const url = await sb.dataPlane.serviceUrl(ns, 'mixed');
    await eventually(
      async () =>
        Object.keys(
          (await generateLoad({ url, requests: 6, concurrency: 1, connection: 'fresh' })).byPod,
        ).length === 2,
      5000,
      'both pods serving',
    );
    try {
      // the flaky pod fails 400 ms after Ready; its endpoint goes 150 ms after that
      const during = await generateLoad({
        url,
        durationMs: 800,
        concurrency: 2,
        intervalMs: 5,
        connection: 'fresh',
      });
      expect(during.failed).toBeGreaterThan(0);
      expect(during.statusCodes['500']).toBeGreaterThan(0);
    } finally {
      sb.control.timing.endpointLagMs = 20;
    }
    await sleep(200);
    const after = await generateLoad({ url, requests: 20, concurrency: 2, connection: 'fresh' });
    expect(after.failed).toBe(0);
    expect(Object.keys(after.byPod)).toHaveLength(1);
  });
});

describe('application faults', () => {
  it('slow pods add latency and erroring pods fail a share of requests, while staying Ready', async () => {
    const ns = await newNs();
    sb.control.faults.image('slow:*', { kind: 'slow', latencyMs: 40 });
    sb.control.faults.image('errs:*', { kind: 'errors', rate: 0.5, status: 503 });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'slow', 'slow:1', { replicas: 1 }),
    });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'errs', 'errs:1', { replicas: 1 }),
    });
    await service(ns, 'slow', { 'app.kubernetes.io/name': 'slow' });
    await service(ns, 'errs', { 'app.kubernetes.io/name': 'errs' });
    for (const name of ['slow', 'errs']) {
      await eventually(
        async () =>
          (await apps.readNamespacedDeployment({ name, namespace: ns })).status
            ?.availableReplicas === 1,
        3000,
        `${name} available`,
      );
    }
    await sleep(60);
    const slow = await generateLoad({
      url: await sb.dataPlane.serviceUrl(ns, 'slow'),
      requests: 6,
      concurrency: 2,
    });
    expect(slow.failed).toBe(0);
    expect(slow.latencyMs.p50).toBeGreaterThanOrEqual(38);
    const errs = await generateLoad({
      url: await sb.dataPlane.serviceUrl(ns, 'errs'),
      requests: 200,
      concurrency: 4,
    });
    expect(errs.statusCodes['503']).toBeGreaterThan(50);
    expect(errs.statusCodes['503']).toBeLessThan(150);
    expect(errs.failed).toBe(errs.statusCodes['503']);
    expect(errs.misrouted).toBe(0);
  });
});

describe('API faults', () => {
  it('injects 503 with Retry-After, connection resets, latency and forced conflicts on chosen verbs', async () => {
    const ns = await newNs();
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'c' } } });
    const f503 = sb.control.faults.api({
      verb: 'get',
      resource: 'configmaps',
      status: 503,
      retryAfterSeconds: 3,
      times: 1,
    });
    const raw = await fetch(`${sb.server}/api/v1/namespaces/${ns}/configmaps/c`);
    expect(raw.status).toBe(503);
    expect(raw.headers.get('retry-after')).toBe('3');
    expect(await raw.json()).toMatchObject({
      kind: 'Status',
      reason: 'ServiceUnavailable',
      code: 503,
    });
    expect(f503.hits).toBe(1);
    expect(await code(core.readNamespacedConfigMap({ name: 'c', namespace: ns }))).toBe(200); // expired after 1

    const f429 = sb.control.faults.api({ verb: ['list'], resource: 'configmaps', status: 429 });
    expect(await code(core.listNamespacedConfigMap({ namespace: ns }))).toBe(429);
    expect(await code(core.readNamespacedConfigMap({ name: 'c', namespace: ns }))).toBe(200); // other verbs untouched
    f429.remove();

    const reset = sb.control.faults.api({
      verb: 'create',
      resource: 'configmaps',
      reset: true,
      times: 1,
    });
    await expect(
      core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'd' } } }),
    ).rejects.toThrow(/socket hang up|ECONNRESET|other side closed|fetch failed/i);
    expect(reset.hits).toBe(1);

    sb.control.faults.api({
      verb: 'patch',
      resource: 'deployments.apps',
      conflict: true,
      times: 1,
    });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'w', 'w:1', { replicas: 0 }),
    });
    const conflict = await fetch(`${sb.server}/apis/apps/v1/namespaces/${ns}/deployments/w`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: '{"spec":{"replicas":1}}',
    });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { reason: string }).reason).toBe('Conflict');

    const slow = sb.control.faults.api({
      verb: 'get',
      resource: 'configmaps',
      name: 'c',
      latencyMs: 120,
    });
    const t0 = performance.now();
    await core.readNamespacedConfigMap({ name: 'c', namespace: ns });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
    slow.remove();
    sb.control.faults.clear();
  });

  it('drops watch streams; clients resume from their resourceVersion; too-old versions get 410', async () => {
    const ns = await newNs();
    const w = new Watch(kc);
    const rv0 = (await core.listNamespacedConfigMap({ namespace: ns })).metadata!.resourceVersion!;
    let ended: unknown = 'open';
    const events: string[] = [];
    let lastRv = rv0;
    await w.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      { resourceVersion: rv0 },
      (t, o) => {
        events.push(`${t} ${o.metadata.name}`);
        lastRv = o.metadata.resourceVersion;
      },
      (err) => {
        ended = err ?? null;
      },
    );
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'a' } } });
    await eventually(() => events.length === 1, 2000, 'first event');
    expect(sb.control.faults.dropWatches({ resource: 'configmaps' })).toBeGreaterThanOrEqual(1);
    await eventually(() => ended !== 'open', 2000, 'watch ended');
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'b' } } });
    const resumed: string[] = [];
    const req = await w.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      { resourceVersion: lastRv },
      (t, o) => resumed.push(`${t} ${o.metadata.name}`),
      () => undefined,
    );
    await eventually(() => resumed.length === 1, 2000, 'missed event replayed');
    req.abort();
    expect(resumed).toEqual(['ADDED b']);
    // push the history window (200 events) past rv0
    for (let i = 0; i < 210; i++)
      await core.createNamespacedConfigMap({
        namespace: ns,
        body: { metadata: { name: `fill-${i}` } },
      });
    const res = await fetch(
      `${sb.server}/api/v1/namespaces/${ns}/configmaps?watch=true&resourceVersion=${rv0}`,
    );
    const line = JSON.parse((await res.text()).trim());
    expect(line).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired' },
    });
  });

  it('replays history exactly as it happened (later writes never alter earlier events)', async () => {
    const ns = await newNs();
    const rv0 = (await core.listNamespacedConfigMap({ namespace: ns })).metadata!.resourceVersion!;
    const base = `${sb.server}/api/v1/namespaces/${ns}/configmaps`;
    await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metadata: { name: 'h', labels: { v: '0' } }, data: { n: '0' } }),
    });
    for (const n of ['1', '2']) {
      await fetch(`${base}/h`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ data: { n } }),
      });
    }
    await fetch(`${base}/h`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/strategic-merge-patch+json' },
      body: JSON.stringify({ metadata: { labels: { v: '3' } } }),
    });
    const ac = new AbortController();
    const res = await fetch(`${base}?watch=true&resourceVersion=${rv0}`, { signal: ac.signal });
    const reader = res.body!.getReader();
    let text = '';
    while ((text.match(/\n/g) ?? []).length < 4)
      text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    const events = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => [e.type, e.object.data.n, e.object.metadata.labels.v])).toEqual([
      ['ADDED', '0', '0'],
      ['MODIFIED', '1', '0'],
      ['MODIFIED', '2', '0'],
      ['MODIFIED', '2', '3'],
    ]);
    const rvs = events.map((e) => Number(e.object.metadata.resourceVersion));
    expect([...rvs].sort((a, b) => a - b)).toEqual(rvs);
    expect(new Set(rvs).size).toBe(4);
  });

  it('sends bookmarks and the initial-events-end bookmark', async () => {
    const ns = await newNs();
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'x' } } });
    const ac = new AbortController();
    const res = await fetch(
      `${sb.server}/api/v1/namespaces/${ns}/configmaps?watch=1&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan`,
      { signal: ac.signal },
    );
    const reader = res.body!.getReader();
    let text = '';
    while ((text.match(/\n/g) ?? []).length < 3)
      text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    const [first, second, third] = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'x' } } });
    expect(second).toMatchObject({
      type: 'BOOKMARK',
      object: {
        kind: 'ConfigMap',
        metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } },
      },
    });
    expect(third.type).toBe('BOOKMARK');
    expect(Number(third.object.metadata.resourceVersion)).toBeGreaterThan(0);
  });
});

describe('data plane', () => {
  /** A 3-pod Deployment rolled to a new image under keep-alive and fresh-connection load. */
  async function rollUnderLoad(opts: { preStopSeconds?: number }) {
    const ns = await newNs();
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'roll', 'roll:1', { replicas: 3, grace: 100, ...opts }),
    });
    await service(ns, 'roll', { 'app.kubernetes.io/name': 'roll' });
    const url = await sb.dataPlane.serviceUrl(ns, 'roll');
    await eventually(
      async () =>
        (await apps.readNamespacedDeployment({ name: 'roll', namespace: ns })).status
          ?.availableReplicas === 3,
      5000,
      'available',
    );
    await sleep(150);
    const loads = (['keep-alive', 'fresh'] as const).map((connection) =>
      generateLoad({ url, durationMs: 1500, concurrency: 3, connection }),
    );
    await sleep(100);
    const d = await apps.readNamespacedDeployment({ name: 'roll', namespace: ns });
    d.spec!.template.spec!.containers[0]!.image = 'roll:2';
    await apps.replaceNamespacedDeployment({ name: 'roll', namespace: ns, body: d });
    const [keepAlive, fresh] = await Promise.all(loads);
    return { keepAlive: keepAlive!, fresh: fresh! };
  }

  it('a rolling update with a preStop sleep longer than the endpoint lag: no failed request', async () => {
    // preStop 20 s x timeScale 0.01 = 200 ms > the lag cap (100 ms): every node has stopped
    // sending new connections before SIGTERM; graceful SIGTERM closes keep-alive connections.
    const { keepAlive, fresh } = await rollUnderLoad({ preStopSeconds: 20 });
    for (const r of [keepAlive, fresh]) {
      expect(r.failed, JSON.stringify(r.errors)).toBe(0);
      expect(r.misrouted).toBe(0);
      expect(r.byVersion['1']).toBeGreaterThan(0);
      expect(r.byVersion['2']).toBeGreaterThan(0);
    }
  });

  it('a rolling update without preStop: nodes still routing to a pod that stopped listening reset new connections', async () => {
    sb.control.timing.endpointLagMs = 150;
    const { keepAlive, fresh } = await rollUnderLoad({});
    expect(fresh.failed).toBeGreaterThan(0);
    expect(Object.keys(fresh.failureKinds)).toEqual(['ECONNRESET']);
    // keep-alive clients reconnect after `Connection: close`, through the same stale nodes
    expect(keepAlive.failed + fresh.failed).toBeGreaterThan(0);
  });

  it('follows a Service selector switch after the propagation lag, with colours reported', async () => {
    const ns = await newNs();
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'app-blue', 'app:1', { replicas: 2, color: 'blue' }),
    });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'app-green', 'app:2', { replicas: 2, color: 'green' }),
    });
    await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: 'app' },
        spec: { selector: { 'medimind.io/color': 'blue' }, ports: [{ port: 80 }] },
      },
    });
    const url = await sb.dataPlane.serviceUrl(ns, 'app');
    await eventually(
      async () => (await generateLoad({ url, requests: 4, expectColor: 'blue' })).ok === 4,
      5000,
      'blue serving',
    );
    await eventually(
      async () =>
        (await apps.readNamespacedDeployment({ name: 'app-green', namespace: ns })).status
          ?.readyReplicas === 2,
      5000,
      'green ready',
    );
    sb.control.timing.endpointLagMs = 250;
    try {
      const svc = await core.readNamespacedService({ name: 'app', namespace: ns });
      svc.spec!.selector = { 'medimind.io/color': 'green' };
      await core.replaceNamespacedService({ name: 'app', namespace: ns, body: svc });
      const early = await generateLoad({ url, requests: 4, concurrency: 1 });
      expect(early.byColor).toEqual({ blue: 4 });
      expect(sb.dataPlane.endpoints(ns, 'app').ready.every((p) => p.startsWith('app-blue-'))).toBe(
        true,
      );
      await sleep(300);
      const late = await generateLoad({ url, requests: 8, concurrency: 2, expectColor: 'green' });
      expect(late.wrongColor).toBe(0);
      expect(late.ok).toBe(8);
      expect(Object.keys(late.byPod)).toHaveLength(2);
      const routed = sb.dataPlane.endpoints(ns, 'app');
      expect(routed.ready).toHaveLength(2);
      expect(routed.ready.every((p) => p.startsWith('app-green-'))).toBe(true);
    } finally {
      sb.control.timing.endpointLagMs = 20;
    }
  });

  it('lets a terminating pod finish in-flight requests within its grace period', async () => {
    const ns = await newNs();
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'drain', 'drain:1', { replicas: 1, grace: 50 }),
    });
    const pod = await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns })).items.find((p) =>
          p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        ),
      5000,
      'ready pod',
    );
    const url = sb.dataPlane.podUrl(ns, pod.metadata!.name!)!;
    const slow = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request(`${url}/work?sleepMs=250`, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
        .on('error', reject)
        .end();
    });
    await sleep(50);
    await core.deleteNamespacedPod({ name: pod.metadata!.name!, namespace: ns });
    const terminating = await core.readNamespacedPod({ name: pod.metadata!.name!, namespace: ns });
    expect(terminating.metadata?.deletionTimestamp).toBeDefined();
    expect(terminating.metadata?.deletionGracePeriodSeconds).toBe(50);
    const done = await slow;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toMatchObject({ pod: pod.metadata!.name, terminating: true });
    await eventually(
      async () =>
        (await code(core.readNamespacedPod({ name: pod.metadata!.name!, namespace: ns }))) === 404,
      3000,
      'pod removed after grace',
    );
  });
});

describe('controllers and resources', () => {
  it('HPA keeps its target within minReplicas..maxReplicas; HPA and PDB report status', async () => {
    const ns = await newNs();
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'scaled', 'x:1', { replicas: 1 }),
    });
    const hpa = kc.makeApiClient(AutoscalingV2Api);
    await hpa.createNamespacedHorizontalPodAutoscaler({
      namespace: ns,
      body: {
        metadata: { name: 'scaled' },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'scaled' },
          minReplicas: 3,
          maxReplicas: 20,
          metrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
            },
          ],
        },
      },
    });
    await eventually(
      async () =>
        (await apps.readNamespacedDeployment({ name: 'scaled', namespace: ns })).spec?.replicas ===
        3,
      3000,
      'scaled to minReplicas',
    );
    const h = await eventually(
      async () => {
        const x = await hpa.readNamespacedHorizontalPodAutoscaler({
          name: 'scaled',
          namespace: ns,
        });
        return x.status?.desiredReplicas === 3 ? x : undefined;
      },
      3000,
      'HPA status',
    );
    expect(h.status?.conditions?.find((c) => c.type === 'ScalingActive')?.status).toBe('False');
    const pdb = await fetch(`${sb.server}/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        metadata: { name: 'scaled' },
        spec: {
          maxUnavailable: 1,
          selector: { matchLabels: { 'app.kubernetes.io/name': 'scaled' } },
        },
      }),
    });
    expect(pdb.status).toBe(201);
    const status = await eventually(
      async () => {
        const x = (await (
          await fetch(`${sb.server}/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets/scaled`)
        ).json()) as { status?: Record<string, unknown> };
        return x.status?.currentHealthy === 3 ? x.status : undefined;
      },
      3000,
      'PDB status',
    );
    expect(status).toMatchObject({ expectedPods: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
  });

  it('serves custom resources once their CRD is applied, and forgets them when it is deleted', async () => {
    const ns = await newNs();
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { kind: 'Widget', plural: 'widgets', singular: 'widget' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            },
            subresources: {
              scale: { specReplicasPath: '.spec.size', statusReplicasPath: '.status.size' },
            },
          },
        ],
      },
    };
    const post = (path: string, body: unknown) =>
      fetch(`${sb.server}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await fetch(`${sb.server}/apis/example.com/v1/namespaces/${ns}/widgets`)).status).toBe(
      404,
    );
    expect(
      (await post('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd)).status,
    ).toBe(201);
    const created = await post(`/apis/example.com/v1/namespaces/${ns}/widgets`, {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: { size: 3 },
    });
    expect(created.status).toBe(201);
    const got = await (
      await fetch(`${sb.server}/apis/example.com/v1/namespaces/${ns}/widgets/w`)
    ).json();
    expect(got).toMatchObject({ kind: 'Widget', spec: { size: 3 }, metadata: { generation: 1 } });
    const smp = await fetch(`${sb.server}/apis/example.com/v1/namespaces/${ns}/widgets/w`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/strategic-merge-patch+json' },
      body: '{}',
    });
    expect(smp.status).toBe(415);
    // the scale subresource follows the CRD's replicas paths
    const widget = `${sb.server}/apis/example.com/v1/namespaces/${ns}/widgets/w`;
    expect(await (await fetch(`${widget}/scale`)).json()).toMatchObject({
      kind: 'Scale',
      spec: { replicas: 3 },
    });
    const scaled = await fetch(`${widget}/scale`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: '{"spec":{"replicas":5}}',
    });
    expect(scaled.status).toBe(200);
    expect(((await (await fetch(widget)).json()) as { spec: { size: number } }).spec.size).toBe(5);
    const groups = (await (await fetch(`${sb.server}/apis`)).json()) as {
      groups: { name: string }[];
    };
    expect(groups.groups.map((g: { name: string }) => g.name)).toContain('example.com');
    await fetch(
      `${sb.server}/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com`,
      { method: 'DELETE' },
    );
    expect(
      (await fetch(`${sb.server}/apis/example.com/v1/namespaces/${ns}/widgets/w`)).status,
    ).toBe(404);
  });

  it('prunes old ReplicaSets beyond revisionHistoryLimit', async () => {
    const ns = await newNs();
    const body = deployment(ns, 'hist', 'hist:1', { replicas: 1 });
    (body.spec as Record<string, unknown>).revisionHistoryLimit = 1;
    await apps.createNamespacedDeployment({ namespace: ns, body });
    for (const v of ['2', '3', '4']) {
      await eventually(
        async () =>
          (
            await apps.readNamespacedDeployment({ name: 'hist', namespace: ns })
          ).status?.conditions?.some((c) => c.reason === 'NewReplicaSetAvailable'),
        5000,
        `revision ${v} base`,
      );
      await eventually(
        async () => (await core.listNamespacedPod({ namespace: ns })).items.length === 1,
        5000,
        'old pods gone',
      );
      const d = await apps.readNamespacedDeployment({ name: 'hist', namespace: ns });
      d.spec!.template.spec!.containers[0]!.image = `hist:${v}`;
      await apps.replaceNamespacedDeployment({ name: 'hist', namespace: ns, body: d });
    }
    const rs = await eventually(
      async () => {
        const l = (await apps.listNamespacedReplicaSet({ namespace: ns })).items;
        return l.length === 2 ? l : undefined;
      },
      5000,
      'two ReplicaSets left',
    );
    expect(
      rs.map((r) => r.metadata?.annotations?.['deployment.kubernetes.io/revision']).sort(),
    ).toEqual(['3', '4']);
  });

  it('scale subresource, Recreate strategy and namespace deletion', async () => {
    const ns = await newNs();
    const body = deployment(ns, 'rec', 'rec:1', { replicas: 2 });
    (body.spec as Record<string, unknown>).strategy = { type: 'Recreate' };
    await apps.createNamespacedDeployment({ namespace: ns, body });
    const scale = await apps.readNamespacedDeploymentScale({ name: 'rec', namespace: ns });
    expect(scale).toMatchObject({ kind: 'Scale', spec: { replicas: 2 } });
    await apps.replaceNamespacedDeploymentScale({
      name: 'rec',
      namespace: ns,
      body: { ...scale, spec: { replicas: 1 } },
    });
    await eventually(
      async () =>
        (await apps.readNamespacedDeployment({ name: 'rec', namespace: ns })).status
          ?.availableReplicas === 1,
      3000,
      '1 available',
    );
    const d = await apps.readNamespacedDeployment({ name: 'rec', namespace: ns });
    d.spec!.template.spec!.containers[0]!.image = 'rec:2';
    await apps.replaceNamespacedDeployment({ name: 'rec', namespace: ns, body: d });
    // Recreate: never old and new pods at once
    let mixed = false;
    await eventually(
      async () => {
        const pods = (await core.listNamespacedPod({ namespace: ns })).items;
        const images = new Set(pods.map((p) => p.spec!.containers[0]!.image));
        if (images.size > 1) mixed = true;
        return pods.length === 1 && images.has('rec:2') && pods[0]!.status?.phase === 'Running';
      },
      5000,
      'recreated',
    );
    expect(mixed).toBe(false);
    await core.deleteNamespace({ name: ns });
    expect(await code(apps.readNamespacedDeployment({ name: 'rec', namespace: ns }))).toBe(404);
    expect(await code(core.readNamespace({ name: ns }))).toBe(404);
  });
});

describe('kubectl printing and unsupported encodings', () => {
  it('serves Tables to kubectl get (pods show READY/STATUS/RESTARTS) and refuses protobuf bodies with 415', async () => {
    if (!kubectlAvailable()) return;
    const kubectl = kubectlRun;
    const ns = await newNs();
    sb.control.faults.image('tbl-crash:*', { kind: 'crash-loop' });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment(ns, 'tbl', 'tbl-crash:1', { replicas: 1 }),
    });
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns })).items[0]?.status?.containerStatuses?.[0]
          ?.restartCount,
      3000,
      'a restart',
    );
    const pods = await kubectl(['-n', ns, 'get', 'pods']);
    expect(pods.out).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/m);
    expect(pods.out).toMatch(/tbl-\S+\s+0\/1\s+CrashLoopBackOff\s+[1-9]/);
    const deploy = await kubectl(['-n', ns, 'get', 'deployment', 'tbl']);
    expect(deploy.out).toMatch(/^tbl\s+0\/1\s+1\s+0\s+\S+$/m);
    const create = await kubectl(['-n', ns, 'create', 'configmap', 'pb', '--from-literal=a=b']);
    expect(create.code).toBe(1);
    expect(create.out).toContain('accepts JSON bodies only, not protobuf');
  });
});
