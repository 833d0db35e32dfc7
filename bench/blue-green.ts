/**
 * blue-green cutover benchmark (npx tsx bench/blue-green.ts), on the sandbox:
 * three apps, ≥ 1,000 requests/s through the live Service (load generator in a
 * child process, i.e. on the second core) for every cutover. Measures, per
 * cutover: failed and misrouted requests, detection latency (last idle pod
 * Ready → the action starts the smoke checks), switch time (decision → all 3
 * live Services patched) and the action's overhead beyond the waits it cannot
 * avoid. Baseline in the same run: the usual CI loop
 * `until kubectl rollout status deploy/x --watch=false; do sleep 1; done`
 * (real kubectl), detection latency from the last pod Ready to the loop exit.
 */
import { execFile, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setStdout } from '../actions/_shared/src/runner';
import { serviceGetter } from '../actions/blue-green/src/checks';
import type { Config } from '../actions/blue-green/src/config';
import { deploy } from '../actions/blue-green/src/deploy';
import { type K8sObject, Kube, paths } from '../actions/blue-green/src/kube';
import { loadKubeConfig, nodeTransport } from '../actions/blue-green/src/kube-node';
import { appsOf, configFor } from '../actions/blue-green/test/harness';
import { generateLoad, type LoadReport, startSandbox } from '../sandbox/index';

// Forked with --load-worker: traffic through a Service until told to stop (second core).
if (process.argv[2] === '--load-worker') {
  const { url, concurrency } = JSON.parse(process.argv[3] ?? '{}') as {
    url: string;
    concurrency: number;
  };
  const stop = new AbortController();
  process.on('message', (m) => {
    if (m === 'stop') stop.abort();
  });
  // Warm up (connections, JIT), then tell the parent the traffic is flowing.
  await generateLoad({ url, requests: 200, concurrency });
  process.send?.('ready');
  const report = await generateLoad({ url, durationMs: 600_000, concurrency, signal: stop.signal });
  process.send?.(report, () => process.exit(0));
  await new Promise(() => {});
}

const CUTOVERS = Number(process.env.BENCH_CUTOVERS ?? 7);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 12);
const SCALE_DOWN_DELAY_MS = 100;
const ENDPOINT_LAG_MS = 30;
const ANALYSIS_INTERVAL_MS = 100;
const NS = 'bench';
const APPS = ['api', 'ml', 'web'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
    : Number.NaN;
};
const fmt = (x: number) => `${x.toFixed(1)}`;

const sb = await startSandbox({
  timing: {
    podStartDelayMs: 20,
    podReadyDelayMs: 150,
    endpointLagMs: ENDPOINT_LAG_MS,
    timeScale: 0.01,
    backoffMs: 50,
  },
  operatorCrds: false,
});
const kube = new Kube(nodeTransport(loadKubeConfig(sb.kubeconfigPath)));
await kube.create('/api/v1/namespaces', {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: NS },
});

// Pod Ready times, as this process sees them through a watch (≤ a few ms after the write).
const readyAt = new Map<string, number>();
const { Watch } = await import('@kubernetes/client-node');
const watch = new Watch(loadKubeConfig(sb.kubeconfigPath));
const podWatch = await watch.watch(
  `/api/v1/namespaces/${NS}/pods`,
  {},
  (_type: string, pod: K8sObject) => {
    const ready = (pod.status?.conditions ?? []).some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    );
    if (ready && !readyAt.has(pod.metadata.name)) readyAt.set(pod.metadata.name, Date.now());
  },
  () => {},
);

const specs = (v: number) =>
  APPS.map((app) => ({ app, image: `registry.local/${app}:${v}.0.0`, replicas: 3 }));
const cfgFor = (v: number): Config =>
  configFor(
    {
      namespace: NS,
      'release-id': `r${v}`,
      'scale-down-delay': `${SCALE_DOWN_DELAY_MS}ms`,
      'smoke-checks': '- path: /health/ready',
      // The sandbox pods name themselves in X-Sandbox-Pod: analysis starts once the live route
      // answers from the new colour (no fixed initial-delay).
      analysis: `interval: ${ANALYSIS_INTERVAL_MS}ms\ncount: 2\nidentity: {header: X-Sandbox-Pod}\nchecks:\n  - http: /health/ready`,
    },
    { GITHUB_RUN_ID: String(v) },
  );
const quiet = () => setStdout(() => {});
const run = async (v: number) => {
  const restore = quiet();
  try {
    return await deploy(cfgFor(v), appsOf(specs(v), NS), {
      kube,
      signal: new AbortController().signal,
      http: serviceGetter(kube, NS, new Map()),
    });
  } finally {
    restore();
  }
};

const first = await run(0);
if (first.outcome.error) throw first.outcome.error;

// Traffic through the live api Service for every cutover, from a child process.
const worker = fork(
  fileURLToPath(import.meta.url),
  [
    '--load-worker',
    JSON.stringify({ url: await sb.dataPlane.serviceUrl(NS, 'api'), concurrency: CONCURRENCY }),
  ],
  { execArgv: ['--import', 'tsx'] },
);
await new Promise<void>((resolve) => worker.once('message', () => resolve()));
const loadReport = new Promise<LoadReport>((resolve) =>
  worker.once('message', (m) => resolve(m as LoadReport)),
);

const detection: number[] = [];
const switchMs: number[] = [];
const overhead: number[] = [];
const totals: number[] = [];
const loadStart = Date.now();
for (let v = 1; v <= CUTOVERS; v++) {
  const started = Date.now();
  const result = await run(v);
  const total = Date.now() - started;
  if (result.outcome.error) throw result.outcome.error;
  const phase = (name: string) => result.timeline.entries.find((e) => e.phase === name)!;
  const color = result.outcome.activeColor;
  const podsOfRun = [...readyAt].filter(
    ([name, at]) => name.includes(`-${color}-`) && at >= started,
  );
  const lastReady = Math.max(...podsOfRun.map(([, at]) => at));
  const applyStart = phase('Apply idle colour').startedAt;
  detection.push(phase('Smoke checks').startedAt - lastReady);
  switchMs.push(phase('Switch').ms);
  // Unavoidable: pods starting (apply → last Ready), then after the switch the
  // longer of the scale-down delay and endpoint propagation + the analysis
  // interval (the delay runs concurrently with the analysis).
  const unavoidable =
    lastReady - applyStart + Math.max(SCALE_DOWN_DELAY_MS, ENDPOINT_LAG_MS + ANALYSIS_INTERVAL_MS);
  overhead.push(total - unavoidable);
  totals.push(total);
}
const loadMs = Date.now() - loadStart;
worker.send('stop');
const load = await loadReport;

// Baseline: the polling loop most pipelines use, with real kubectl, against the same sandbox.
const execFileP = promisify(execFile);
const baseline: number[] = [];
const kubectlCalls: number[] = [];
const base = specs(0).map((s) => ({ ...s, app: `poll-${s.app}` }))[0]!;
const baseApp = appsOf([base], NS)[0]!;
await kube.create(paths.deployments(NS), {
  ...baseApp.deployment,
  metadata: { ...baseApp.deployment.metadata, namespace: NS },
});
for (let v = 1; v <= CUTOVERS; v++) {
  const started = Date.now();
  await kube.patch(paths.deployment(NS, 'poll-api-blue'), {
    spec: { template: { metadata: { annotations: { rev: String(v) } } } },
  });
  let calls = 0;
  for (;;) {
    calls++;
    const r = await execFileP('kubectl', [
      '--kubeconfig',
      sb.kubeconfigPath,
      '-n',
      NS,
      'rollout',
      'status',
      'deployment/poll-api-blue',
      '--watch=false',
    ]).catch((e) => e);
    if (String(r.stdout).includes('successfully rolled out')) break;
    await new Promise((res) => setTimeout(res, 1000));
  }
  const detected = Date.now();
  const pods = [...readyAt].filter(
    ([name, at]) => name.startsWith('poll-api-blue-') && at >= started,
  );
  baseline.push(detected - Math.max(...pods.map(([, at]) => at)));
  kubectlCalls.push(calls);
}

podWatch.abort();
await sb.stop();

const rows = [
  ['cutovers (3 apps, 3 replicas each)', String(CUTOVERS)],
  [
    'traffic through live api Service',
    `${fmt(load.rps)} req/s (${load.sent} requests in ${fmt(load.durationMs / 1000)} s; the cutovers took ${fmt(loadMs / 1000)} s)`,
  ],
  ['failed requests', String(load.failed)],
  ['answered by a not-ready pod', String(load.misrouted)],
  ['latency p50 / p99', `${fmt(load.latencyMs.p50)} / ${fmt(load.latencyMs.p99)} ms`],
  [
    'detection: last pod Ready → smoke checks start (median)',
    `${fmt(median(detection))} ms  [${detection.map(fmt).join(', ')}]`,
  ],
  [
    'switch: decision → 3 live Services patched (median)',
    `${fmt(median(switchMs))} ms  [${switchMs.map(fmt).join(', ')}]`,
  ],
  ['cutover wall time (median)', `${fmt(median(totals))} ms`],
  ['overhead beyond unavoidable waits (median)', `${fmt(median(overhead))} ms`],
  [
    'baseline: kubectl rollout status loop (1 s), detection (median)',
    `${fmt(median(baseline))} ms  [${baseline.map(fmt).join(', ')}], ${median(kubectlCalls)} kubectl runs`,
  ],
  [
    'detection ratio baseline / blue-green',
    `${fmt(median(baseline) / Math.max(1, median(detection)))}×`,
  ],
];
for (const [k, v] of rows) console.log(`${String(k).padEnd(66)} ${v}`);
const ok =
  load.failed === 0 &&
  load.misrouted === 0 &&
  load.rps >= 1000 &&
  median(detection) <= 100 &&
  median(switchMs) <= 50;
console.log(ok ? 'targets met' : 'TARGETS MISSED');
process.exitCode = ok ? 0 : 1;
