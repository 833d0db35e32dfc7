/**
 * Blue-green under the sandbox's realistic kube-proxy model (issue 16): 3 nodes, each syncing
 * EndpointSlices 100 ms + an exponential tail (mean 250 ms, cap 3 s) after a change, with
 * keep-alive and fresh-connection clients counted apart. The scenario suite runs with a short
 * lag for speed (BG_SANDBOX_REALISTIC=1 runs it all on this model); this file keeps the
 * property that decides zero downtime on a real cluster visible in every run:
 * the old colour may only lose pods after every node has stopped sending it new connections.
 *
 * `it.fails` marks a KNOWN GAP in the action (see the test's comment): it asserts zero failed
 * requests and is expected to fail until the action changes; once it passes, vitest reports
 * it, and `.fails` must go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMING, type Sandbox, startSandbox } from '../../../sandbox/index';
import { CancelledError } from '../../_shared/src/cancel';
import {
  type AppSpec,
  appsOf,
  configFor,
  type Env,
  environment,
  freshNamespace,
  liveService,
  TIMING,
  type TrafficReport,
  traffic,
} from './harness';

const LAG = {
  endpointLagMs: DEFAULT_TIMING.endpointLagMs,
  endpointLagTailMs: DEFAULT_TIMING.endpointLagTailMs,
  endpointLagMaxMs: DEFAULT_TIMING.endpointLagMaxMs,
};
/** Covers the lag cap (3 s) plus the scaled grace period (30 s x 0.01). */
const SAFE_DELAY = '3500ms';

let sb: Sandbox;
let env: Env;
beforeAll(async () => {
  sb = await startSandbox({ timing: { ...TIMING, ...LAG }, operatorCrds: false });
  env = environment(sb);
});
afterAll(async () => {
  await sb?.stop();
});

const web = (version: string): AppSpec[] => [
  { app: 'web', image: `registry.local/web:${version}`, replicas: 2 },
];

async function baseline(): Promise<string> {
  const ns = await freshNamespace(env.kube);
  const first = await env.run(
    configFor({ namespace: ns, 'release-id': 'r1', 'scale-down-delay': SAFE_DELAY }),
    appsOf(web('1.0.0'), ns),
  );
  expect(first.outcome.error).toBeUndefined();
  return ns;
}

async function counted<T>(ns: string, fn: () => Promise<T>): Promise<[T, TrafficReport]> {
  const load = await traffic(sb, ns, 'web');
  const value = await fn();
  await new Promise((r) => setTimeout(r, 100));
  return [value, await load.stop()];
}

const failures = (r: TrafficReport) => ({
  'keep-alive': r.byClass['keep-alive'].failed,
  fresh: r.byClass.fresh.failed,
});

describe('blue-green with realistic kube-proxy lag (3 nodes, 100 ms + tail, cap 3 s)', () => {
  it('a scale-down-delay covering the lag cap: no failed request in either client class', async () => {
    const ns = await baseline();
    const [run, report] = await counted(ns, () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r2', 'scale-down-delay': SAFE_DELAY }),
        appsOf(web('2.0.0'), ns),
      ),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(report.byClass['keep-alive'].sent).toBeGreaterThan(20);
    expect(report.byClass.fresh.sent).toBeGreaterThan(20);
    expect(failures(report)).toEqual({ 'keep-alive': 0, fresh: 0 });
  }, 30_000);

  it('a scale-down-delay shorter than the lag loses new connections routed by lagging nodes', async () => {
    const ns = await baseline();
    const [run, report] = await counted(ns, () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r2', 'scale-down-delay': '0s' }),
        appsOf(web('2.0.0'), ns),
      ),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(report.byClass.fresh.failed).toBeGreaterThan(0);
    expect(Object.keys(report.failureKinds)).toEqual(['ECONNRESET']);
  }, 30_000);

  // KNOWN GAP: after "Undo interrupted switch" the rerun rolls the idle colour to the new
  // release at once, while nodes still send that colour new connections for up to the lag
  // cap. Change needed in the action: wait scale-down-delay (or at least the propagation
  // window) after undoing a switch before applying the idle colour.
  it.fails('KNOWN GAP: a rerun that undoes an interrupted switch waits before re-rolling the idle colour', async () => {
    const ns = await baseline();
    const controller = new AbortController();
    const run = await env.run(
      configFor({ namespace: ns, 'release-id': 'r2', 'scale-down-delay': SAFE_DELAY }),
      appsOf(web('2.0.0'), ns),
      {
        signal: controller.signal,
        cleanupTimeoutMs: 200,
        onStep: (s) => {
          if (s !== 'switched') return;
          sb.control.faults.api({ verb: ['update', 'patch', 'create', 'delete'], status: 503 });
          controller.abort(new CancelledError('SIGKILL' as NodeJS.Signals));
        },
      },
    );
    sb.control.faults.clear();
    expect(run.outcome.error).toBeInstanceOf(CancelledError);
    expect((await liveService(env.kube, ns, 'web')).spec.selector['medimind.io/color']).toBe(
      'green',
    );
    // Every node lags at least 1.5 s from here on, so the window is never missed by chance.
    sb.control.timing.endpointLagMs = 1500;
    const [rerun, report] = await counted(ns, () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r3', 'scale-down-delay': SAFE_DELAY }),
        appsOf(web('3.0.0'), ns),
      ),
    ).finally(() => {
      sb.control.timing.endpointLagMs = LAG.endpointLagMs;
    });
    expect(rerun.outcome.error).toBeUndefined();
    expect(rerun.timeline.entries.map((e) => e.phase)).toContain('Undo interrupted switch');
    expect(failures(report)).toEqual({ 'keep-alive': 0, fresh: 0 });
  }, 40_000);
});
