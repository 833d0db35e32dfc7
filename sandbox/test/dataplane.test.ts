/**
 * The L4 data plane (per-connection, pinned, per-node lag, dead endpoints) and the pod
 * lifecycle (preStop, SIGTERM policies, SIGKILL, probe timing, warm-up, concurrency limit).
 */
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLoad, type Sandbox, type SandboxOptions, startSandbox } from '../index';
import { sampleLag } from '../src/dataplane';
import { eventually, sleep } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: API JSON in tests
type Json = any;

const TIMING = {
  podStartDelayMs: 5,
  podReadyDelayMs: 20,
  endpointLagMs: 20,
  endpointLagTailMs: 10,
  endpointLagMaxMs: 100,
  timeScale: 0.01,
  backoffMs: 20,
};

const open: Sandbox[] = [];
async function sandbox(extra: Omit<SandboxOptions, 'timing'> & { timing?: object } = {}) {
  const sb = await startSandbox({
    operatorCrds: false,
    ...extra,
    timing: { ...TIMING, ...extra.timing },
  });
  open.push(sb);
  return sb;
}
afterAll(async () => {
  await Promise.all(open.map((s) => s.stop()));
});

async function call(
  sb: Sandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${sb.server}${path}`,
      {
        method,
        headers: text ? { 'Content-Type': 'application/merge-patch+json' } : {},
        agent: false,
      },
      (res) => {
        let out = '';
        res.on('data', (c) => {
          out += c;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: out ? JSON.parse(out) : undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
const post = async (sb: Sandbox, path: string, body: unknown) => {
  const text = JSON.stringify(body);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      `${sb.server}${path}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
};

let nsCounter = 0;
type Container = Record<string, unknown>;
/** A namespace with Deployment(s) `<app>-<color>` and a Service `app` selecting `color`. */
async function app(
  sb: Sandbox,
  colors: string[],
  opts: { replicas?: number; grace?: number; container?: Container } = {},
): Promise<string> {
  const ns = `dp${++nsCounter}`;
  expect(await post(sb, '/api/v1/namespaces', { metadata: { name: ns } })).toBe(201);
  for (const color of colors) {
    const labels = { app: 'web', color };
    expect(
      await post(sb, `/apis/apps/v1/namespaces/${ns}/deployments`, {
        metadata: { name: `web-${color}` },
        spec: {
          replicas: opts.replicas ?? 2,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels: { ...labels, 'medimind.io/color': color } },
            spec: {
              terminationGracePeriodSeconds: opts.grace ?? 30,
              containers: [
                {
                  name: 'web',
                  image: `web:${color}`,
                  ports: [{ containerPort: 8080 }],
                  ...opts.container,
                },
              ],
            },
          },
        },
      }),
    ).toBe(201);
  }
  expect(
    await post(sb, `/api/v1/namespaces/${ns}/services`, {
      metadata: { name: 'web' },
      spec: { selector: { app: 'web', color: colors[0] }, ports: [{ port: 80, targetPort: 8080 }] },
    }),
  ).toBe(201);
  await eventually(
    async () => {
      const pods = (await call(sb, 'GET', `/api/v1/namespaces/${ns}/pods`)).json.items;
      return (
        pods.length === colors.length * (opts.replicas ?? 2) &&
        pods.every((p: Json) =>
          p.status?.conditions?.some((c: Json) => c.type === 'Ready' && c.status === 'True'),
        )
      );
    },
    10_000,
    'pods ready',
  );
  const want = opts.replicas ?? 2;
  await eventually(
    () => sb.dataPlane.nodeEndpoints(ns, 'web').every((n) => n.length === want),
    5000,
    'every node synced',
  );
  return ns;
}

/** One request over `agent`; the pod's JSON body plus the Connection header. */
function get(
  url: string,
  agent: Agent | false,
  path = '/',
): Promise<{ status: number; pod: string; color: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { agent, timeout: 3000 }, (res) => {
      let out = '';
      res.on('data', (c) => {
        out += c;
      });
      res.on('end', () => {
        const b = JSON.parse(out);
        resolve({
          status: res.statusCode ?? 0,
          pod: b.pod,
          color: b.color,
          connection: res.headers.connection,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

const setSelector = (sb: Sandbox, ns: string, color: string) =>
  call(sb, 'PATCH', `/api/v1/namespaces/${ns}/services/web`, {
    spec: { selector: { app: 'web', color } },
  });

describe('L4 data plane', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox();
  });

  it('pins a keep-alive connection to its pod across a selector switch and unreadiness; new connections follow the switch', async () => {
    const ns = await app(sb, ['blue', 'green']);
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(url, agent);
    expect(first.color).toBe('blue');
    expect(sb.dataPlane.connections(ns, 'web')).toEqual({ [first.pod]: 1 });
    expect((await setSelector(sb, ns, 'green')).status).toBe(200);
    await eventually(
      () => sb.dataPlane.nodeEndpoints(ns, 'web').every((n) => n.every((p) => p.includes('green'))),
      5000,
      'every node on green',
    );
    // the established connection still reaches the same blue pod ...
    for (let i = 0; i < 5; i++) expect((await get(url, agent)).pod).toBe(first.pod);
    // ... while every new connection goes to green
    for (let i = 0; i < 6; i++) expect((await get(url, false)).color).toBe('green');
    agent.destroy();
  });

  it('drains a pinned connection when its pod terminates: graceful SIGTERM answers Connection: close', async () => {
    const ns = await app(sb, ['blue', 'green'], { grace: 100 });
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(url, agent);
    await setSelector(sb, ns, 'green');
    await sleep(150);
    await call(sb, 'PATCH', `/apis/apps/v1/namespaces/${ns}/deployments/web-blue`, {
      spec: { replicas: 0 },
    });
    await sleep(50);
    const last = await get(url, agent);
    expect(last).toMatchObject({ pod: first.pod, connection: 'close', status: 200 });
    const next = await get(url, agent);
    expect(next.color).toBe('green');
    agent.destroy();
  });

  it('a node that still lists a pod that is gone resets new connections (deadEndpoint: refuse)', async () => {
    const ns = await app(sb, ['blue'], { replicas: 1 });
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    sb.control.timing.endpointLagMs = 1000;
    sb.control.timing.endpointLagMaxMs = 1000;
    try {
      const pod = (await call(sb, 'GET', `/api/v1/namespaces/${ns}/pods`)).json.items[0];
      await call(
        sb,
        'DELETE',
        `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}?gracePeriodSeconds=0`,
      );
      await eventually(() => !sb.dataPlane.podUrl(ns, pod.metadata.name), 3000, 'pod gone');
      expect(sb.dataPlane.endpoints(ns, 'web').ready).toEqual([pod.metadata.name]);
      const r = await generateLoad({ url, requests: 6, concurrency: 1, connection: 'fresh' });
      expect(r.failed).toBe(6);
      expect(r.failureKinds).toEqual({ ECONNRESET: 6 });
    } finally {
      Object.assign(sb.control.timing, TIMING);
    }
  });

  it('per-node lag: at least the base, an exponential tail, capped', () => {
    const t = { endpointLagMs: 100, endpointLagTailMs: 250, endpointLagMaxMs: 3000 };
    expect(sampleLag(t, () => 0)).toBe(100);
    expect(sampleLag(t, () => 0.5)).toBeCloseTo(100 + 250 * Math.LN2, 6);
    expect(sampleLag(t, () => 0.999999999)).toBe(3000);
    const xs = Array.from({ length: 20_000 }, () => sampleLag(t));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(330);
    expect(mean).toBeLessThan(370);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(sampleLag({ ...t, endpointLagTailMs: 0 })).toBe(100);
  });

  it('nodes sync independently: after a switch, some node lags the others', async () => {
    const ns = await app(sb, ['blue', 'green']);
    sb.control.timing.endpointLagMs = 20;
    sb.control.timing.endpointLagTailMs = 300;
    sb.control.timing.endpointLagMaxMs = 1500;
    try {
      let split = false;
      for (let attempt = 0; attempt < 4 && !split; attempt++) {
        await setSelector(sb, ns, attempt % 2 ? 'blue' : 'green');
        const end = Date.now() + 1600;
        while (Date.now() < end) {
          const views = sb.dataPlane.nodeEndpoints(ns, 'web').map((v) => v.join());
          if (new Set(views).size > 1) split = true;
          await sleep(5);
        }
      }
      expect(split).toBe(true);
      expect(sb.dataPlane.nodeEndpoints(ns, 'web')).toHaveLength(3);
    } finally {
      Object.assign(sb.control.timing, TIMING);
    }
  });
});

describe('data plane options', () => {
  it('deadEndpoint blackhole: a connection to a gone pod gets no answer until the client gives up', async () => {
    const sb = await sandbox({ dataPlane: { deadEndpoint: 'blackhole', nodes: 1 } });
    const ns = await app(sb, ['blue'], { replicas: 1 });
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    sb.control.timing.endpointLagMs = 2000;
    sb.control.timing.endpointLagMaxMs = 2000;
    const pod = (await call(sb, 'GET', `/api/v1/namespaces/${ns}/pods`)).json.items[0];
    await call(
      sb,
      'DELETE',
      `/api/v1/namespaces/${ns}/pods/${pod.metadata.name}?gracePeriodSeconds=0`,
    );
    await eventually(() => !sb.dataPlane.podUrl(ns, pod.metadata.name), 3000, 'pod gone');
    const r = await generateLoad({ url, requests: 1, timeoutMs: 300, connection: 'fresh' });
    expect(r.failureKinds).toEqual({ timeout: 1 });
  });

  it('mode l7 keeps the per-request proxy: one keep-alive connection reaches every pod', async () => {
    const sb = await sandbox({ dataPlane: { mode: 'l7' } });
    const ns = await app(sb, ['blue'], { replicas: 2 });
    const r = await generateLoad({
      url: await sb.dataPlane.serviceUrl(ns, 'web'),
      requests: 10,
      concurrency: 1,
    });
    expect(r.ok).toBe(10);
    expect(Object.keys(r.byPod)).toHaveLength(2);
    expect(sb.dataPlane.options.mode).toBe('l7');
  });

  it('refuses unknown data plane and app options clearly', async () => {
    await expect(startSandbox({ dataPlane: { mode: 'l5' as 'l4' } })).rejects.toThrow(
      /dataPlane.mode must be l4 or l7/,
    );
    await expect(startSandbox({ dataPlane: { nodes: 0 } })).rejects.toThrow(/dataPlane.nodes/);
    await expect(startSandbox({ app: { sigtermPolicy: 'later' as 'exit' } })).rejects.toThrow(
      /app.sigtermPolicy must be graceful, exit or ignore/,
    );
  });
});

describe('pod lifecycle', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox({ dataPlane: { nodes: 1 } });
  });

  /** Delete the single pod while a slow request is in flight; what happened to it and the pod. */
  async function terminate(container: Container, grace = 100) {
    const ns = await app(sb, ['blue'], { replicas: 1, grace, container });
    const pod = (await call(sb, 'GET', `/api/v1/namespaces/${ns}/pods`)).json.items[0].metadata
      .name;
    const direct = sb.dataPlane.podUrl(ns, pod)!;
    const inflight = get(direct, false, '/work?sleepMs=300').then(
      (r) => `${r.status}`,
      (e: Error & { code?: string }) => e.code ?? e.message,
    );
    await sleep(30);
    const t0 = Date.now();
    await call(sb, 'DELETE', `/api/v1/namespaces/${ns}/pods/${pod}`);
    const gone = eventually(
      async () =>
        (await call(sb, 'GET', `/api/v1/namespaces/${ns}/pods/${pod}`)).status === 404 &&
        Date.now() - t0,
      5000,
      'pod removed',
    );
    return { ns, pod, direct, t0, inflight, gone };
  }

  it('preStop sleep: the pod keeps accepting new connections, then graceful SIGTERM stops accepting and finishes in-flight', async () => {
    const t = await terminate({ lifecycle: { preStop: { sleep: { seconds: 20 } } } });
    await sleep(100); // inside preStop (200 ms)
    expect((await get(t.direct, false)).status).toBe(200);
    await sleep(150); // after SIGTERM
    await expect(get(t.direct, false)).rejects.toThrow(/ECONNREFUSED/);
    expect(await t.inflight).toBe('200');
    expect(await t.gone).toBeLessThan(900); // exits once drained, before the 1 s grace
  });

  it('preStop exec `sleep N` counts too', async () => {
    const t = await terminate(
      { lifecycle: { preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 15'] } } } },
      100,
    );
    await sleep(100);
    expect((await get(t.direct, false)).status).toBe(200);
    expect(await t.gone).toBeGreaterThanOrEqual(140);
  });

  it('SIGTERM policy exit: in-flight requests are cut at once', async () => {
    const t = await terminate({ env: [{ name: 'SIGTERM_POLICY', value: 'exit' }] });
    expect(await t.inflight).toMatch(/ECONNRESET|socket hang up/);
    expect(await t.gone).toBeLessThan(500);
  });

  it('SIGTERM policy ignore: serves new connections until SIGKILL at the end of the grace period', async () => {
    const t = await terminate({ env: [{ name: 'SIGTERM_POLICY', value: 'ignore' }] }, 60);
    await sleep(350);
    expect((await get(t.direct, false)).status).toBe(200);
    expect(await t.inflight).toBe('200');
    expect(await t.gone).toBeGreaterThanOrEqual(550);
  });

  it('readiness waits for the probe initialDelaySeconds', async () => {
    const t0 = Date.now();
    await app(sb, ['blue'], {
      replicas: 1,
      container: {
        readinessProbe: { httpGet: { path: '/readyz', port: 8080 }, initialDelaySeconds: 40 },
      },
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
  });

  it('warm-up and a per-pod concurrency limit from the container env', async () => {
    const ns = await app(sb, ['blue'], {
      replicas: 1,
      container: {
        env: [
          { name: 'WARMUP_MS', value: '400' },
          { name: 'WARMUP_ERROR_RATE', value: '1' },
          { name: 'CONCURRENCY_LIMIT', value: '2' },
        ],
      },
    });
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    const early = await generateLoad({ url, requests: 3, concurrency: 1 });
    expect(early.statusCodes).toEqual({ '503': 3 });
    await sleep(450);
    const burst = await generateLoad({
      url: `${url}`,
      path: '/x?sleepMs=100',
      requests: 6,
      concurrency: 6,
    });
    expect(burst.statusCodes['200']).toBe(2);
    expect(burst.statusCodes['503']).toBe(4);
  });
});

describe('HPA on request rate', () => {
  it('scales up within its behavior policy, then down only after the stabilization window', async () => {
    const sb = await sandbox({ dataPlane: { nodes: 1 } });
    const ns = await app(sb, ['blue'], { replicas: 1 });
    expect(
      await post(sb, `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers`, {
        metadata: { name: 'web' },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-blue' },
          minReplicas: 1,
          maxReplicas: 4,
          metrics: [
            {
              type: 'Pods',
              pods: {
                metric: { name: 'http_requests_per_second' },
                target: { type: 'AverageValue', averageValue: '5' },
              },
            },
          ],
          behavior: {
            // x timeScale 0.01: at most +1 pod per 150 ms; scale-down waits 300 ms of calm
            scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 15 }] },
            scaleDown: { stabilizationWindowSeconds: 30 },
          },
        },
      }),
    ).toBe(201);
    const replicas = async () =>
      (await call(sb, 'GET', `/apis/apps/v1/namespaces/${ns}/deployments/web-blue`)).json.spec
        .replicas as number;
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    const stop = new AbortController();
    const load = generateLoad({
      url,
      durationMs: 20_000,
      concurrency: 4,
      intervalMs: 10,
      connection: 'fresh',
      signal: stop.signal,
    });
    const seen: number[] = [1];
    await eventually(
      async () => {
        const n = await replicas();
        if (n !== seen.at(-1)) seen.push(n);
        return n === 4;
      },
      15_000,
      'scaled to maxReplicas',
    );
    expect(seen).toEqual([1, 2, 3, 4]); // one pod per policy period, never a jump
    stop.abort();
    await load;
    const calm = Date.now();
    await eventually(async () => (await replicas()) === 1, 15_000, 'scaled back to minReplicas');
    expect(Date.now() - calm).toBeGreaterThanOrEqual(250);
    const hpa = (
      await call(sb, 'GET', `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/web`)
    ).json;
    expect(hpa.status.conditions.find((c: Json) => c.type === 'ScalingActive').status).toBe('True');
    const events = (await call(sb, 'GET', `/api/v1/namespaces/${ns}/events`)).json.items
      .filter((e: Json) => e.reason === 'SuccessfulRescale')
      .map((e: Json) => e.message);
    expect(events).toContain(
      'New size: 2; reason: pods metric http_requests_per_second above target',
    );
    expect(events).toContain(
      'New size: 1; reason: pods metric http_requests_per_second below target',
    );
  });
});
