/**
 * Issue 10's scenarios (overlapping runs, analysis judging the old pods,
 * "together or not at all", the smaller defects), against the sandbox with
 * traffic through every live Service, counting failed requests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadReport, Sandbox } from '../../../sandbox/index';
import { CancelledError } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { Annotations, Defaults, Reasons } from '../src/constants';
import { Kube, paths, watchUntil } from '../src/kube';
import { acquireLease, leaseName } from '../src/lease';
import {
  type AppSpec,
  appsOf,
  configFor,
  deploymentReplicas,
  type Env,
  environment,
  freshNamespace,
  liveService,
  openSandbox,
  TIMING,
  traffic,
} from './harness';

let sb: Sandbox;
let env: Env;
beforeAll(async () => {
  sb = await openSandbox();
  env = environment(sb);
});
afterAll(async () => {
  await sb?.stop();
});
afterEach(() => {
  sb.control.faults.clear();
  sb.control.timing.endpointLagMs = TIMING.endpointLagMs;
});

const V1 = 'registry.local/web:1.0.0';
const V2 = 'registry.local/web:2.0.0';
const V3 = 'registry.local/web:3.0.0';
const specsOf = (image: string, apps = ['web']): AppSpec[] =>
  apps.map((app) => ({ app, image, replicas: 2 }));
type Run = Awaited<ReturnType<Env['run']>>;

async function baseline(apps = ['web']): Promise<string> {
  const ns = await freshNamespace(env.kube);
  const first = await env.run(
    configFor({ namespace: ns, 'release-id': 'r1' }),
    appsOf(specsOf(V1, apps), ns),
  );
  expect(first.outcome.error).toBeUndefined();
  return ns;
}

/** Traffic through every app's live Service while `fn` runs; asserts none failed. */
async function underTraffic<T>(ns: string, apps: readonly string[], fn: () => Promise<T>) {
  const loads = await Promise.all(apps.map((a) => traffic(sb, ns, a)));
  let stopped: Promise<LoadReport[]>;
  let value: T;
  try {
    value = await fn();
    // Requests keep flowing a little after the last change (a scale-down's effect).
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    stopped = Promise.all(loads.map((l) => l.stop()));
  }
  const reports: LoadReport[] = await stopped;
  for (const report of reports) {
    expect(report.sent).toBeGreaterThan(20);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
  }
  return { value: value!, reports };
}

function failure(run: Run): ActionFailure {
  expect(run.outcome.error).toBeInstanceOf(ActionFailure);
  return run.outcome.error as ActionFailure;
}

const colorOf = async (ns: string, app: string) =>
  (await liveService(env.kube, ns, app)).spec.selector['medimind.io/color'] as string;

/** The live colour of every app still has pods (the outage of issue 10 §1 had none). */
async function expectServing(ns: string, apps: readonly string[]) {
  for (const app of apps) {
    const color = await colorOf(ns, app);
    expect(await deploymentReplicas(env.kube, ns, `${app}-${color}`)).toBeGreaterThan(0);
  }
}

describe('one run at a time per app', () => {
  it('two processes of the same run attempt never both hold the lock', async () => {
    const ns = await baseline();
    // Same GITHUB_RUN_ID/ATTEMPT/JOB: two jobs of one attempt, or two local runs.
    const same = { GITHUB_RUN_ID: '1000', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'release' };
    const analysis =
      'interval: 40ms\ncount: 4\nidentity: {header: X-Sandbox-Pod}\nchecks: [{http: /}]';
    const a = configFor(
      { namespace: ns, 'release-id': 'r2', analysis, 'lock-timeout': '30s' },
      same,
    );
    const b = configFor(
      { namespace: ns, 'release-id': 'r3', analysis, 'lock-timeout': '30s' },
      same,
    );
    const { value } = await underTraffic(ns, ['web'], () =>
      Promise.all([env.run(a, appsOf(specsOf(V2), ns)), env.run(b, appsOf(specsOf(V3), ns))]),
    );
    expect(value.map((r) => r.outcome.error)).toEqual([undefined, undefined]);
    // One after the other: the second deployed on top of the first.
    const live = await liveService(env.kube, ns, 'web');
    expect([
      live.metadata.annotations?.[Annotations.ReleaseId],
      live.metadata.annotations?.[Annotations.PreviousReleaseId],
    ]).toEqual(expect.arrayContaining(['r2', 'r3']));
    await expectServing(ns, ['web']);
  });

  it('never scales down a colour a live Service selects, whatever the run believes', async () => {
    const ns = await baseline();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r2' }), appsOf(specsOf(V2), ns), {
        onStep: async (s) => {
          if (s !== 'analysis-passed') return;
          // Another run puts live traffic back on blue meanwhile.
          const svc = await liveService(env.kube, ns, 'web');
          await env.kube.replace(paths.service(ns, 'web'), {
            ...svc,
            spec: { ...svc.spec, selector: { ...svc.spec.selector, 'medimind.io/color': 'blue' } },
          });
        },
      }),
    );
    expect(failure(run).reason).toBe(Reasons.LockLost);
    expect(failure(run).message).toMatch(/Refusing to scale down web-blue: Service web/);
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
    await expectServing(ns, ['web']);
  });

  it('overlapping app sets exclude each other: the second run waits for the first', async () => {
    const apps = ['api', 'web'];
    const ns = await baseline(apps);
    const analysis =
      'interval: 50ms\ncount: 6\nidentity: {header: X-Sandbox-Pod}\nchecks: [{http: /}]';
    let second: Promise<Run> | undefined;
    const { value: first } = await underTraffic(ns, apps, () =>
      env
        .run(
          configFor({ namespace: ns, 'release-id': 'r2', analysis }, { GITHUB_RUN_ID: '11' }),
          appsOf(specsOf(V2, apps), ns),
          {
            onStep: (s) => {
              if (s !== 'switched' || second) return;
              // Run B (web only) starts while A analyses.
              second = env.run(
                configFor(
                  { namespace: ns, 'release-id': 'r3', 'lock-timeout': '30s' },
                  { GITHUB_RUN_ID: '12' },
                ),
                appsOf(specsOf(V3), ns),
              );
            },
          },
        )
        .then(async (a) => ({ a, b: await second! })),
    );
    expect(first.a.outcome.error).toBeUndefined();
    expect(first.b.outcome.error).toBeUndefined();
    // B waited for A's lease on web (it took no part in A's analysis).
    expect(first.b.timeline.entries[0]!.note).toMatch(/waited/);
    const api = await liveService(env.kube, ns, 'api');
    const web = await liveService(env.kube, ns, 'web');
    expect(api.metadata.annotations?.[Annotations.ReleaseId]).toBe('r2');
    expect(web.metadata.annotations).toMatchObject({
      [Annotations.ReleaseId]: 'r3',
      [Annotations.PreviousReleaseId]: 'r2',
    });
    await expectServing(ns, apps);
    for (const app of apps)
      expect(await env.kube.get(paths.lease(ns, leaseName(app)))).toBeUndefined();
  });
});

describe('analysis judges the new colour only', () => {
  const judgeV1 = '  - http: /\n    body: \'"version":"1\\.0\\.0"\'';

  it('a route lagging the endpoints: rounds wait until the live route answers from the new pods', async () => {
    const ns = await baseline();
    sb.control.timing.endpointLagMs = 700;
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({
          namespace: ns,
          'release-id': 'r2',
          'scale-down-delay': '2s',
          // Passes only on the old pods: a broken release if the new ones answer.
          analysis: `interval: 30ms\ncount: 1\nidentity: {header: X-Sandbox-Pod}\nchecks:\n${judgeV1}`,
        }),
        appsOf(specsOf(V2), ns),
      ),
    );
    expect(failure(run).reason).toBe(Reasons.AnalysisFailed);
    expect(run.outcome.rolledBack).toBe(true);
    expect(await colorOf(ns, 'web')).toBe('blue');
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
  });

  it('without an identity: rounds start after initial-delay', async () => {
    const ns = await baseline();
    sb.control.timing.endpointLagMs = 500;
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({
          namespace: ns,
          'release-id': 'r2',
          'scale-down-delay': '2s',
          analysis: `interval: 30ms\ncount: 1\ninitial-delay: 1500ms\nchecks:\n${judgeV1}`,
        }),
        appsOf(specsOf(V2), ns),
      ),
    );
    expect(failure(run).reason).toBe(Reasons.AnalysisFailed);
    expect(await colorOf(ns, 'web')).toBe('blue');
  });

  it('the live route never reaching the new pods: analysis-inconclusive, never a pass', async () => {
    const ns = await baseline();
    sb.control.timing.endpointLagMs = 2500;
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({
          namespace: ns,
          'release-id': 'r2',
          'rollout-timeout': '1s',
          'scale-down-delay': '3s',
          analysis:
            'interval: 30ms\ncount: 2\nidentity: {header: X-Sandbox-Pod}\nchecks: [{http: /}]',
        }),
        appsOf(specsOf(V2), ns),
      ),
    );
    expect(failure(run).reason).toBe(Reasons.AnalysisInconclusive);
    expect(run.outcome.rolledBack).toBe(true);
    expect(await colorOf(ns, 'web')).toBe('blue');
  });
});

describe('together or not at all', () => {
  it('a switch refused on one app: the other app is never written (validated by a dry run first)', async () => {
    const apps = ['api', 'web'];
    const ns = await baseline(apps);
    const seen = new Set<string>();
    const watching = new AbortController();
    const watch = watchUntil(
      env.kube.with({ signal: watching.signal }),
      paths.services(ns),
      (objects) => {
        const api = objects.get('api');
        if (api) seen.add(api.spec.selector['medimind.io/color']);
        return undefined;
      },
    ).catch(() => {});
    const { value: run } = await underTraffic(ns, apps, () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r2' }), appsOf(specsOf(V2, apps), ns), {
        onStep: async (s) => {
          if (s !== 'smoke-passed') return;
          const svc = await liveService(env.kube, ns, 'web');
          await env.kube.replace(paths.service(ns, 'web'), {
            ...svc,
            spec: { ...svc.spec, selector: { 'app.kubernetes.io/name': 'web' } },
          });
        },
      }),
    );
    watching.abort();
    await watch;
    expect(failure(run).reason).toBe(Reasons.SwitchConflict);
    expect(run.outcome.switchedAt).toBe('');
    expect([...seen]).toEqual(['blue']);
  });
});

describe('smaller', () => {
  it('cancelled before the switch: the idle colour is scaled to zero after abort-scale-down-delay', async () => {
    const ns = await baseline();
    const controller = new AbortController();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r2', 'abort-scale-down-delay': '100ms' }),
        appsOf(specsOf(V2), ns),
        {
          signal: controller.signal,
          onStep: (s) => {
            if (s === 'ready') controller.abort(new CancelledError('SIGINT'));
          },
        },
      ),
    );
    expect(run.outcome.error).toBeInstanceOf(CancelledError);
    expect(await colorOf(ns, 'web')).toBe('blue');
    expect(await deploymentReplicas(env.kube, ns, 'web-green')).toBe(0);
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
  });

  it('a holder whose process died is taken over after two missed renewals (default lease), not 30 s', async () => {
    const ns = await baseline();
    // Another run takes the lease with the defaults, then its process dies: no more renewals.
    let dead = false;
    const transport = env.kube.transport;
    const mortal = new Kube({
      request: (method, path, options) => {
        if (dead) throw new Error('process gone');
        return transport.request(method, path, options);
      },
      watch: (...args) => transport.watch(...args),
    });
    const other = await acquireLease({
      kube: mortal,
      namespace: ns,
      name: leaseName('web'),
      holder: 'https://github.com/o/r/actions/runs/77/attempts/1/jobs/release#dead',
      durationSeconds: Defaults.LeaseDurationSeconds,
      lockTimeoutMs: 1000,
    });
    dead = true;
    const started = Date.now();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r2', 'lock-timeout': '60s' }),
        appsOf(specsOf(V2), ns),
        { leaseDurationSeconds: undefined },
      ),
    );
    await other.release().catch(() => {});
    expect(run.outcome.error).toBeUndefined();
    expect(run.timeline.entries[0]!.note).toContain('taken over from');
    // Expired 10 s after its last renewal (two missed 4 s renewals), not after 30 s.
    const waited = run.timeline.entries[0]!.ms;
    expect(waited).toBeGreaterThan(8_000);
    expect(waited).toBeLessThan(15_000);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 40_000);

  it('rollback before any release, without manifests: nothing-to-roll-back, nothing written', async () => {
    const ns = await freshNamespace(env.kube);
    const run = await env.rollback(
      configFor({ namespace: ns, mode: 'rollback', manifests: '' }),
      [],
    );
    expect(failure(run).reason).toBe(Reasons.NothingToRollBack);
    expect((await env.kube.list(paths.leases(ns))).items).toEqual([]);
  });

  it('rollback of several apps reports one colour per output', async () => {
    const apps = ['api', 'web'];
    const ns = await baseline(apps);
    const r2 = await env.run(
      configFor({ namespace: ns, 'release-id': 'r2' }),
      appsOf(specsOf(V2, apps), ns),
    );
    expect(r2.outcome.error).toBeUndefined();
    const { value: run } = await underTraffic(ns, apps, () =>
      env.rollback(configFor({ namespace: ns, mode: 'rollback', manifests: '' }), apps),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome).toMatchObject({
      activeColor: 'blue',
      previousColor: 'green',
      releaseId: 'r1',
    });
  });
});
