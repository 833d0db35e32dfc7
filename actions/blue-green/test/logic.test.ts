/** The pure decisions: manifests per app and the idle colour, lease, state, checks. */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../../k8s/test/helpers';
import { forwardProxy } from '../../_shared/testing/forward-proxy';
import {
  type HttpGet,
  prometheusQuery,
  runAnalysis,
  runHttpCheck,
  runPrometheusCheck,
  runSmokeChecks,
  serviceGetter,
} from '../src/checks';
import { parseAnalysis } from '../src/config';
import { Annotations, Defaults } from '../src/constants';
import type { K8sObject } from '../src/kube';
import { Kube } from '../src/kube';
import { decideLease, leaseName, microTime, renewIntervalMs } from '../src/lease';
import {
  groupApps,
  loadManifests,
  parseObjects,
  renderDeployment,
  renderHpa,
} from '../src/manifests';
import {
  type AppState,
  alreadyDeployed,
  deploymentAvailable,
  idleReplicas,
  planApp,
} from '../src/state';
import { endpointsOf, podProblem } from '../src/wait';
import { appsOf, manifestYaml } from './harness';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const hasKubectl = kubectlAvailable();

describe('manifests', () => {
  it.runIf(hasKubectl)(
    'k8s/overlays/staging (real kubectl kustomize) has two apps with HPAs and both Services',
    async () => {
      const objects = await loadManifests(['k8s/overlays/staging'], { cwd: repo });
      const { apps, ignored } = groupApps(objects, 'medimind');
      expect(apps.map((a) => a.app)).toEqual(['backend-api', 'ml-pipeline']);
      for (const a of apps) {
        expect(a.deployment.metadata.name).toBe(`${a.app}-blue`);
        expect(a.hpa?.spec.scaleTargetRef.name).toBe(`${a.app}-blue`);
        expect(a.liveService?.metadata.name).toBe(a.app);
        expect(a.previewService?.metadata.name).toBe(`${a.app}-preview`);
      }
      expect(ignored).toEqual(
        expect.arrayContaining(['PodDisruptionBudget/backend-api', 'Role/deployer']),
      );
    },
  );

  it('groups regardless of order and renders the idle colour everywhere it appears', () => {
    const [app] = appsOf(
      [{ app: 'web', image: 'r/web:1', hpa: { min: 2, max: 5 }, servicesFirst: true }],
      'ns',
    );
    const opts = {
      color: 'green' as const,
      namespace: 'ns',
      releaseId: 'r9',
      replicas: 4,
      images: new Map([['web', 'r/web:2']]),
    };
    const d = renderDeployment(app!, opts);
    expect(d.metadata).toMatchObject({
      name: 'web-green',
      namespace: 'ns',
      labels: { 'medimind.io/color': 'green' },
      annotations: { [Annotations.ReleaseId]: 'r9' },
    });
    expect(d.spec.replicas).toBe(4);
    expect(d.spec.selector.matchLabels['medimind.io/color']).toBe('green');
    expect(d.spec.template.metadata.labels['medimind.io/color']).toBe('green');
    expect(d.spec.template.metadata.annotations[Annotations.ReleaseId]).toBe('r9');
    expect(d.spec.template.spec.containers[0].image).toBe('r/web:2');
    const h = renderHpa(app!, opts)!;
    expect(h.metadata.name).toBe('web-green');
    expect(h.spec.scaleTargetRef.name).toBe('web-green');
    // The manifests themselves are untouched.
    expect(app!.deployment.metadata.name).toBe('web-blue');
  });

  it('refuses :latest left in a manifest, naming the Deployment and container', () => {
    const [app] = appsOf([{ app: 'web', image: 'r/web:latest' }], 'ns');
    expect(() =>
      renderDeployment(app!, {
        color: 'blue',
        namespace: 'ns',
        releaseId: 'r',
        replicas: 1,
        images: new Map(),
      }),
    ).toThrow(/Deployment web-blue, container web: image "r\/web:latest" uses :latest/);
  });

  it('refuses two Deployments for one app and manifests without a Deployment', () => {
    const yaml = manifestYaml({ app: 'web', image: 'r/web:1' });
    const twice = `${yaml}---\n${yaml.replace('name: web-blue', 'name: web-green')}`;
    expect(() => groupApps(parseObjects('x', twice), 'ns')).toThrow(/more than one Deployment/);
    expect(() =>
      groupApps(parseObjects('x', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}'), 'ns'),
    ).toThrow(/no Deployment/);
  });
});

describe('lease decisions (injected clock)', () => {
  const lease = (holder: string, renewedAt: number, seconds = 30): K8sObject => ({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: 'l', resourceVersion: '1' },
    spec: {
      holderIdentity: holder,
      renewTime: microTime(renewedAt),
      leaseDurationSeconds: seconds,
    },
  });
  const me = 'https://github.com/o/r/actions/runs/5/attempts/2';
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('creates, renews, waits on a live holder, takes over a stale one', () => {
    expect(decideLease(undefined, me, now)).toEqual({ action: 'create' });
    expect(decideLease(lease(me, now - 1000), me, now)).toEqual({ action: 'renew' });
    const other = 'https://github.com/o/r/actions/runs/9/attempts/1';
    expect(decideLease(lease(other, now - 10_000), me, now)).toEqual({
      action: 'wait',
      holder: other,
      expiresAt: now + 20_000,
    });
    expect(decideLease(lease(other, now - 31_000), me, now)).toEqual({
      action: 'take-over',
      previous: other,
    });
    expect(decideLease(lease('', now), me, now)).toMatchObject({ action: 'take-over' });
  });

  it('an earlier attempt of the same run is dead: taken over at once', () => {
    const earlier = 'https://github.com/o/r/actions/runs/5/attempts/1';
    expect(decideLease(lease(earlier, now), me, now)).toEqual({
      action: 'take-over',
      previous: earlier,
    });
  });

  it('the same attempt with another nonce (another job or local process) is waited on', () => {
    const mine = 'https://github.com/o/r/actions/runs/5/attempts/2/jobs/release#aaaa';
    const sibling = 'https://github.com/o/r/actions/runs/5/attempts/2/jobs/release#bbbb';
    expect(decideLease(lease(sibling, now - 1000), mine, now)).toMatchObject({ action: 'wait' });
    expect(decideLease(lease(mine, now - 1000), mine, now)).toEqual({ action: 'renew' });
    const earlierJob = 'https://github.com/o/r/actions/runs/5/attempts/1/jobs/release#cccc';
    expect(decideLease(lease(earlierJob, now), mine, now)).toMatchObject({ action: 'take-over' });
  });

  it('a holder that missed two renewals is taken over (default lease: 4 s renewals, 10 s expiry)', () => {
    const seconds = Defaults.LeaseDurationSeconds;
    const interval = renewIntervalMs(seconds);
    const other = 'https://github.com/o/r/actions/runs/9/attempts/1/jobs/x#dead';
    expect(interval * 2).toBeLessThan(seconds * 1000);
    expect(interval * 3).toBeGreaterThan(seconds * 1000);
    expect(decideLease(lease(other, now - interval * 2, seconds), me, now)).toMatchObject({
      action: 'wait',
    });
    expect(decideLease(lease(other, now - seconds * 1000 - 1, seconds), me, now)).toMatchObject({
      action: 'take-over',
    });
    expect(seconds).toBeLessThanOrEqual(10);
  });

  it('names one lease per app', () => {
    expect(leaseName('web')).toBe('blue-green.web');
    expect(microTime(now + 123)).toBe('2026-01-01T00:00:00.123000Z');
  });
});

const svc = (
  selector: Record<string, string>,
  annotations: Record<string, string> = {},
): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', annotations },
  spec: { selector },
});
const dep = (name: string, replicas: number, ready = replicas): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, generation: 2 },
  spec: { replicas },
  status: {
    observedGeneration: 2,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: ready,
    availableReplicas: ready,
  },
});
const state = (s: Partial<AppState>): AppState => ({ app: 'web', deployments: {}, hpas: [], ...s });
const blue = { 'app.kubernetes.io/name': 'web', 'medimind.io/color': 'blue' };

describe('state', () => {
  it('plans first deploy, migration, a normal release and the undo of an interrupted switch', () => {
    expect(planApp(state({}))).toMatchObject({ kind: 'first', idle: 'blue' });
    expect(
      planApp(state({ live: svc({ 'app.kubernetes.io/name': 'web' }), legacy: dep('web', 2) })),
    ).toMatchObject({
      kind: 'migration',
      idle: 'blue',
    });
    expect(
      planApp(state({ live: svc(blue), deployments: { blue: dep('web-blue', 2) } })),
    ).toMatchObject({
      kind: 'colored',
      stable: 'blue',
      idle: 'green',
    });
    const interrupted = svc(
      { ...blue, 'medimind.io/color': 'green' },
      { [Annotations.Phase]: 'switched', [Annotations.PreviousSelector]: JSON.stringify(blue) },
    );
    expect(
      planApp(
        state({
          live: interrupted,
          deployments: { blue: dep('web-blue', 2), green: dep('web-green', 2) },
        }),
      ),
    ).toMatchObject({ stable: 'blue', revertTo: blue, idle: 'green' });
    // ...unless the old colour is gone: then the live colour is all there is.
    expect(
      planApp(state({ live: interrupted, deployments: { green: dep('web-green', 2) } })),
    ).toMatchObject({
      stable: 'green',
      idle: 'blue',
    });
  });

  it('is a no-op only for the same release, verified, on a healthy colour', () => {
    const done = svc(blue, {
      [Annotations.ReleaseId]: 'r1',
      [Annotations.ActiveColor]: 'blue',
      [Annotations.Phase]: 'complete',
    });
    expect(
      alreadyDeployed([state({ live: done, deployments: { blue: dep('web-blue', 2) } })], 'r1'),
    ).toBe(true);
    expect(
      alreadyDeployed([state({ live: done, deployments: { blue: dep('web-blue', 2) } })], 'r2'),
    ).toBe(false);
    expect(
      alreadyDeployed([state({ live: done, deployments: { blue: dep('web-blue', 2, 1) } })], 'r1'),
    ).toBe(false);
    const unverified = svc(blue, { ...done.metadata.annotations, [Annotations.Phase]: 'switched' });
    expect(
      alreadyDeployed(
        [state({ live: unverified, deployments: { blue: dep('web-blue', 2) } })],
        'r1',
      ),
    ).toBe(false);
  });

  it('Available needs the current generation observed and every replica updated, ready, available', () => {
    expect(deploymentAvailable(dep('d', 3))).toBe(true);
    expect(deploymentAvailable(dep('d', 3, 2))).toBe(false);
    const stale = dep('d', 3);
    stale.status.observedGeneration = 1;
    expect(deploymentAvailable(stale)).toBe(false);
    const surplus = dep('d', 3);
    surplus.status.replicas = 4; // old pods still around
    expect(deploymentAvailable(surplus)).toBe(false);
  });

  it('pre-scales the idle colour to at least what serves now', () => {
    expect(idleReplicas(undefined, 3, dep('web-blue', 7))).toBe(7);
    expect(idleReplicas(2, undefined, undefined)).toBe(2);
    expect(idleReplicas(undefined, undefined, undefined)).toBe(1);
  });

  it('recognises pods that will never become ready', () => {
    const pod = (cs: object) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      status: { containerStatuses: [cs] },
    });
    expect(
      podProblem(pod({ name: 'c', state: { waiting: { reason: 'ImagePullBackOff' } } })),
    ).toMatch(/ImagePullBackOff/);
    expect(podProblem(pod({ name: 'c', restartCount: 3, state: { running: {} } }))).toMatch(
      /restarted 3 times/,
    );
    expect(
      podProblem(pod({ name: 'c', state: { waiting: { reason: 'ContainerCreating' } } })),
    ).toBeUndefined();
  });

  it('reads ready and not-ready endpoints from EndpointSlices', () => {
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 's' },
      endpoints: [
        { addresses: ['10.0.0.1'], conditions: { ready: true }, targetRef: { name: 'a' } },
        { addresses: ['10.0.0.2'], conditions: { ready: false }, targetRef: { name: 'b' } },
        {
          addresses: ['10.0.0.3'],
          conditions: { ready: true, terminating: true },
          targetRef: { name: 'c' },
        },
      ],
    };
    const eps = endpointsOf([slice]);
    expect([...eps.ready]).toEqual(['a']);
    expect([...eps.other].sort()).toEqual(['b', 'c']);
  });
});

describe('checks against a local HTTP server', () => {
  let server: Server;
  let url: string;
  let errorRate = '0.01';
  let flaky = 2;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      if (u.pathname === '/api/v1/query') {
        res.setHeader('Content-Type', 'application/json');
        if (u.searchParams.get('query') === 'broken(') {
          res.statusCode = 400;
          return res.end(
            JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error' }),
          );
        }
        const result =
          u.searchParams.get('query') === 'empty'
            ? []
            : [{ metric: { pod: 'a' }, value: [1700000000, errorRate] }];
        return res.end(
          JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }),
        );
      }
      if (u.pathname === '/flaky' && flaky-- > 0) {
        res.statusCode = 503;
        return res.end('warming up');
      }
      res.end(JSON.stringify({ version: '2.0.0', path: u.pathname }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const noSleep = async () => {};
  const get = (): HttpGet =>
    serviceGetter(
      new Kube({} as never),
      'ns',
      new Map([
        ['web-preview', url],
        ['web', url],
      ]),
    );

  it('passes, retries until healthy, and reports status and body mismatches', async () => {
    const check = { path: '/health', status: 200, body: /2\.0\.0/, retries: 0, timeoutMs: 1000 };
    expect(await runHttpCheck(get(), 'web-preview', check)).toMatchObject({
      ok: true,
      attempts: 1,
    });
    flaky = 2;
    expect(
      await runHttpCheck(
        get(),
        'web-preview',
        { ...check, path: '/flaky', retries: 3 },
        { sleep: noSleep },
      ),
    ).toMatchObject({
      ok: true,
      attempts: 3,
    });
    expect(await runHttpCheck(get(), 'web-preview', { ...check, body: /3\.0\.0/ })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('body does not match'),
    });
    const results = await runSmokeChecks(
      get(),
      [{ ...check, status: 204 }],
      [{ app: 'web', service: 'web-preview' }],
      { sleep: noSleep },
    );
    expect(results).toEqual([
      expect.objectContaining({ ok: false, detail: 'status 200, expected 204' }),
    ]);
  });

  it('evaluates Prometheus instant queries against thresholds', async () => {
    const q = prometheusQuery(url);
    errorRate = '0.01';
    expect(await runPrometheusCheck(q, { name: 'errors', query: 'rate', max: 0.05 })).toMatchObject(
      { ok: true },
    );
    errorRate = '0.2';
    expect(await runPrometheusCheck(q, { name: 'errors', query: 'rate', max: 0.05 })).toMatchObject(
      { ok: false, detail: 'value 0.2' },
    );
    expect(await runPrometheusCheck(q, { name: 'e', query: 'empty', max: 1 })).toMatchObject({
      ok: false,
      detail: 'no data',
    });
    expect(await runPrometheusCheck(q, { name: 'e', query: 'broken(', max: 1 })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('parse error'),
    });
  });

  it('service-urls and prometheus-url go through HTTP_PROXY unless NO_PROXY exempts them', async () => {
    const proxy = forwardProxy();
    await new Promise<void>((r) => proxy.server.listen(0, '127.0.0.1', r));
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    const target = new URL(url).host;
    try {
      process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
      delete process.env.NO_PROXY;
      expect((await get()('web', '/health', 1000)).status).toBe(200);
      errorRate = '0.01';
      expect(await prometheusQuery(url)('rate')).toEqual([0.01]);
      expect(proxy.seen.filter((s) => s.includes(target))).toHaveLength(2);
      process.env.NO_PROXY = '127.0.0.1';
      expect((await get()('web', '/health', 1000)).status).toBe(200);
      expect(proxy.seen).toHaveLength(2);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      proxy.server.close();
    }
  });

  it('fails the analysis once more rounds failed than failure-limit allows', async () => {
    const analysis = parseAnalysis(
      'interval: 1s\ncount: 5\nfailure-limit: 1\nchecks:\n  - prometheus: rate\n    max: 0.05\n  - http: /',
    )!;
    errorRate = '0.2';
    const failing = await runAnalysis(
      analysis,
      get(),
      [{ app: 'web', service: 'web' }],
      prometheusQuery(url),
      { sleep: noSleep },
    );
    expect(failing).toMatchObject({ ok: false, failures: 2 });
    expect(failing.rounds).toHaveLength(2);
    errorRate = '0.01';
    const passing = await runAnalysis(
      analysis,
      get(),
      [{ app: 'web', service: 'web' }],
      prometheusQuery(url),
      { sleep: noSleep },
    );
    expect(passing).toMatchObject({ ok: true, failures: 0 });
    expect(passing.rounds).toHaveLength(5);
  });
});
