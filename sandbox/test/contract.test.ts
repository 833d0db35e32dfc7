/**
 * Contract suite: Kubernetes API behaviour the blue-green and readiness actions rely on,
 * exercised only through a kubeconfig (kubectl 1.32 and @kubernetes/client-node 1.4).
 * Runs against the sandbox by default; set CONTRACT_KUBECONFIG to run it unchanged against a
 * real cluster (see .github/workflows/e2e-kind.yml).
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  PatchStrategy,
  setHeaderOptions,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../k8s/test/helpers';
import { type Cluster, eventually, openCluster } from './harness';

const hasKubectl = kubectlAvailable();
let c: Cluster;
let core: CoreV1Api;
let apps: AppsV1Api;
const ns = `contract-${Date.now().toString(36)}`;
// agnhost netexec answers /hostname with the pod name on a real cluster; sandbox pods answer JSON.
const IMAGE_A = 'registry.k8s.io/e2e-test-images/agnhost:2.53';
const IMAGE_B = 'registry.k8s.io/e2e-test-images/agnhost:2.52';
const timeout = () => (c.real ? 180_000 : 15_000);

function deployment(name: string, color: string, image: string, replicas = 2) {
  const labels = { 'app.kubernetes.io/name': 'web', 'medimind.io/color': color };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels },
    spec: {
      replicas,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 2,
          containers: [
            {
              name: 'web',
              image,
              args: ['netexec', '--http-port=8080'],
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1 },
              env: [{ name: 'COLOR', value: color }],
            },
          ],
        },
      },
    },
  };
}

function service(name: string, color: string) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns },
    spec: {
      selector: { 'app.kubernetes.io/name': 'web', 'medimind.io/color': color },
      ports: [{ name: 'http', port: 80, targetPort: 'http' }],
    },
  };
}

async function apiError(
  p: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException) {
      const body = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
      return { code: e.code, body };
    }
    throw e;
  }
  throw new Error('expected the API call to fail');
}

/** Pod names answering through the Service (API server service proxy). */
async function answeringPods(svc: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await c.kubectl([
      'get',
      '--raw',
      `/api/v1/namespaces/${ns}/services/${svc}:http/proxy/hostname`,
    ]);
    if (r.code !== 0) throw new Error(`service proxy failed: ${r.stderr}`);
    const text = r.stdout.trim();
    out.push(text.startsWith('{') ? JSON.parse(text).pod : text);
  }
  return out;
}

describe.skipIf(!hasKubectl)('Kubernetes API contract (kubectl + client-node)', () => {
  beforeAll(async () => {
    c = await openCluster();
    core = c.kc.makeApiClient(CoreV1Api);
    apps = c.kc.makeApiClient(AppsV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } });
  });

  afterAll(async () => {
    if (c?.real) await c.kubectl(['delete', 'namespace', ns, '--wait=false']);
    await c?.close();
  });

  it('serves discovery that kubectl understands', async () => {
    const r = await c.kubectl(['api-resources', '-o', 'name']);
    expect(r.code, r.stderr).toBe(0);
    const names = r.stdout.split('\n');
    for (const n of [
      'deployments.apps',
      'endpointslices.discovery.k8s.io',
      'horizontalpodautoscalers.autoscaling',
      'leases.coordination.k8s.io',
      'pods',
      'services',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('creates, reads, and rejects duplicates, stale writes and missing objects with Status objects', async () => {
    const cm = await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: 'cfg', labels: { tier: 'a' } }, data: { k: 'v1' } },
    });
    expect(cm.metadata?.uid).toMatch(/[0-9a-f-]{36}/);
    expect(cm.metadata?.creationTimestamp).toBeInstanceOf(Date);
    const dup = await apiError(
      core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'cfg' } } }),
    );
    expect(dup.code).toBe(409);
    expect(dup.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      code: 409,
    });

    const updated = await core.replaceNamespacedConfigMap({
      name: 'cfg',
      namespace: ns,
      body: { ...cm, data: { k: 'v2' } },
    });
    expect(Number(updated.metadata?.resourceVersion)).not.toBe(
      Number(cm.metadata?.resourceVersion),
    );
    const stale = await apiError(
      core.replaceNamespacedConfigMap({
        name: 'cfg',
        namespace: ns,
        body: { ...cm, data: { k: 'v3' } },
      }),
    );
    expect(stale.code).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'Conflict' });
    expect(String(stale.body.message)).toContain('the object has been modified');

    const missing = await apiError(core.readNamespacedConfigMap({ name: 'nope', namespace: ns }));
    expect(missing.code).toBe(404);
    expect(missing.body).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'configmaps' },
    });

    const bad = await apiError(
      apps.createNamespacedDeployment({
        namespace: ns,
        body: {
          ...deployment('bad', 'blue', IMAGE_A),
          spec: {
            ...deployment('bad', 'blue', IMAGE_A).spec,
            selector: { matchLabels: { other: 'x' } },
          },
        },
      }),
    );
    expect(bad.code).toBe(422);
    expect(bad.body).toMatchObject({ reason: 'Invalid' });
  });

  it('patches with merge, strategic merge and JSON patch', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('patchme', 'patch', IMAGE_A, 0),
    });
    // strategic merge: the container list merges by name, env by name
    await apps.patchNamespacedDeployment(
      {
        name: 'patchme',
        namespace: ns,
        body: {
          spec: {
            template: {
              spec: { containers: [{ name: 'web', env: [{ name: 'EXTRA', value: '1' }] }] },
            },
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    let d = await apps.readNamespacedDeployment({ name: 'patchme', namespace: ns });
    const ctr = d.spec!.template.spec!.containers[0]!;
    expect(ctr.image).toBe(IMAGE_A);
    expect(ctr.env?.map((e) => e.name).sort()).toEqual(['COLOR', 'EXTRA']);
    expect(d.metadata?.generation).toBe(2);
    // merge patch replaces lists
    await apps.patchNamespacedDeployment(
      { name: 'patchme', namespace: ns, body: { metadata: { labels: { patched: 'merge' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    // JSON patch with a failing test op is rejected as a whole
    const failed = await apiError(
      apps.patchNamespacedDeployment(
        {
          name: 'patchme',
          namespace: ns,
          body: [
            { op: 'test', path: '/spec/replicas', value: 7 },
            { op: 'replace', path: '/spec/replicas', value: 1 },
          ],
        },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      ),
    );
    expect(failed.code).toBe(422);
    await apps.patchNamespacedDeployment(
      { name: 'patchme', namespace: ns, body: [{ op: 'add', path: '/spec/paused', value: true }] },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    d = await apps.readNamespacedDeployment({ name: 'patchme', namespace: ns });
    expect(d.metadata?.labels?.patched).toBe('merge');
    expect(d.spec?.paused).toBe(true);
    // kubectl patch (strategic by default) and a stale resourceVersion in a merge patch
    const r = await c.kubectl([
      '-n',
      ns,
      'patch',
      'deployment',
      'patchme',
      '-p',
      '{"spec":{"replicas":0,"paused":false}}',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const stale = await c.kubectl([
      '-n',
      ns,
      'patch',
      'deployment',
      'patchme',
      '--type',
      'merge',
      '-p',
      '{"metadata":{"resourceVersion":"1"},"spec":{"replicas":1}}',
    ]);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/Conflict|the object has been modified/);
  });

  it('selects by labels and fields', async () => {
    for (const [name, tier] of [
      ['sel-a', 'a'],
      ['sel-b', 'b'],
      ['sel-c', 'c'],
    ]) {
      await core.createNamespacedConfigMap({
        namespace: ns,
        body: { metadata: { name: name!, labels: { group: 'sel', tier: tier! } } },
      });
    }
    const names = async (labelSelector?: string, fieldSelector?: string) =>
      (await core.listNamespacedConfigMap({ namespace: ns, labelSelector, fieldSelector })).items
        .map((i) => i.metadata!.name)
        .sort();
    expect(await names('group=sel,tier in (a,c)')).toEqual(['sel-a', 'sel-c']);
    expect(await names('group=sel,tier!=a')).toEqual(['sel-b', 'sel-c']);
    expect(await names('group=sel,tier notin (a,b)')).toEqual(['sel-c']);
    expect(await names('group,!missing', 'metadata.name=sel-b')).toEqual(['sel-b']);
    const r = await c.kubectl([
      '-n',
      ns,
      'get',
      'configmaps',
      '-l',
      'group=sel',
      '--field-selector',
      'metadata.name!=sel-a',
      '-o',
      'name',
    ]);
    expect(r.stdout.trim().split('\n')).toEqual(['configmap/sel-b', 'configmap/sel-c']);
  });

  it('watches from a resourceVersion and resumes without losing events', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: ns, labelSelector: 'watch=1' });
    const rv0 = list.metadata!.resourceVersion!;
    const seen: [string, string, string][] = [];
    const w = new Watch(c.kc);
    const req = await w.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      { resourceVersion: rv0, labelSelector: 'watch=1', allowWatchBookmarks: true },
      (type, obj) => {
        if (type !== 'BOOKMARK') seen.push([type, obj.metadata.name, obj.metadata.resourceVersion]);
      },
      () => undefined,
    );
    await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: 'w1', labels: { watch: '1' } }, data: { a: '1' } },
    });
    await core.patchNamespacedConfigMap(
      { name: 'w1', namespace: ns, body: { data: { a: '2' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedConfigMap({ name: 'w1', namespace: ns });
    await eventually(() => seen.length >= 3, timeout(), 'three watch events');
    req.abort();
    expect(seen.map(([t, n]) => `${t} ${n}`)).toEqual(['ADDED w1', 'MODIFIED w1', 'DELETED w1']);
    const rvs = seen.map(([, , rv]) => Number(rv));
    expect(rvs[0]!).toBeLessThan(rvs[1]!);
    // resume after the first event: the rest is replayed
    const replay: string[] = [];
    const req2 = await w.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      { resourceVersion: seen[0]![2], labelSelector: 'watch=1' },
      (type, obj) => {
        replay.push(`${type} ${obj.metadata.name}`);
      },
      () => undefined,
    );
    await eventually(() => replay.length >= 2, timeout(), 'replayed events');
    req2.abort();
    expect(replay).toEqual(['MODIFIED w1', 'DELETED w1']);
  });

  it('rolls out a Deployment: kubectl apply, rollout status, generation and status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-kustomize-'));
    try {
      const docs = [
        deployment('web-blue', 'blue', IMAGE_A),
        service('web', 'blue'),
        service('web-preview', 'green'),
      ];
      writeFileSync(join(dir, 'app.yaml'), docs.map((d) => JSON.stringify(d)).join('\n---\n'));
      writeFileSync(
        join(dir, 'kustomization.yaml'),
        `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n- app.yaml\n`,
      );
      const apply = await c.kubectl(['apply', '-k', dir, '--validate=false']);
      expect(apply.code, apply.stderr).toBe(0);
      expect(apply.stdout).toContain('deployment.apps/web-blue created');
      const st = await c.kubectl([
        '-n',
        ns,
        'rollout',
        'status',
        'deployment/web-blue',
        `--timeout=${timeout() / 1000}s`,
      ]);
      expect(st.code, st.stderr).toBe(0);
      expect(st.stdout).toContain('successfully rolled out');
      const d = await apps.readNamespacedDeployment({ name: 'web-blue', namespace: ns });
      expect(d.status).toMatchObject({
        observedGeneration: d.metadata!.generation,
        replicas: 2,
        updatedReplicas: 2,
        readyReplicas: 2,
        availableReplicas: 2,
      });
      expect(d.status?.conditions?.find((x) => x.type === 'Available')?.status).toBe('True');
      expect(d.status?.conditions?.find((x) => x.type === 'Progressing')?.reason).toBe(
        'NewReplicaSetAvailable',
      );
      // re-apply unchanged: no new generation
      const again = await c.kubectl(['apply', '-k', dir, '--validate=false']);
      expect(again.stdout).toContain('deployment.apps/web-blue unchanged');
      // a new image rolls out through a new ReplicaSet
      writeFileSync(
        join(dir, 'app.yaml'),
        [
          deployment('web-blue', 'blue', IMAGE_B),
          service('web', 'blue'),
          service('web-preview', 'green'),
        ]
          .map((x) => JSON.stringify(x))
          .join('\n---\n'),
      );
      const upd = await c.kubectl(['apply', '-k', dir, '--validate=false']);
      expect(upd.stdout).toContain('deployment.apps/web-blue configured');
      const st2 = await c.kubectl([
        '-n',
        ns,
        'rollout',
        'status',
        'deployment/web-blue',
        `--timeout=${timeout() / 1000}s`,
      ]);
      expect(st2.code, st2.stderr).toBe(0);
      const rs = await apps.listNamespacedReplicaSet({
        namespace: ns,
        labelSelector: 'medimind.io/color=blue',
      });
      expect(rs.items).toHaveLength(2);
      const byImage = Object.fromEntries(
        rs.items.map((r) => [r.spec!.template!.spec!.containers[0]!.image, r.spec!.replicas]),
      );
      expect(byImage).toEqual({ [IMAGE_A]: 0, [IMAGE_B]: 2 });
      const d2 = await apps.readNamespacedDeployment({ name: 'web-blue', namespace: ns });
      expect(d2.metadata?.generation).toBe((d.metadata?.generation ?? 0) + 1);
      expect(d2.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps EndpointSlices in step with Service selectors and pod readiness', async () => {
    const slices = c.kc.makeApiClient(DiscoveryV1Api);
    const readyPods = async (svc: string) => {
      const l = await slices.listNamespacedEndpointSlice({
        namespace: ns,
        labelSelector: `kubernetes.io/service-name=${svc}`,
      });
      return l.items
        .flatMap((s) =>
          (s.endpoints ?? []).filter((e) => e.conditions?.ready).map((e) => e.targetRef!.name!),
        )
        .sort();
    };
    const bluePods = (
      await core.listNamespacedPod({ namespace: ns, labelSelector: 'medimind.io/color=blue' })
    ).items
      .filter((p) => !p.metadata?.deletionTimestamp)
      .map((p) => p.metadata!.name!)
      .sort();
    await eventually(
      async () => JSON.stringify(await readyPods('web')) === JSON.stringify(bluePods),
      timeout(),
      'web endpoints = blue pods',
    );
    const l = await slices.listNamespacedEndpointSlice({
      namespace: ns,
      labelSelector: 'kubernetes.io/service-name=web',
    });
    expect(l.items[0]!.ports?.[0]).toMatchObject({ name: 'http', port: 8080, protocol: 'TCP' });
    expect(await readyPods('web-preview')).toEqual([]);
    // green comes up behind the preview Service
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('web-green', 'green', IMAGE_B),
    });
    const st = await c.kubectl([
      '-n',
      ns,
      'rollout',
      'status',
      'deployment/web-green',
      `--timeout=${timeout() / 1000}s`,
    ]);
    expect(st.code, st.stderr).toBe(0);
    const greenPods = (
      await core.listNamespacedPod({ namespace: ns, labelSelector: 'medimind.io/color=green' })
    ).items
      .map((p) => p.metadata!.name!)
      .sort();
    await eventually(
      async () => JSON.stringify(await readyPods('web-preview')) === JSON.stringify(greenPods),
      timeout(),
      'preview endpoints = green pods',
    );
  });

  it('routes traffic through the Service to the selected colour, and follows a selector switch', async () => {
    const blue = new Set(
      (
        await core.listNamespacedPod({ namespace: ns, labelSelector: 'medimind.io/color=blue' })
      ).items.map((p) => p.metadata!.name!),
    );
    const green = new Set(
      (
        await core.listNamespacedPod({ namespace: ns, labelSelector: 'medimind.io/color=green' })
      ).items.map((p) => p.metadata!.name!),
    );
    const before = await answeringPods('web', 6);
    expect(before.every((p) => blue.has(p))).toBe(true);
    const sw = await c.kubectl([
      '-n',
      ns,
      'patch',
      'service',
      'web',
      '-p',
      '{"spec":{"selector":{"medimind.io/color":"green"}}}',
    ]);
    expect(sw.code, sw.stderr).toBe(0);
    await eventually(
      async () => (await answeringPods('web', 4)).every((p) => green.has(p)),
      timeout(),
      'traffic on green',
    );
    const after = await answeringPods('web', 6);
    expect(after.every((p) => green.has(p))).toBe(true);
  });

  it('cascades deletion of a Deployment to its ReplicaSets and pods', async () => {
    await apps.deleteNamespacedDeployment({
      name: 'web-blue',
      namespace: ns,
      propagationPolicy: 'Background',
    });
    await eventually(
      async () =>
        (
          await apps.listNamespacedReplicaSet({
            namespace: ns,
            labelSelector: 'medimind.io/color=blue',
          })
        ).items.length === 0,
      timeout(),
      'blue ReplicaSets gone',
    );
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns, labelSelector: 'medimind.io/color=blue' }))
          .items.length === 0,
      timeout(),
      'blue pods gone',
    );
  });
});
