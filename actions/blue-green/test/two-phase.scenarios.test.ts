/**
 * Two-phase cutover (issue 13): deploy with `scale-down: defer` keeps the old
 * colour while other steps verify the release, then `mode: finalize` scales
 * it down, or `mode: rollback` switches back to it. Traffic flows through the
 * live Service throughout; no request may fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../sandbox/index';
import { ActionFailure } from '../../_shared/src/errors';
import { setStdout } from '../../_shared/src/runner';
import { serviceGetter } from '../src/checks';
import type { Config } from '../src/config';
import { Annotations, Reasons } from '../src/constants';
import { finalize } from '../src/finalize';
import {
  appsOf,
  configFor,
  deploymentReplicas,
  type Env,
  environment,
  freshNamespace,
  liveService,
  openSandbox,
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

const web = (image: string) => [{ app: 'web', image, replicas: 2 }];
const V1 = 'registry.local/web:1.0.0';
const V2 = 'registry.local/web:2.0.0';

function runFinalize(cfg: Config, apps: string[]) {
  const restore = setStdout(() => {});
  return finalize(cfg, apps, {
    ...env.deps(),
    http: serviceGetter(env.kube, cfg.namespace, new Map()),
  }).finally(restore);
}

const finalizeCfg = (ns: string, releaseId: string) =>
  configFor({ namespace: ns, mode: 'finalize', manifests: '', 'release-id': releaseId });

/** Traffic through the live Service while `fn` runs; no request may fail. */
async function underTraffic<T>(ns: string, fn: () => Promise<T>): Promise<T> {
  let stopped: ReturnType<Awaited<ReturnType<typeof traffic>>['stop']>;
  const load = await traffic(sb, ns, 'web');
  let value: T;
  try {
    value = await fn();
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    stopped = load.stop();
  }
  const report = await stopped;
  expect(report.sent).toBeGreaterThan(20);
  expect(report.errors).toEqual([]);
  expect(report.failed).toBe(0);
  return value;
}

/** r1 live on blue, then r2 deployed with scale-down: defer (green live, blue still running). */
async function deferred(): Promise<string> {
  const ns = await freshNamespace(env.kube);
  const r1 = await env.run(configFor({ namespace: ns, 'release-id': 'r1' }), appsOf(web(V1), ns));
  expect(r1.outcome.error).toBeUndefined();
  const r2 = await underTraffic(ns, () =>
    env.run(
      configFor({
        namespace: ns,
        'release-id': 'r2',
        'scale-down': 'defer',
        'scale-down-delay': '0s',
      }),
      appsOf(web(V2), ns),
    ),
  );
  expect(r2.outcome.error).toBeUndefined();
  expect(r2.outcome).toMatchObject({
    activeColor: 'green',
    previousColor: 'blue',
    releaseId: 'r2',
  });
  const skipped = r2.timeline.entries.find((e) => e.phase === 'Scale down old colour');
  expect(skipped).toMatchObject({ status: 'skipped' });
  expect(skipped?.note).toMatch(/deferred.*web-blue/);
  const live = await liveService(env.kube, ns, 'web');
  expect(live.metadata.annotations?.[Annotations.Phase]).toBe('succeeded');
  expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
  return ns;
}

describe('scale-down: defer', () => {
  it('defer → finalize: the old colour is scaled down only by finalize, for this release only', async () => {
    const ns = await deferred();
    // Another release id: refused, nothing changed.
    const wrong = await runFinalize(finalizeCfg(ns, 'r9'), ['web']);
    expect(wrong.outcome.error).toBeInstanceOf(ActionFailure);
    expect((wrong.outcome.error as ActionFailure).reason).toBe(Reasons.ReleaseNotLive);
    expect((wrong.outcome.error as ActionFailure).message).toMatch(/live release is r2, not r9/);
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);

    const done = await underTraffic(ns, () => runFinalize(finalizeCfg(ns, 'r2'), ['web']));
    expect(done.outcome.error).toBeUndefined();
    expect(done.outcome).toMatchObject({
      activeColor: 'green',
      previousColor: 'blue',
      releaseId: 'r2',
      rolledBack: false,
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(0);
    const live = await liveService(env.kube, ns, 'web');
    expect(live.spec.selector['medimind.io/color']).toBe('green');
    expect(live.metadata.annotations?.[Annotations.Phase]).toBe('complete');

    // Again: a no-op.
    const again = await runFinalize(finalizeCfg(ns, 'r2'), ['web']);
    expect(again.outcome).toMatchObject({ noop: true });
    expect(again.outcome.error).toBeUndefined();
  });

  it('defer → rollback: traffic back on the kept colour at once; finalize then refuses', async () => {
    const ns = await deferred();
    const back = await underTraffic(ns, () =>
      env.rollback(configFor({ namespace: ns, mode: 'rollback', manifests: '' }), ['web']),
    );
    expect(back.outcome.error).toBeUndefined();
    expect(back.outcome).toMatchObject({
      activeColor: 'blue',
      previousColor: 'green',
      releaseId: 'r1',
      rolledBack: true,
    });
    const live = await liveService(env.kube, ns, 'web');
    expect(live.spec.selector['medimind.io/color']).toBe('blue');
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
    expect(await deploymentReplicas(env.kube, ns, 'web-green')).toBe(0);

    const refused = await runFinalize(finalizeCfg(ns, 'r2'), ['web']);
    expect((refused.outcome.error as ActionFailure).reason).toBe(Reasons.ReleaseNotLive);
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
  });

  it('finalize of a release whose analysis has not passed (phase switched) is refused', async () => {
    const ns = await deferred();
    await env.kube.patch(`/api/v1/namespaces/${ns}/services/web`, {
      metadata: { annotations: { [Annotations.Phase]: 'switched' } },
    });
    const refused = await runFinalize(finalizeCfg(ns, 'r2'), ['web']);
    expect((refused.outcome.error as ActionFailure).reason).toBe(Reasons.ReleaseNotLive);
    expect((refused.outcome.error as ActionFailure).message).toMatch(/analysis has not passed/);
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(2);
  });
});
