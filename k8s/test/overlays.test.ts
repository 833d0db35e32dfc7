import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverlay } from '../policy/kustomize';
import { checkManifests, formatViolations } from '../policy/rules';
import { validateManifests } from '../policy/schema';
import type { K8sObject } from '../policy/types';
import { K8S_DIR, kubectlAvailable, OVERLAYS } from './helpers';

// Real `kubectl kustomize`, each overlay built once for this file.
const hasKubectl = kubectlAvailable();
const built = new Map<string, K8sObject[]>();
const texts = new Map<string, string>();

beforeAll(async () => {
  if (!hasKubectl) return;
  await Promise.all(
    OVERLAYS.map(async (env) => {
      const objects = await buildOverlay(join(K8S_DIR, 'overlays', env));
      built.set(env, objects);
      texts.set(env, JSON.stringify(objects));
    }),
  );
});

// biome-ignore lint/suspicious/noExplicitAny: the tests read deep paths of built manifests
type Dict = Record<string, any>;
const get = (env: string, kind: string, name: string, namespace = 'medimind'): Dict => {
  const found = (built.get(env) ?? []).find(
    (o) =>
      o.kind === kind && o.metadata?.name === name && (o.metadata?.namespace ?? '') === namespace,
  );
  if (!found) throw new Error(`${env}: ${kind} ${namespace}/${name} not in the build`);
  return found as Dict;
};
const all = (env: string, kind: string): Dict[] =>
  (built.get(env) ?? []).filter((o) => o.kind === kind) as Dict[];
const APPS = ['ml-pipeline', 'backend-api'] as const;

describe.skipIf(!hasKubectl).each(OVERLAYS)('overlay %s', (env) => {
  it('builds with kubectl kustomize into the expected object set', () => {
    const kinds: Record<string, number> = {};
    for (const o of built.get(env) ?? []) kinds[String(o.kind)] = (kinds[String(o.kind)] ?? 0) + 1;
    expect(kinds).toEqual({
      Namespace: 3,
      ServiceAccount: 5,
      Role: 2,
      RoleBinding: 2,
      ConfigMap: 6,
      SecretStore: 1,
      ExternalSecret: 2,
      Deployment: 2,
      HorizontalPodAutoscaler: 2,
      PodDisruptionBudget: 2,
      Service: 5,
      NetworkPolicy: 9,
      Ingress: 1,
      DaemonSet: 2,
      PodMonitor: 2,
      PrometheusRule: 1,
    });
  });

  it('validates every object against the Kubernetes schema (CRDs: envelope only)', () => {
    expect(validateManifests(built.get(env) ?? [])).toEqual([]);
  });

  it('passes every MediMind manifest rule', () => {
    const violations = checkManifests(built.get(env) ?? []);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('labels namespaces for Pod Security Admission', () => {
    const app = get(env, 'Namespace', 'medimind', '').metadata.labels;
    for (const mode of ['enforce', 'audit', 'warn']) {
      expect(app[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
    }
    for (const ns of ['monitoring', 'security']) {
      const labels = get(env, 'Namespace', ns, '').metadata.labels;
      expect(labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
      expect(labels['pod-security.kubernetes.io/warn']).toBe('restricted');
    }
    // Only node agents run outside the restricted namespace.
    for (const o of [...all(env, 'Deployment'), ...all(env, 'DaemonSet')]) {
      expect(o.metadata.namespace).toBe(
        o.kind === 'Deployment'
          ? 'medimind'
          : o.metadata.name === 'falco'
            ? 'security'
            : 'monitoring',
      );
    }
  });

  it('follows the blue-green convention of k8s/README.md', () => {
    for (const app of APPS) {
      const dep = get(env, 'Deployment', `${app}-blue`);
      const colour = { 'app.kubernetes.io/name': app, 'medimind.io/color': 'blue' };
      expect(dep.metadata.labels).toMatchObject(colour);
      expect(dep.spec.selector.matchLabels).toEqual(colour);
      expect(dep.spec.replicas).toBeUndefined();
      const hpa = get(env, 'HorizontalPodAutoscaler', `${app}-blue`);
      expect(hpa.metadata.labels).toMatchObject(colour);
      expect(hpa.spec.scaleTargetRef).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: `${app}-blue`,
      });
      expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([3, 20]);
      expect(get(env, 'Service', app).spec.selector).toEqual(colour);
      expect(get(env, 'Service', app).metadata.labels['medimind.io/service-role']).toBe('live');
      expect(get(env, 'Service', `${app}-preview`).spec.selector).toEqual(colour);
      expect(
        get(env, 'Service', `${app}-preview`).metadata.labels['medimind.io/service-role'],
      ).toBe('preview');
      expect(get(env, 'PodDisruptionBudget', app).spec.selector).toEqual({
        matchLabels: { 'app.kubernetes.io/name': app },
      });
    }
  });

  it('gives the deployer Role exactly the blue-green verbs, and nothing is cluster-wide', () => {
    const rules = get(env, 'Role', 'deployer').rules as {
      apiGroups: string[];
      resources: string[];
      verbs: string[];
    }[];
    const flat = rules.flatMap((r) =>
      r.apiGroups.flatMap((g) =>
        r.resources.map((res) => `${g || 'core'}/${res}: ${[...r.verbs].sort().join(',')}`),
      ),
    );
    const rw = 'create,delete,get,list,patch,update,watch';
    expect(flat.sort()).toEqual(
      [
        `apps/deployments: ${rw}`,
        'apps/deployments/scale: get,patch,update',
        'apps/replicasets: get,list,watch',
        'core/services: get,list,patch,update,watch',
        'core/services/proxy: get',
        `autoscaling/horizontalpodautoscalers: ${rw}`,
        `coordination.k8s.io/leases: ${rw}`,
        'core/events: create,get,list,patch',
        'core/pods: get,list,watch',
        'core/pods/log: get',
        'discovery.k8s.io/endpointslices: get,list,watch',
      ].sort(),
    );
    expect(get(env, 'RoleBinding', 'deployer').subjects).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'medimind:deployers' },
    ]);
    for (const role of all(env, 'Role')) {
      for (const r of role.rules) {
        expect(r.verbs).not.toContain('*');
        expect(r.resources).not.toContain('secrets');
      }
    }
    expect(all(env, 'ClusterRole')).toEqual([]);
    expect(all(env, 'ClusterRoleBinding')).toEqual([]);
  });

  it('sets IRSA roles and one placeholder account id per overlay', () => {
    // Role names as terraform/modules/irsa names them (medimind-<env>-irsa-<key>);
    // test/consistency/terraform-k8s.test.ts checks them against the plan.
    const roleKeys: Record<string, string> = {
      'ml-pipeline': 'ml-pipeline',
      'backend-api': 'backend',
      'external-secrets': 'external-secrets',
    };
    for (const [sa, key] of Object.entries(roleKeys)) {
      const arn = get(env, 'ServiceAccount', sa).metadata.annotations['eks.amazonaws.com/role-arn'];
      expect(arn).toMatch(new RegExp(`^arn:aws:iam::\\d{12}:role/medimind-${env}-irsa-${key}$`));
    }
    const text = texts.get(env) ?? '';
    const accounts = new Set([
      ...[...text.matchAll(/arn:aws:[a-z]+:[a-z0-9-]*:(\d{12}):/g)].map((m) => m[1]),
      ...[...text.matchAll(/(\d{12})\.dkr\.ecr\./g)].map((m) => m[1]),
    ]);
    expect(accounts.size).toBe(1);
    expect([...accounts][0]).not.toBe('000000000000');
    // Base placeholders never survive an overlay build.
    expect(text).not.toMatch(/192\.0\.2\.|medimind-base-|medimind\/base\//);
  });

  it('pins application images in the environment registry, never :latest', () => {
    for (const app of APPS) {
      const image: string = get(env, 'Deployment', `${app}-blue`).spec.template.spec.containers[0]
        .image;
      expect(image).toMatch(
        new RegExp(
          `^\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/medimind-${env}/${app}:\\d+\\.\\d+\\.\\d+$`,
        ),
      );
    }
  });

  it('schedules ml-pipeline on the GPU node group with both endpoints', () => {
    const pod = get(env, 'Deployment', 'ml-pipeline-blue').spec.template.spec;
    expect(pod.containers[0].resources.limits['nvidia.com/gpu']).toBe('1');
    expect(pod.tolerations).toContainEqual({
      key: 'nvidia.com/gpu',
      operator: 'Equal',
      value: 'true',
      effect: 'NoSchedule',
    });
    expect(pod.nodeSelector).toEqual({ 'medimind.io/pool': 'gpu' });
    expect(pod.containers[0].ports.map((p: Dict) => p.name)).toEqual([
      'predict',
      'voice',
      'metrics',
    ]);
    const svcPorts = get(env, 'Service', 'ml-pipeline').spec.ports.map((p: Dict) => p.targetPort);
    expect(svcPorts).toEqual(['predict', 'voice']);
  });

  it('denies by default and allows only the documented flows', () => {
    const deny = get(env, 'NetworkPolicy', 'default-deny-all').spec;
    expect(deny).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const cidrs = (name: string) =>
      (
        get(env, 'NetworkPolicy', name).spec.egress ?? get(env, 'NetworkPolicy', name).spec.ingress
      ).flatMap((r: Dict) => (r.to ?? r.from).map((p: Dict) => p.ipBlock?.cidr));
    for (const name of [
      'allow-egress-database',
      'allow-egress-redis',
      'allow-egress-aws-endpoints',
      'allow-ingress-alb-to-backend-api',
    ]) {
      const list: string[] = cidrs(name);
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) expect(c).toMatch(/^10\.\d+\.\d+\.\d+\/\d+$/);
    }
    const toMl = get(env, 'NetworkPolicy', 'allow-backend-api-to-ml-pipeline').spec;
    expect(toMl.ingress[0].from).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'backend-api' } } },
    ]);
  });

  it('exposes backend-api through an ALB with TLS and HTTPS redirect', () => {
    const ing = get(env, 'Ingress', 'backend-api');
    expect(ing.spec.ingressClassName).toBe('alb');
    expect(ing.metadata.annotations['alb.ingress.kubernetes.io/ssl-redirect']).toBe('443');
    expect(ing.metadata.annotations['alb.ingress.kubernetes.io/certificate-arn']).toMatch(
      /^arn:aws:acm:/,
    );
    expect(ing.spec.tls[0].hosts).toEqual([ing.spec.rules[0].host]);
    expect(ing.spec.rules[0].http.paths[0].backend.service.name).toBe('backend-api');
    // A blue-green selector switch protects only node targets: target-type instance on the
    // live Service's NodePort, every node forwarding (externalTrafficPolicy Cluster).
    expect(ing.metadata.annotations['alb.ingress.kubernetes.io/target-type']).toBe('instance');
    const live = get(env, 'Service', 'backend-api').spec;
    expect(live).toMatchObject({ type: 'NodePort', externalTrafficPolicy: 'Cluster' });
  });

  it('creates every Secret the pods reference through an ExternalSecret', () => {
    const targets = new Set(all(env, 'ExternalSecret').map((e) => e.spec.target.name));
    expect(targets).toEqual(new Set(['medimind-database', 'medimind-redis']));
    const referenced = new Set<string>();
    for (const d of all(env, 'Deployment')) {
      for (const c of d.spec.template.spec.containers) {
        for (const e of c.env ?? [])
          if (e.valueFrom?.secretKeyRef) referenced.add(e.valueFrom.secretKeyRef.name);
      }
    }
    expect([...referenced].every((s) => targets.has(s))).toBe(true);
    for (const es of all(env, 'ExternalSecret')) {
      expect(es.spec.dataFrom[0].extract.key).toMatch(new RegExp(`^medimind-${env}/`));
    }
  });

  it('ships the seed alert rules and dashboards', () => {
    const rules = get(env, 'PrometheusRule', 'medimind-alerts', 'monitoring').spec.groups.flatMap(
      (g: Dict) => g.rules,
    );
    const byName = new Map<string, string>(rules.map((r: Dict) => [r.alert, r.expr]));
    expect(byName.get('MLPredictionLatencyHigh')).toMatch(
      /histogram_quantile\(0\.95,[\s\S]*> 0\.2\s*$/,
    );
    expect(byName.get('HighErrorRate')).toMatch(/> 0\.05\s*$/);
    expect(byName.get('GPUTemperatureHigh')).toMatch(/DCGM_FI_DEV_GPU_TEMP\) > 85$/);
    expect(byName.get('DatabaseConnectionsHigh')).toMatch(/> 150$/);
    expect(byName.get('PodRestartLoop')).toMatch(/kube_pod_container_status_restarts_total/);
    const dashboards = all(env, 'ConfigMap').filter(
      (c) => c.metadata.labels?.grafana_dashboard === '1',
    );
    const titles = dashboards.map((c) => {
      const json = JSON.parse(Object.values(c.data as Record<string, string>)[0] ?? '');
      expect(json.panels.length).toBeGreaterThan(0);
      for (const p of json.panels) expect(p.targets[0].expr).not.toBe('');
      return json.title;
    });
    expect(titles.sort()).toEqual([
      'MediMind / Business metrics',
      'MediMind / Database performance',
      'MediMind / GPU utilisation',
      'MediMind / ML pipeline performance',
      'MediMind / System resources',
    ]);
    const dcgm = get(env, 'DaemonSet', 'dcgm-exporter', 'monitoring').spec.template.spec;
    expect(dcgm.nodeSelector).toEqual({ 'medimind.io/pool': 'gpu' });
    expect(dcgm.tolerations[0].key).toBe('nvidia.com/gpu');
    expect(
      get(env, 'DaemonSet', 'falco', 'security').spec.template.spec.tolerations,
    ).toContainEqual({
      operator: 'Exists',
      effect: 'NoSchedule',
    });
  });
});

describe.skipIf(!hasKubectl)('overlays together', () => {
  it('differ only where an environment must', () => {
    const staging = get('staging', 'Deployment', 'backend-api-blue');
    const production = get('production', 'Deployment', 'backend-api-blue');
    const strip = (d: Dict) =>
      JSON.parse(
        JSON.stringify(d)
          .replaceAll(/\d{12}\.dkr/g, 'ACCOUNT.dkr')
          .replaceAll(/medimind-(staging|production)\//g, 'medimind-ENV/')
          .replaceAll(/"(staging|production)"/g, '"ENV"'),
      );
    expect(strip(staging)).toEqual(strip(production));
  });

  let tmp = '';
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('accepts digests through the kustomize images transformer', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'medimind-k8s-'));
    const digest = `sha256:${'ab'.repeat(32)}`;
    const repo = '111111111111.dkr.ecr.us-east-1.amazonaws.com/medimind-production/backend-api';
    writeFileSync(
      join(tmp, 'kustomization.yaml'),
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        `  - ${relative(tmp, join(K8S_DIR, 'overlays', 'production'))}`,
        'images:',
        `  - name: ${repo}`,
        `    digest: ${digest}`,
        '',
      ].join('\n'),
    );
    const objects = await buildOverlay(tmp);
    const dep = objects.find((o) => o.metadata?.name === 'backend-api-blue') as Dict;
    expect(dep.spec.template.spec.containers[0].image).toBe(`${repo}@${digest}`);
    expect(checkManifests(objects)).toEqual([]);
  });
});
