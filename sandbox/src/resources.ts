import type { KObject } from './types';

/** One REST resource the API serves (built in, or from a CustomResourceDefinition). */
export interface ResourceDef {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  status?: boolean;
  scale?: boolean;
  /** Kubernetes strategic merge patch is only accepted for built-in kinds. */
  builtin: boolean;
  /** For CRDs: the path of the scale subresource's replicas fields. */
  scalePaths?: { spec: string; status: string; selector?: string };
}

export const VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

type Row = [string, string, string, string, boolean, string?, ('status' | 'scale')[]?];

// [group/version, plural, kind, shortNames, namespaced, categories, subresources]
const BUILTIN: Row[] = [
  ['v1', 'namespaces', 'Namespace', 'ns', false, '', ['status']],
  ['v1', 'pods', 'Pod', 'po', true, 'all', ['status']],
  ['v1', 'services', 'Service', 'svc', true, 'all', ['status']],
  ['v1', 'endpoints', 'Endpoints', 'ep', true],
  ['v1', 'configmaps', 'ConfigMap', 'cm', true],
  ['v1', 'secrets', 'Secret', '', true],
  ['v1', 'serviceaccounts', 'ServiceAccount', 'sa', true],
  ['v1', 'events', 'Event', 'ev', true],
  ['v1', 'nodes', 'Node', 'no', false, '', ['status']],
  ['v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', 'pvc', true, '', ['status']],
  ['v1', 'limitranges', 'LimitRange', 'limits', true],
  ['v1', 'resourcequotas', 'ResourceQuota', 'quota', true, '', ['status']],
  ['apps/v1', 'deployments', 'Deployment', 'deploy', true, 'all', ['status', 'scale']],
  ['apps/v1', 'replicasets', 'ReplicaSet', 'rs', true, 'all', ['status', 'scale']],
  ['apps/v1', 'daemonsets', 'DaemonSet', 'ds', true, 'all', ['status']],
  ['apps/v1', 'statefulsets', 'StatefulSet', 'sts', true, 'all', ['status', 'scale']],
  ['apps/v1', 'controllerrevisions', 'ControllerRevision', '', true],
  ['batch/v1', 'jobs', 'Job', '', true, 'all', ['status']],
  ['batch/v1', 'cronjobs', 'CronJob', 'cj', true, 'all', ['status']],
  [
    'autoscaling/v2',
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    'hpa',
    true,
    'all',
    ['status'],
  ],
  ['policy/v1', 'poddisruptionbudgets', 'PodDisruptionBudget', 'pdb', true, '', ['status']],
  ['discovery.k8s.io/v1', 'endpointslices', 'EndpointSlice', '', true],
  ['coordination.k8s.io/v1', 'leases', 'Lease', '', true],
  ['rbac.authorization.k8s.io/v1', 'roles', 'Role', '', true],
  ['rbac.authorization.k8s.io/v1', 'rolebindings', 'RoleBinding', '', true],
  ['rbac.authorization.k8s.io/v1', 'clusterroles', 'ClusterRole', '', false],
  ['rbac.authorization.k8s.io/v1', 'clusterrolebindings', 'ClusterRoleBinding', '', false],
  ['networking.k8s.io/v1', 'networkpolicies', 'NetworkPolicy', 'netpol', true],
  ['networking.k8s.io/v1', 'ingresses', 'Ingress', 'ing', true, '', ['status']],
  ['networking.k8s.io/v1', 'ingressclasses', 'IngressClass', '', false],
  ['scheduling.k8s.io/v1', 'priorityclasses', 'PriorityClass', 'pc', false],
  ['storage.k8s.io/v1', 'storageclasses', 'StorageClass', 'sc', false],
  [
    'apiextensions.k8s.io/v1',
    'customresourcedefinitions',
    'CustomResourceDefinition',
    'crd,crds',
    false,
    'api-extensions',
    ['status'],
  ],
];

function splitGV(gv: string): [string, string] {
  const i = gv.indexOf('/');
  return i < 0 ? ['', gv] : [gv.slice(0, i), gv.slice(i + 1)];
}

export function apiVersionOf(def: ResourceDef): string {
  return def.group ? `${def.group}/${def.version}` : def.version;
}

export function resourceKey(def: ResourceDef): string {
  return def.group ? `${def.plural}.${def.group}` : def.plural;
}

/** The set of resources the API serves; CRDs add and remove entries at run time. */
export class ResourceRegistry {
  private readonly byPath = new Map<string, ResourceDef>();
  private readonly fromCrd = new Map<string, ResourceDef[]>();

  constructor() {
    for (const [gv, plural, kind, short, namespaced, cats, subs] of BUILTIN) {
      const [group, version] = splitGV(gv);
      this.add({
        group,
        version,
        plural,
        singular: kind.toLowerCase(),
        kind,
        namespaced,
        shortNames: short ? short.split(',') : undefined,
        categories: cats ? cats.split(',') : undefined,
        status: subs?.includes('status') ?? false,
        scale: subs?.includes('scale') ?? false,
        builtin: true,
      });
    }
  }

  private add(def: ResourceDef): void {
    this.byPath.set(`${def.group}/${def.version}/${def.plural}`, def);
  }

  lookup(group: string, version: string, plural: string): ResourceDef | undefined {
    return this.byPath.get(`${group}/${version}/${plural}`);
  }

  byKind(apiVersion: string, kind: string): ResourceDef | undefined {
    const [group, version] = splitGV(apiVersion);
    for (const def of this.byPath.values()) {
      if (def.group === group && def.version === version && def.kind === kind) return def;
    }
    return undefined;
  }

  all(): ResourceDef[] {
    return [...this.byPath.values()];
  }

  /** group -> versions (first = preferred) */
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const def of this.byPath.values()) {
      const versions = out.get(def.group) ?? [];
      if (!versions.includes(def.version)) versions.push(def.version);
      out.set(def.group, versions);
    }
    return out;
  }

  /** Register (or re-register) the kinds a CustomResourceDefinition declares. */
  applyCrd(crd: KObject): void {
    this.removeCrd(crd.metadata.name);
    const spec = crd.spec ?? {};
    const names = spec.names ?? {};
    const defs: ResourceDef[] = [];
    for (const v of spec.versions ?? []) {
      if (v.served === false) continue;
      const scale = v.subresources?.scale;
      const def: ResourceDef = {
        group: spec.group,
        version: v.name,
        plural: names.plural,
        singular: names.singular ?? String(names.kind).toLowerCase(),
        kind: names.kind,
        namespaced: spec.scope !== 'Cluster',
        shortNames: names.shortNames,
        categories: names.categories,
        status: v.subresources?.status !== undefined,
        scale: scale !== undefined,
        builtin: false,
        scalePaths: scale
          ? {
              spec: scale.specReplicasPath,
              status: scale.statusReplicasPath,
              selector: scale.labelSelectorPath,
            }
          : undefined,
      };
      defs.push(def);
      this.add(def);
    }
    this.fromCrd.set(crd.metadata.name, defs);
  }

  removeCrd(name: string): ResourceDef[] {
    const defs = this.fromCrd.get(name) ?? [];
    for (const def of defs) this.byPath.delete(`${def.group}/${def.version}/${def.plural}`);
    this.fromCrd.delete(name);
    return defs;
  }
}
