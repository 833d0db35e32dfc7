/**
 * The scenarios against the sandbox (real HTTP API, controllers, data
 * plane), with traffic through every live Service for the whole run. Each
 * asserts zero failed requests, zero requests answered by a pod that was not
 * ready, and the final state recorded in the live Service's annotations.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadReport, Sandbox } from '../../../sandbox/index';
import { CancelledError } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import type { Config } from '../src/config';
import { Annotations, Reasons } from '../src/constants';
import type { Step } from '../src/deploy';
import { type K8sObject, paths } from '../src/kube';
import { leaseName, microTime } from '../src/lease';
import {
  type AppSpec,
  appsOf,
  configFor,
  deploymentReplicas,
  type Env,
  endpointPods,
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
  sb.control.timing.podReadyDelayMs = TIMING.podReadyDelayMs;
});

const V1 = 'registry.local/web:1.0.0';
const V2 = 'registry.local/web:2.0.0';
const web = (image: string, extra: Partial<AppSpec> = {}): AppSpec[] => [
  { app: 'web', image, replicas: 2, ...extra },
];

type Run = Awaited<ReturnType<Env['run']>>;

/** A namespace where release r1 is live on blue. */
async function baseline(specs: AppSpec[] = web(V1)): Promise<string> {
  const ns = await freshNamespace(env.kube);
  const first = await env.run(configFor({ namespace: ns, 'release-id': 'r1' }), appsOf(specs, ns));
  expect(first.outcome.error).toBeUndefined();
  return ns;
}

/** Runs `fn` with traffic through every app's live Service; asserts none failed or was misrouted. */
async function underTraffic<T>(
  ns: string,
  apps: readonly string[],
  fn: () => Promise<T>,
): Promise<{ value: T; reports: LoadReport[] }> {
  const loads = await Promise.all(apps.map((a) => traffic(sb, ns, a)));
  let value: T;
  try {
    value = await fn();
  } finally {
    // A short tail: requests keep flowing after the last change.
    await new Promise((r) => setTimeout(r, 60));
  }
  const reports = await Promise.all(loads.map((l) => l.stop()));
  for (const report of reports) {
    expect(report.sent).toBeGreaterThan(20);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.misrouted).toBe(0);
  }
  return { value: value!, reports };
}

const deployR2 = (ns: string, inputs: Record<string, string> = {}, specs = web(V2)) =>
  [configFor({ namespace: ns, 'release-id': 'r2', ...inputs }), appsOf(specs, ns)] as const;

async function expectLive(ns: string, app: string, color: string, state: Record<string, string>) {
  const live = await liveService(env.kube, ns, app);
  expect(live.spec.selector['medimind.io/color']).toBe(color);
  expect(live.metadata.annotations).toMatchObject(state);
  const pods = await endpointPods(env.kube, ns, app);
  expect(pods.length).toBeGreaterThan(0);
  expect(pods.every((p) => p.startsWith(`${app}-${color}-`))).toBe(true);
}

function failure(run: Run): ActionFailure {
  expect(run.outcome.error).toBeInstanceOf(ActionFailure);
  return run.outcome.error as ActionFailure;
}

describe('deploy', () => {
  it('happy path: r2 goes live on green; blue kept for the delay, then scaled down', async () => {
    const ns = await baseline();
    const { value: run, reports } = await underTraffic(ns, ['web'], () =>
      env.run(
        ...deployR2(ns, {
          'smoke-checks': '- path: /healthz\n  body: \'"version":"2\\.0\\.0"\'',
          analysis:
            'interval: 50ms\ncount: 3\nidentity: {header: X-Sandbox-Pod}\nchecks:\n  - http: /\n    body: \'"color":"green"\'',
        }),
      ),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome).toMatchObject({
      activeColor: 'green',
      previousColor: 'blue',
      releaseId: 'r2',
      rolledBack: false,
    });
    expect(Date.parse(run.outcome.switchedAt)).toBeGreaterThan(0);
    expect(reports[0]!.byVersion['2.0.0']).toBeGreaterThan(0);
    expect(reports[0]!.byVersion['1.0.0']).toBeGreaterThan(0);
    await expectLive(ns, 'web', 'green', {
      [Annotations.ActiveColor]: 'green',
      [Annotations.PreviousColor]: 'blue',
      [Annotations.ReleaseId]: 'r2',
      [Annotations.PreviousReleaseId]: 'r1',
      [Annotations.PreviousDeployment]: 'web-blue',
      [Annotations.Phase]: 'complete',
      [Annotations.RunUrl]: 'https://github.com/medimind/delivery/actions/runs/1',
      [Annotations.Actor]: 'tester',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(0);
    expect(run.timeline.entries.map((e) => [e.phase, e.status])).toEqual([
      ['Lock', 'ok'],
      ['Read state', 'ok'],
      ['Apply idle colour', 'ok'],
      ['Wait for rollout', 'ok'],
      ['Smoke checks', 'ok'],
      ['Switch', 'ok'],
      ['Confirm live endpoints', 'ok'],
      ['Analysis', 'ok'],
      ['Scale down old colour', 'ok'],
    ]);
    // The lock is released; the preview Service follows the new colour.
    expect(await env.kube.get(paths.lease(ns, leaseName('web')))).toBeUndefined();
    const preview = await liveService(env.kube, ns, 'web-preview');
    expect(preview.spec.selector['medimind.io/color']).toBe('green');
    const events = await env.kube.list(paths.events(ns), {
      fieldSelector: 'involvedObject.name=web',
    });
    expect(events.items.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['BlueGreenApplied', 'BlueGreenSwitched', 'BlueGreenComplete']),
    );
  });

  it('first deploy: creates the Services on blue and records the state', async () => {
    const ns = await freshNamespace(env.kube);
    const run = await env.run(
      configFor({ namespace: ns, 'release-id': 'r1' }),
      appsOf(web(V1), ns),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome).toMatchObject({
      activeColor: 'blue',
      previousColor: '',
      rolledBack: false,
    });
    await expectLive(ns, 'web', 'blue', {
      [Annotations.ActiveColor]: 'blue',
      [Annotations.ReleaseId]: 'r1',
      [Annotations.Phase]: 'complete',
    });
    const report = await (await traffic(sb, ns, 'web')).stop();
    expect(report.failed).toBe(0);
  });

  it('a Service listed before its Deployment is handled the same', async () => {
    const ns = await baseline(web(V1, { servicesFirst: true }));
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, {}, web(V2, { servicesFirst: true }))),
    );
    expect(run.outcome.error).toBeUndefined();
    await expectLive(ns, 'web', 'green', { [Annotations.Phase]: 'complete' });
  });

  it('migration: a colourless Deployment behind a colourless selector is replaced without a failed request', async () => {
    const ns = await freshNamespace(env.kube);
    const labels = { 'app.kubernetes.io/name': 'web' };
    await env.kube.create(paths.deployments(ns), {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'web', image: 'registry.local/web:0.9.0' }] },
        },
      },
    });
    await env.kube.create(paths.services(ns), {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 80 }] },
    });
    await waitFor(async () => (await endpointPods(env.kube, ns, 'web')).length === 2);
    // ...and the Service's proxy has them (after the sandbox's propagation lag).
    const url = await sb.dataPlane.serviceUrl(ns, 'web');
    await waitFor(async () => (await fetch(url).catch(() => undefined))?.status === 200);
    const { value: run, reports } = await underTraffic(ns, ['web'], () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r1' }), appsOf(web(V1), ns)),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome.activeColor).toBe('blue');
    expect(reports[0]!.byVersion['0.9.0']).toBeGreaterThan(0);
    await expectLive(ns, 'web', 'blue', {
      [Annotations.PreviousDeployment]: 'web',
      [Annotations.Phase]: 'complete',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web')).toBe(0);
  });

  it('the same release twice is a no-op', async () => {
    const ns = await baseline();
    const before = await liveService(env.kube, ns, 'web');
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r1' }), appsOf(web(V1), ns)),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome).toMatchObject({ noop: true, activeColor: 'blue', releaseId: 'r1' });
    const after = await liveService(env.kube, ns, 'web');
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(await env.kube.get(paths.deployment(ns, 'web-green'))).toBeUndefined();
  });

  it.each([
    ['never pulls', { kind: 'pull-error' } as const, /ImagePullBackOff|ErrImagePull/],
    ['crash-loops', { kind: 'crash-loop' } as const, /CrashLoopBackOff|restarted/],
    ['exceeds its progress deadline', { kind: 'never-ready' } as const, /ProgressDeadlineExceeded/],
  ])(
    'idle colour that %s: no switch, blue untouched, idle removed',
    async (_name, fault, message) => {
      const ns = await baseline();
      sb.control.faults.image(V2, fault);
      const { value: run } = await underTraffic(ns, ['web'], () => env.run(...deployR2(ns)));
      const error = failure(run);
      expect(error.reason).toBe(Reasons.RolloutFailed);
      expect(error.message).toMatch(message);
      await expectLive(ns, 'web', 'blue', {
        [Annotations.ReleaseId]: 'r1',
        [Annotations.Phase]: 'failed',
        [Annotations.FailedReleaseId]: 'r2',
      });
      expect(await env.kube.get(paths.deployment(ns, 'web-green'))).toBeUndefined();
      expect(run.outcome.rolledBack).toBe(false);
    },
  );

  it('a failing smoke check: no switch, idle colour removed', async () => {
    const ns = await baseline();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, { 'smoke-checks': '- path: /\n  body: nope\n  retries: 1' })),
    );
    expect(failure(run).reason).toBe(Reasons.SmokeFailed);
    await expectLive(ns, 'web', 'blue', { [Annotations.Phase]: 'failed' });
    expect(await env.kube.get(paths.deployment(ns, 'web-green'))).toBeUndefined();
  });

  it('failed analysis: switched back automatically; live endpoints are blue pods', async () => {
    const ns = await baseline();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        ...deployR2(ns, {
          analysis:
            'interval: 30ms\ncount: 4\nfailure-limit: 1\ninitial-delay: 100ms\nchecks:\n  - http: /\n    body: \'"version":"1\\.0\\.0"\'',
        }),
      ),
    );
    expect(failure(run).reason).toBe(Reasons.AnalysisFailed);
    expect(run.outcome).toMatchObject({
      rolledBack: true,
      activeColor: 'blue',
      previousColor: 'green',
    });
    await expectLive(ns, 'web', 'blue', {
      [Annotations.ActiveColor]: 'blue',
      [Annotations.ReleaseId]: 'r1',
      [Annotations.Phase]: 'rolled-back',
      [Annotations.FailedReleaseId]: 'r2',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
    expect(await deploymentReplicas(env.kube, ns, 'web-green')).toBe(0);
  });

  it('a Prometheus query over its threshold after the switch: rolled back to blue', async () => {
    const ns = await baseline();
    let queries = 0;
    const prometheus = createServer((_req, res) => {
      queries++;
      res.setHeader('Content-Type', 'application/json');
      // Documented instant-query answer (prometheus.io/docs/prometheus/latest/querying/api/).
      res.end(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: {}, value: [Date.now() / 1000, '0.12'] }],
          },
        }),
      );
    });
    await new Promise<void>((r) => prometheus.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
    try {
      const { value: run } = await underTraffic(ns, ['web'], () =>
        env.run(
          ...deployR2(ns, {
            'prometheus-url': url,
            analysis:
              'interval: 30ms\ncount: 3\ninitial-delay: 100ms\nchecks:\n  - prometheus: sum(rate(http_errors[1m]))\n    name: error rate\n    max: 0.05',
          }),
        ),
      );
      const error = failure(run);
      expect(error.reason).toBe(Reasons.AnalysisFailed);
      expect(error.message).toContain('error rate ≤ 0.05: value 0.12');
      expect(queries).toBe(1);
      expect(run.outcome.rolledBack).toBe(true);
      await expectLive(ns, 'web', 'blue', {
        [Annotations.Phase]: 'rolled-back',
        [Annotations.FailedReleaseId]: 'r2',
      });
    } finally {
      prometheus.close();
    }
  });

  it('an HPA present: the idle colour is pre-scaled to the live replica count', async () => {
    const specs = web(V1, { hpa: { min: 2, max: 6 }, replicas: undefined });
    const ns = await baseline(specs);
    await env.kube.patch(paths.deployment(ns, 'web-blue'), { spec: { replicas: 4 } });
    await waitFor(async () => (await endpointPods(env.kube, ns, 'web')).length === 4);
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, {}, web(V2, { hpa: { min: 2, max: 6 }, replicas: undefined }))),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(await deploymentReplicas(env.kube, ns, 'web-green')).toBe(4);
    expect((await endpointPods(env.kube, ns, 'web')).length).toBe(4);
    const hpa = await env.kube.get(paths.hpa(ns, 'web-green'));
    expect(hpa?.spec.minReplicas).toBe(2);
    expect(hpa?.spec.scaleTargetRef.name).toBe('web-green');
  });

  it('three apps, one fails: nothing is switched', async () => {
    const specs: AppSpec[] = ['api', 'ml', 'web'].map((app) => ({
      app,
      image: `registry.local/${app}:1.0.0`,
      replicas: 1,
    }));
    const ns = await baseline(specs);
    sb.control.faults.image('registry.local/ml:2.0.0', { kind: 'pull-error' });
    const next = specs.map((s) => ({ ...s, image: s.image.replace('1.0.0', '2.0.0') }));
    const { value: run } = await underTraffic(ns, ['api', 'ml', 'web'], () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r2' }), appsOf(next, ns)),
    );
    expect(failure(run).reason).toBe(Reasons.RolloutFailed);
    for (const app of ['api', 'ml', 'web']) {
      await expectLive(ns, app, 'blue', { [Annotations.ReleaseId]: 'r1' });
    }
  });

  it('three apps switch together', async () => {
    const specs: AppSpec[] = ['api', 'ml', 'web'].map((app) => ({
      app,
      image: `registry.local/${app}:1.0.0`,
      replicas: 1,
    }));
    const ns = await baseline(specs);
    const next = specs.map((s) => ({ ...s, image: s.image.replace('1.0.0', '2.0.0') }));
    const { value: run } = await underTraffic(ns, ['api', 'ml', 'web'], () =>
      env.run(configFor({ namespace: ns, 'release-id': 'r2' }), appsOf(next, ns)),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome.activeColor).toBe('green');
    for (const app of ['api', 'ml', 'web']) {
      await expectLive(ns, app, 'green', { [Annotations.ReleaseId]: 'r2' });
    }
  });

  it('429, 500 and connection resets on API calls are retried with the same result', async () => {
    const ns = await baseline();
    const f = sb.control.faults;
    const hits = [
      f.api({ verb: 'get', resource: 'services', status: 429, times: 2 }),
      f.api({ verb: 'update', resource: 'services', status: 500, times: 1 }),
      f.api({ verb: 'create', resource: 'deployments', reset: true, times: 1 }),
      f.api({ verb: 'list', resource: 'endpointslices', status: 503, times: 2 }),
      f.api({ verb: 'create', resource: 'leases', status: 500, times: 1 }),
    ];
    const { value: run } = await underTraffic(ns, ['web'], () => env.run(...deployR2(ns)));
    expect(run.outcome.error).toBeUndefined();
    expect(hits.map((h) => h.hits)).toEqual([2, 1, 1, 2, 1]);
    await expectLive(ns, 'web', 'green', { [Annotations.Phase]: 'complete' });
  });

  it('watch streams that drop are resumed', async () => {
    const ns = await baseline();
    // Slow pods: the action is certainly watching when the streams are cut.
    sb.control.timing.podReadyDelayMs = 400;
    let dropped = 0;
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns), {
        onStep: (s) => {
          if (s !== 'applied') return;
          // In the background, while the action waits: cut its watches as soon as they are open.
          void (async () => {
            for (let i = 0; i < 100 && dropped === 0; i++) {
              await new Promise((r) => setTimeout(r, 3));
              dropped += sb.control.faults.dropWatches({ reset: true });
            }
          })();
        },
      }),
    );
    expect(dropped).toBeGreaterThan(0);
    expect(run.outcome.error).toBeUndefined();
  });
});

describe('guard rails', () => {
  it('dry-run reads the state and changes nothing', async () => {
    const ns = await baseline();
    const before = await liveService(env.kube, ns, 'web');
    const run = await env.run(...deployR2(ns, { 'dry-run': 'true' }));
    expect(run.outcome.error).toBeUndefined();
    expect(run.timeline.entries.at(-1)).toMatchObject({
      phase: 'Apply idle colour',
      status: 'skipped',
      note: expect.stringContaining('would deploy web-green (colored)'),
    });
    expect((await liveService(env.kube, ns, 'web')).metadata.resourceVersion).toBe(
      before.metadata.resourceVersion,
    );
    expect(await env.kube.get(paths.deployment(ns, 'web-green'))).toBeUndefined();
  });

  it('RBAC refusing a call fails clearly, naming the call and the Role', async () => {
    const ns = await freshNamespace(env.kube);
    sb.control.faults.api({ verb: 'create', resource: 'services', status: 403 });
    const run = await env.run(
      configFor({ namespace: ns, 'release-id': 'r1' }),
      appsOf(web(V1), ns),
    );
    const error = failure(run);
    expect(error.reason).toBe('forbidden');
    expect(error.message).toMatch(/POST \/api\/v1\/namespaces\/.*\/services: 403 .*deployer Role/);
  });

  it('losing the lock to another run mid-analysis: stops and puts traffic back on blue', async () => {
    const ns = await baseline();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        ...deployR2(ns, {
          analysis: 'interval: 50ms\ncount: 40\ninitial-delay: 100ms\nchecks:\n  - http: /',
        }),
        {
          onStep: async (s) => {
            if (s !== 'switched') return;
            const path = paths.lease(ns, leaseName('web'));
            const lease = (await env.kube.get(path))!;
            await env.kube.replace(path, {
              ...lease,
              spec: {
                ...lease.spec,
                holderIdentity: 'https://github.com/medimind/delivery/actions/runs/99/attempts/1',
              },
            });
          },
        },
      ),
    );
    expect(failure(run).reason).toBe(Reasons.LockLost);
    expect(run.outcome.rolledBack).toBe(true);
    await expectLive(ns, 'web', 'blue', {
      [Annotations.ReleaseId]: 'r1',
      [Annotations.Phase]: 'rolled-back',
    });
    // The other run's lease is not ours to delete.
    expect((await env.kube.get(paths.lease(ns, leaseName('web'))))?.spec.holderIdentity).toContain(
      '/runs/99/',
    );
  });
});

describe('conflicts', () => {
  it('a forced 409 on the switch is re-read and decided (selector unchanged: switched)', async () => {
    const ns = await baseline();
    const conflict = sb.control.faults.api({
      verb: 'update',
      resource: 'services',
      name: 'web',
      conflict: true,
      times: 1,
    });
    const { value: run } = await underTraffic(ns, ['web'], () => env.run(...deployR2(ns)));
    expect(run.outcome.error).toBeUndefined();
    expect(conflict.hits).toBe(1);
    await expectLive(ns, 'web', 'green', { [Annotations.Phase]: 'complete' });
  });

  it('the selector edited between read and switch is a conflict: nothing overwritten', async () => {
    const ns = await baseline();
    const edited = { 'medimind.io/color': 'blue' };
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns), {
        onStep: async (s) => {
          if (s !== 'smoke-passed') return;
          const svc = await liveService(env.kube, ns, 'web');
          await env.kube.replace(paths.service(ns, 'web'), {
            ...svc,
            spec: { ...svc.spec, selector: edited },
          });
        },
      }),
    );
    expect(failure(run).reason).toBe(Reasons.SwitchConflict);
    const live = await liveService(env.kube, ns, 'web');
    expect(live.spec.selector).toEqual(edited);
    expect(live.metadata.annotations?.[Annotations.ReleaseId]).toBe('r1');
  });
});

describe('lock', () => {
  async function holdLease(ns: string, holder: string, renewedMsAgo: number): Promise<K8sObject> {
    return env.kube.create(paths.leases(ns), {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: leaseName('web'), namespace: ns },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: 30,
        renewTime: microTime(Date.now() - renewedMsAgo),
      },
    });
  }

  it('a live lease held by another run: waits lock-timeout, then fails naming the holder', async () => {
    const ns = await baseline();
    const other = 'https://github.com/medimind/delivery/actions/runs/77/attempts/1';
    await holdLease(ns, other, 0);
    const started = Date.now();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(
        ...(() => {
          const [cfg, apps] = deployR2(ns, { 'lock-timeout': '400ms' });
          return [cfg, apps] as const;
        })(),
      ),
    );
    const error = failure(run);
    expect(error.reason).toBe(Reasons.LockHeld);
    expect(error.message).toContain(other);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    await expectLive(ns, 'web', 'blue', { [Annotations.ReleaseId]: 'r1' });
  });

  it('a stale lease (holder stopped renewing) is taken over', async () => {
    const ns = await baseline();
    await holdLease(ns, 'https://github.com/medimind/delivery/actions/runs/66/attempts/1', 60_000);
    const { value: run } = await underTraffic(ns, ['web'], () => env.run(...deployR2(ns)));
    expect(run.outcome.error).toBeUndefined();
    expect(run.timeline.entries[0]!.note).toContain('taken over from');
    await expectLive(ns, 'web', 'green', { [Annotations.ReleaseId]: 'r2' });
  });

  it('two runs at once: the second waits for the first, then deploys its release', async () => {
    const ns = await baseline();
    const [cfgA, apps] = deployR2(ns);
    const cfgB: Config = {
      ...configFor(
        { namespace: ns, 'release-id': 'r3', 'lock-timeout': '20s' },
        { GITHUB_RUN_ID: '2' },
      ),
    };
    const { value } = await underTraffic(ns, ['web'], () =>
      Promise.all([
        env.run(cfgA, apps),
        env.run(cfgB, appsOf(web('registry.local/web:3.0.0'), ns)),
      ]),
    );
    const [a, b] = value;
    expect(a.outcome.error).toBeUndefined();
    expect(b.outcome.error).toBeUndefined();
    await expectLive(ns, 'web', 'blue', {
      [Annotations.ReleaseId]: 'r3',
      [Annotations.PreviousReleaseId]: 'r2',
    });
  });
});

describe('cancellation', () => {
  it.each<[Step, string]>([
    ['applied', 'after apply'],
    ['switched', 'after the switch'],
    ['analysis-round', 'during analysis'],
  ])('cancelled %s: traffic stays on (or returns to) blue; a rerun converges', async (at) => {
    const ns = await baseline();
    const controller = new AbortController();
    const analysis = 'interval: 40ms\ncount: 5\ninitial-delay: 100ms\nchecks:\n  - http: /';
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, { analysis }), {
        signal: controller.signal,
        onStep: (s) => {
          if (s === at) controller.abort(new CancelledError('SIGTERM'));
        },
      }),
    );
    expect(run.outcome.error).toBeInstanceOf(CancelledError);
    await expectLive(ns, 'web', 'blue', { [Annotations.ReleaseId]: 'r1' });
    expect(run.outcome.rolledBack).toBe(at !== 'applied');
    expect(await env.kube.get(paths.lease(ns, leaseName('web')))).toBeUndefined();

    const { value: rerun } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, { analysis })),
    );
    expect(rerun.outcome.error).toBeUndefined();
    await expectLive(ns, 'web', 'green', {
      [Annotations.ReleaseId]: 'r2',
      [Annotations.Phase]: 'complete',
    });
  });

  it('cancelled during the scale-down delay: green stays live; a rerun of the release finishes the scale-down', async () => {
    const ns = await baseline();
    const controller = new AbortController();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, { 'scale-down-delay': '30s' }), {
        signal: controller.signal,
        onStep: (s) => {
          if (s === 'analysis-passed') controller.abort(new CancelledError('SIGINT'));
        },
      }),
    );
    expect(run.outcome.error).toBeInstanceOf(CancelledError);
    expect(run.outcome).toMatchObject({ activeColor: 'green', rolledBack: false });
    await expectLive(ns, 'web', 'green', {
      [Annotations.Phase]: 'succeeded',
      [Annotations.ReleaseId]: 'r2',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);

    const { value: rerun } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns, { 'scale-down-delay': '0s' })),
    );
    expect(rerun.outcome).toMatchObject({ noop: true, activeColor: 'green' });
    expect(rerun.timeline.entries.map((e) => e.phase)).toContain('Converge');
    await expectLive(ns, 'web', 'green', { [Annotations.Phase]: 'complete' });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(0);
  });

  it('killed after the switch with no chance to clean up: a rerun undoes the unverified switch, then converges', async () => {
    const ns = await baseline();
    const controller = new AbortController();
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.run(...deployR2(ns), {
        signal: controller.signal,
        cleanupTimeoutMs: 200,
        onStep: (s) => {
          if (s !== 'switched') return;
          // The API becomes unreachable for this run: nothing can be put back.
          sb.control.faults.api({ verb: ['update', 'patch', 'create', 'delete'], status: 503 });
          controller.abort(new CancelledError('SIGKILL' as NodeJS.Signals));
        },
      }),
    );
    sb.control.faults.clear();
    expect(run.outcome.error).toBeInstanceOf(CancelledError);
    const left = await liveService(env.kube, ns, 'web');
    expect(left.metadata.annotations?.[Annotations.Phase]).toBe('switched');
    expect(left.spec.selector['medimind.io/color']).toBe('green');

    const { value: rerun } = await underTraffic(ns, ['web'], () =>
      env.run(
        configFor({ namespace: ns, 'release-id': 'r3' }),
        appsOf(web('registry.local/web:3.0.0'), ns),
      ),
    );
    expect(rerun.outcome.error).toBeUndefined();
    expect(rerun.timeline.entries.map((e) => e.phase)).toContain('Undo interrupted switch');
    await expectLive(ns, 'web', 'green', {
      [Annotations.ReleaseId]: 'r3',
      [Annotations.PreviousReleaseId]: 'r1',
      [Annotations.Phase]: 'complete',
    });
  });
});

describe('rollback mode', () => {
  it('switches back to the previous colour (scaled up again first)', async () => {
    const ns = await baseline();
    const r2 = await env.run(...deployR2(ns));
    expect(r2.outcome.error).toBeUndefined();
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(0);
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.rollback(configFor({ namespace: ns, mode: 'rollback', manifests: '' }), ['web']),
    );
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome).toMatchObject({
      activeColor: 'blue',
      previousColor: 'green',
      releaseId: 'r1',
      rolledBack: true,
    });
    await expectLive(ns, 'web', 'blue', {
      [Annotations.ReleaseId]: 'r1',
      [Annotations.PreviousReleaseId]: 'r2',
      [Annotations.Phase]: 'rolled-back',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-green')).toBe(0);
  });

  it('without a previous colour: fails loudly and changes nothing', async () => {
    const ns = await baseline();
    const before = await liveService(env.kube, ns, 'web');
    const { value: run } = await underTraffic(ns, ['web'], () =>
      env.rollback(configFor({ namespace: ns, mode: 'rollback', manifests: '' }), ['web']),
    );
    const error = failure(run);
    expect(error.reason).toBe(Reasons.NothingToRollBack);
    expect(error.message).toMatch(/no previous colour/);
    const after = await liveService(env.kube, ns, 'web');
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
