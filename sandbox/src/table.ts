import type { Json, KObject } from './types';

/** Server-side printing (`Accept: application/json;as=Table;g=meta.k8s.io;v=v1`), as kubectl get asks. */

type Col = [name: string, type: string, cell: (o: KObject) => string | number];

function age(o: KObject): string {
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(o.metadata.creationTimestamp)) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  return `${Math.floor(h / 24)}d`;
}

function podStatus(p: KObject): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  for (const cs of p.status?.containerStatuses ?? []) {
    if (cs.state?.waiting?.reason) return cs.state.waiting.reason;
    if (cs.state?.terminated?.reason) return cs.state.terminated.reason;
  }
  return p.status?.phase ?? 'Pending';
}

const NAME: Col = ['Name', 'string', (o) => o.metadata.name];
const AGE: Col = ['Age', 'string', age];

const COLUMNS: Record<string, Col[]> = {
  Pod: [
    NAME,
    [
      'Ready',
      'string',
      (p) =>
        `${(p.status?.containerStatuses ?? []).filter((c: Json) => c.ready).length}/${(p.spec?.containers ?? []).length}`,
    ],
    ['Status', 'string', podStatus],
    [
      'Restarts',
      'integer',
      (p) =>
        (p.status?.containerStatuses ?? []).reduce(
          (n: number, c: Json) => n + (c.restartCount ?? 0),
          0,
        ),
    ],
    AGE,
  ],
  Deployment: [
    NAME,
    ['Ready', 'string', (d) => `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`],
    ['Up-to-date', 'integer', (d) => d.status?.updatedReplicas ?? 0],
    ['Available', 'integer', (d) => d.status?.availableReplicas ?? 0],
    AGE,
  ],
  ReplicaSet: [
    NAME,
    ['Desired', 'integer', (r) => r.spec?.replicas ?? 0],
    ['Current', 'integer', (r) => r.status?.replicas ?? 0],
    ['Ready', 'integer', (r) => r.status?.readyReplicas ?? 0],
    AGE,
  ],
  Service: [
    NAME,
    ['Type', 'string', (s) => s.spec?.type ?? 'ClusterIP'],
    ['Cluster-IP', 'string', (s) => s.spec?.clusterIP ?? '<none>'],
    ['External-IP', 'string', () => '<none>'],
    [
      'Port(s)',
      'string',
      (s) =>
        (s.spec?.ports ?? []).map((p: Json) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') ||
        '<none>',
    ],
    AGE,
  ],
  EndpointSlice: [
    NAME,
    ['AddressType', 'string', (e) => e.addressType ?? ''],
    ['Ports', 'string', (e) => (e.ports ?? []).map((p: Json) => p.port).join(',') || '<unset>'],
    [
      'Endpoints',
      'string',
      (e) => (e.endpoints ?? []).flatMap((x: Json) => x.addresses).join(',') || '<unset>',
    ],
    AGE,
  ],
  HorizontalPodAutoscaler: [
    NAME,
    [
      'Reference',
      'string',
      (h) => `${h.spec?.scaleTargetRef?.kind}/${h.spec?.scaleTargetRef?.name}`,
    ],
    ['MinPods', 'integer', (h) => h.spec?.minReplicas ?? 1],
    ['MaxPods', 'integer', (h) => h.spec?.maxReplicas ?? 0],
    ['Replicas', 'integer', (h) => h.status?.currentReplicas ?? 0],
    AGE,
  ],
  Event: [
    [
      'Last Seen',
      'string',
      (e) =>
        age({
          ...e,
          metadata: {
            ...e.metadata,
            creationTimestamp: e.lastTimestamp ?? e.metadata.creationTimestamp,
          },
        }),
    ],
    ['Type', 'string', (e) => e.type ?? ''],
    ['Reason', 'string', (e) => e.reason ?? ''],
    [
      'Object',
      'string',
      (e) =>
        `${String(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`,
    ],
    ['Message', 'string', (e) => e.message ?? ''],
  ],
  Namespace: [NAME, ['Status', 'string', (n) => n.status?.phase ?? 'Active'], AGE],
};

export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

export function toTable(
  kind: string,
  items: KObject[],
  resourceVersion: string,
  includeObject: string | null,
): Json {
  const cols = COLUMNS[kind] ?? [NAME, AGE];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: cols.map(([name, type], i) => ({
      name,
      type,
      format: i === 0 && name === 'Name' ? 'name' : '',
      description: '',
      priority: 0,
    })),
    rows: items.map((o) => ({
      cells: cols.map(([, , cell]) => cell(o)),
      object:
        includeObject === 'Object'
          ? o
          : includeObject === 'None'
            ? undefined
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
