import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../sandbox/index';
import { Annotations } from '../src/constants';
import {
  appsOf,
  configFor,
  deploymentReplicas,
  type Env,
  endpointPods,
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

const IMAGE_1 = 'registry.local/web:1.0.0';
const IMAGE_2 = 'registry.local/web:2.0.0';

describe('blue-green against the sandbox', () => {
  it('happy path: blue live, release 2 goes to green with zero failed or misrouted requests', async () => {
    const ns = await freshNamespace(env.kube);
    const apps1 = appsOf([{ app: 'web', image: IMAGE_1, replicas: 2 }], ns);
    const first = await env.run(configFor({ namespace: ns, 'release-id': 'r1' }), apps1);
    expect(first.outcome.error).toBeUndefined();
    expect(first.outcome.activeColor).toBe('blue');

    const load = await traffic(sb, ns, 'web');
    const apps2 = appsOf([{ app: 'web', image: IMAGE_2, replicas: 2 }], ns);
    const second = await env.run(
      configFor({
        namespace: ns,
        'release-id': 'r2',
        'smoke-checks': '- path: /healthz\n  body: "2\\\\.0\\\\.0"',
      }),
      apps2,
    );
    const report = await load.stop();
    expect(second.outcome.error).toBeUndefined();
    expect(second.outcome).toMatchObject({
      activeColor: 'green',
      previousColor: 'blue',
      rolledBack: false,
    });
    expect(report.sent).toBeGreaterThan(50);
    expect(report.failed).toBe(0);
    expect(report.misrouted).toBe(0);
    expect(report.byVersion['2.0.0']).toBeGreaterThan(0);
    const live = await liveService(env.kube, ns, 'web');
    expect(live.spec.selector['medimind.io/color']).toBe('green');
    expect(live.metadata.annotations).toMatchObject({
      [Annotations.ActiveColor]: 'green',
      [Annotations.PreviousColor]: 'blue',
      [Annotations.ReleaseId]: 'r2',
      [Annotations.PreviousReleaseId]: 'r1',
      [Annotations.Phase]: 'complete',
    });
    expect(await deploymentReplicas(env.kube, ns, 'web-blue')).toBe(0);
    expect(second.timeline.entries.map((e) => e.phase)).toEqual([
      'Lock',
      'Read state',
      'Apply idle colour',
      'Wait for rollout',
      'Smoke checks',
      'Switch',
      'Confirm live endpoints',
      'Analysis',
      'Scale down old colour',
    ]);
    const pods = await endpointPods(env.kube, ns, 'web');
    expect(pods.every((p) => p.startsWith('web-green-'))).toBe(true);
  });
});
