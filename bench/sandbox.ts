/**
 * Sandbox benchmark: API round trip, watch delivery and data-plane throughput.
 * Run: npx tsx bench/sandbox.ts [--json]   (BENCH_DURATION_MS sets the load duration, default 4000)
 * Targets (issue 5): API round trip median <= 2 ms, watch event <= 5 ms after the write,
 * >= 2,000 req/s through one Service with p99 <= 20 ms on 2 cores.
 * Each measurement is reported beside a baseline measured in the same run (a bare Node HTTP
 * server on 127.0.0.1) so the ratio shows the sandbox's own cost.
 */

import { fork } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../sandbox/index';

const jsonOut = process.argv.includes('--json');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function call(
  url: string,
  method = 'GET',
  body?: string,
  contentType = 'application/json',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: body
          ? { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

async function timeCalls(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 200; i++) await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function runLoadInWorker(
  url: string,
  durationMs: number,
  concurrency: number,
  connection: 'keep-alive' | 'fresh' = 'keep-alive',
): Promise<{
  sent: number;
  ok: number;
  failed: number;
  misrouted: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number };
}> {
  // A separate process (the machine's second core), so the client does not share the event loop.
  const child = fork(
    fileURLToPath(new URL('./sandbox-load-worker.ts', import.meta.url)),
    [JSON.stringify({ url, durationMs, concurrency, connection })],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as never));
    child.once('error', reject);
  });
}

async function main() {
  // baseline: a bare HTTP server answering a fixed JSON object
  const fixed = JSON.stringify({
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name: 'bench' },
    data: { k: 'v' },
  });
  const bare = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(fixed),
    });
    res.end(fixed);
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

  const timing = {
    podStartDelayMs: 5,
    podReadyDelayMs: 20,
    endpointLagMs: 10,
    endpointLagTailMs: 0,
    timeScale: 0.01,
  };
  const sb = await startSandbox({ timing });
  const ns = 'bench';
  await call(`${sb.server}/api/v1/namespaces`, 'POST', JSON.stringify({ metadata: { name: ns } }));
  await call(
    `${sb.server}/api/v1/namespaces/${ns}/configmaps`,
    'POST',
    JSON.stringify({ metadata: { name: 'bench' }, data: { k: 'v' } }),
  );

  // 1. API round trip (GET of one object over a keep-alive connection)
  const N = 3000;
  const base = await timeCalls(N, () => call(`${bareUrl}/`));
  const get = await timeCalls(N, () =>
    call(`${sb.server}/api/v1/namespaces/${ns}/configmaps/bench`),
  );
  let i = 0;
  const patch = await timeCalls(1000, () =>
    call(
      `${sb.server}/api/v1/namespaces/${ns}/configmaps/bench`,
      'PATCH',
      JSON.stringify({ data: { k: String(i++) } }),
      'application/merge-patch+json',
    ),
  );

  // 2. watch delivery: time from sending a write to its event arriving on an open watch
  const pending = new Map<string, number>();
  const delivery: number[] = [];
  const watchReq = request(`${sb.server}/api/v1/namespaces/${ns}/configmaps?watch=true`);
  await new Promise<void>((resolve) => {
    watchReq.on('response', (res) => {
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        buf += c;
        let nl = buf.indexOf('\n');
        while (nl >= 0) {
          const ev = JSON.parse(buf.slice(0, nl));
          buf = buf.slice(nl + 1);
          const marker = ev.object?.data?.marker;
          const t0 = marker ? pending.get(marker) : undefined;
          if (t0 !== undefined) {
            delivery.push(performance.now() - t0);
            pending.delete(marker);
          }
          nl = buf.indexOf('\n');
        }
      });
      resolve();
    });
    watchReq.end();
  });
  for (let k = 0; k < 1000; k++) {
    const marker = `m${k}`;
    pending.set(marker, performance.now());
    await call(
      `${sb.server}/api/v1/namespaces/${ns}/configmaps/bench`,
      'PATCH',
      JSON.stringify({ data: { marker } }),
      'application/merge-patch+json',
    );
  }
  await new Promise((r) => setTimeout(r, 50));
  watchReq.destroy();

  await sb.stop();

  // 3. data plane: load generator in another process (second core) through one Service with
  // 3 pods, in each mode: L4 (default, per connection, keep-alive and fresh clients) and L7.
  const durationMs = Number(process.env.BENCH_DURATION_MS ?? 4000);
  const concurrency = 8;
  const planes = {} as Record<'l4' | 'l7', Awaited<ReturnType<typeof serviceBench>>>;
  for (const mode of ['l4', 'l7'] as const) {
    planes[mode] = await serviceBench(mode, timing, durationMs, concurrency);
  }
  const viaService = planes.l4.keepAlive;
  const direct = planes.l4.direct;
  bare.close();
  agent.destroy();

  const result = {
    api: {
      getMedianMs: r2(q(get, 0.5)),
      getP99Ms: r2(q(get, 0.99)),
      patchMedianMs: r2(q(patch, 0.5)),
      baselineMedianMs: r2(q(base, 0.5)),
      ratioVsBaseline: r2(q(get, 0.5) / q(base, 0.5)),
      targetMedianMs: 2,
    },
    watch: {
      deliveryMedianMs: r2(q(delivery, 0.5)),
      deliveryP99Ms: r2(q(delivery, 0.99)),
      events: delivery.length,
      targetMs: 5,
    },
    dataPlane: {
      serviceRps: Math.round(viaService.rps),
      serviceP50Ms: r2(viaService.latencyMs.p50),
      serviceP99Ms: r2(viaService.latencyMs.p99),
      failed: viaService.failed,
      misrouted: viaService.misrouted,
      mode: 'l4 (keep-alive clients)',
      l4FreshRps: Math.round(planes.l4.fresh.rps),
      l4FreshP99Ms: r2(planes.l4.fresh.latencyMs.p99),
      l4FreshFailed: planes.l4.fresh.failed,
      l7Rps: Math.round(planes.l7.keepAlive.rps),
      l7P99Ms: r2(planes.l7.keepAlive.latencyMs.p99),
      l7Failed: planes.l7.keepAlive.failed,
      ratioL4VsL7: r2(viaService.rps / planes.l7.keepAlive.rps),
      directPodRps: Math.round(direct.rps),
      directPodP99Ms: r2(direct.latencyMs.p99),
      ratioServiceVsDirect: r2(viaService.rps / direct.rps),
      concurrency,
      targetRps: 2000,
      targetP99Ms: 20,
    },
  };
  const pass =
    result.api.getMedianMs <= 2 &&
    result.watch.deliveryMedianMs <= 5 &&
    result.dataPlane.serviceRps >= 2000 &&
    result.dataPlane.serviceP99Ms <= 20 &&
    result.dataPlane.failed === 0 &&
    result.dataPlane.l4FreshFailed === 0 &&
    result.dataPlane.l7Failed === 0;
  if (jsonOut) console.log(JSON.stringify({ ...result, pass }));
  else {
    console.log(`sandbox benchmark (node ${process.version})`);
    console.log(
      `  API GET round trip   median ${result.api.getMedianMs} ms (p99 ${result.api.getP99Ms}), PATCH median ${result.api.patchMedianMs} ms; bare-server baseline ${result.api.baselineMedianMs} ms (x${result.api.ratioVsBaseline})   target <= 2 ms`,
    );
    console.log(
      `  watch delivery       median ${result.watch.deliveryMedianMs} ms, p99 ${result.watch.deliveryP99Ms} ms over ${result.watch.events} writes   target <= 5 ms`,
    );
    console.log(
      `  data plane (Service) ${result.dataPlane.serviceRps} req/s, p50 ${result.dataPlane.serviceP50Ms} ms, p99 ${result.dataPlane.serviceP99Ms} ms, failed ${result.dataPlane.failed}; direct to one pod ${result.dataPlane.directPodRps} req/s (Service/direct x${result.dataPlane.ratioServiceVsDirect})   target >= 2000 req/s, p99 <= 20 ms`,
    );
    console.log(
      `  data plane, L4 fresh connections ${result.dataPlane.l4FreshRps} req/s, p99 ${result.dataPlane.l4FreshP99Ms} ms, failed ${result.dataPlane.l4FreshFailed}; L7 (per request) ${result.dataPlane.l7Rps} req/s, p99 ${result.dataPlane.l7P99Ms} ms, failed ${result.dataPlane.l7Failed} (L4/L7 x${result.dataPlane.ratioL4VsL7})`,
    );
    console.log(pass ? 'PASS' : 'FAIL');
  }
  process.exitCode = pass ? 0 : 1;
}

/** A fresh sandbox in `mode` with a 3-pod Deployment behind a Service; its loads measured. */
async function serviceBench(
  mode: 'l4' | 'l7',
  timing: Record<string, number>,
  durationMs: number,
  concurrency: number,
) {
  const sb = await startSandbox({ timing, dataPlane: { mode }, operatorCrds: false });
  const ns = 'bench';
  await call(`${sb.server}/api/v1/namespaces`, 'POST', JSON.stringify({ metadata: { name: ns } }));
  const labels = { 'app.kubernetes.io/name': 'web', 'medimind.io/color': 'blue' };
  await call(
    `${sb.server}/apis/apps/v1/namespaces/${ns}/deployments`,
    'POST',
    JSON.stringify({
      metadata: { name: 'web-blue' },
      spec: {
        replicas: 3,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'web:1' }] } },
      },
    }),
  );
  await call(
    `${sb.server}/api/v1/namespaces/${ns}/services`,
    'POST',
    JSON.stringify({
      metadata: { name: 'web' },
      spec: { selector: labels, ports: [{ port: 80, targetPort: 8080 }] },
    }),
  );
  for (;;) {
    const d = JSON.parse(
      (await call(`${sb.server}/apis/apps/v1/namespaces/${ns}/deployments/web-blue`)).text,
    );
    if (d.status?.availableReplicas === 3) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  while (sb.dataPlane.nodeEndpoints(ns, 'web').some((n) => n.length < 3)) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const svcUrl = await sb.dataPlane.serviceUrl(ns, 'web');
  const pods = JSON.parse((await call(`${sb.server}/api/v1/namespaces/${ns}/pods`)).text).items;
  const podUrl = sb.dataPlane.podUrl(ns, pods[0].metadata.name)!;
  const direct =
    mode === 'l4' ? await runLoadInWorker(podUrl, durationMs / 2, concurrency) : undefined;
  const keepAlive = await runLoadInWorker(svcUrl, durationMs, concurrency);
  const fresh =
    mode === 'l4' ? await runLoadInWorker(svcUrl, durationMs / 2, concurrency, 'fresh') : keepAlive;
  await sb.stop();
  return { direct: direct ?? keepAlive, keepAlive, fresh };
}

await main();
