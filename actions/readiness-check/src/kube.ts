/**
 * Reads what the live checks need from the Kubernetes API: one concurrent
 * GET per kind (lists, all in parallel) plus /version. The transport (kubeconfig
 * auth, TLS) is injected; kube-node.ts is the real one.
 */
import { ActionFailure } from '../../_shared/src/errors';
import { isRetryableStatus, isTransientNetworkError } from '../../_shared/src/http';
import { Project } from './constants';
import { Reason } from './failure-reasons';
import { ObjectSet } from './objects';
import type { Json, K8sObject } from './types';

export type KubeGet = (
  path: string,
  signal?: AbortSignal,
) => Promise<{ status: number; body: Json }>;

type KindRead = { kind: string; paths: string[]; namespaced: boolean };

/** Each kind the checks read, and where (a CRD may be served at one of several versions). */
export function kindsToRead(namespace: string): KindRead[] {
  const ns = `namespaces/${namespace}`;
  return [
    { kind: 'Namespace', paths: ['/api/v1/namespaces'], namespaced: false },
    { kind: 'Node', paths: ['/api/v1/nodes'], namespaced: false },
    { kind: 'Deployment', paths: ['/apis/apps/v1/deployments'], namespaced: true },
    { kind: 'DaemonSet', paths: ['/apis/apps/v1/daemonsets'], namespaced: true },
    { kind: 'StatefulSet', paths: ['/apis/apps/v1/statefulsets'], namespaced: true },
    { kind: 'Pod', paths: [`/api/v1/${ns}/pods`], namespaced: true },
    {
      kind: 'HorizontalPodAutoscaler',
      paths: [`/apis/autoscaling/v2/${ns}/horizontalpodautoscalers`],
      namespaced: true,
    },
    {
      kind: 'PodDisruptionBudget',
      paths: [`/apis/policy/v1/${ns}/poddisruptionbudgets`],
      namespaced: true,
    },
    { kind: 'Service', paths: [`/api/v1/${ns}/services`], namespaced: true },
    {
      kind: 'EndpointSlice',
      paths: [`/apis/discovery.k8s.io/v1/${ns}/endpointslices`],
      namespaced: true,
    },
    { kind: 'Ingress', paths: [`/apis/networking.k8s.io/v1/${ns}/ingresses`], namespaced: true },
    {
      kind: 'NetworkPolicy',
      paths: [`/apis/networking.k8s.io/v1/${ns}/networkpolicies`],
      namespaced: true,
    },
    { kind: 'ServiceAccount', paths: [`/api/v1/${ns}/serviceaccounts`], namespaced: true },
    {
      kind: 'ExternalSecret',
      paths: [
        `/apis/external-secrets.io/v1/${ns}/externalsecrets`,
        `/apis/external-secrets.io/v1beta1/${ns}/externalsecrets`,
      ],
      namespaced: true,
    },
    {
      kind: 'ConfigMap',
      paths: [`/api/v1/configmaps?labelSelector=${Project.DashboardLabel}%3D1`],
      namespaced: true,
    },
    {
      kind: 'PrometheusRule',
      paths: ['/apis/monitoring.coreos.com/v1/prometheusrules'],
      namespaced: true,
    },
  ];
}

async function getWithRetry(
  get: KubeGet,
  path: string,
  signal?: AbortSignal,
): Promise<{ status: number; body: Json }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await get(path, signal);
      if (!isRetryableStatus(res.status) || attempt >= 3) return res;
    } catch (error) {
      // Cancelled (SIGINT/SIGTERM): the run's CancelledError, not an unreachable cluster.
      if (signal?.aborted) throw signal.reason;
      if (!isTransientNetworkError(error) || attempt >= 3) {
        throw new ActionFailure(
          `Kubernetes API unreachable (GET ${path}): ${(error as Error).message}`,
          Reason['cluster-unreachable'],
        );
      }
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}

function refused(path: string, res: { status: number; body: Json }): ActionFailure {
  const message = res.body?.message ?? (typeof res.body === 'string' ? res.body.slice(0, 200) : '');
  return new ActionFailure(
    `Kubernetes API answered ${res.status} to GET ${path}${message ? `: ${message}` : ''}${res.status === 401 || res.status === 403 ? ' (the kubeconfig user needs read access: the readiness-reader Role)' : ''}`,
    Reason['cluster-unreachable'],
  );
}

export type ClusterState = {
  objects: ObjectSet;
  version: { major: string; minor: string; gitVersion: string };
};

export async function readCluster(
  get: KubeGet,
  namespace: string,
  signal?: AbortSignal,
): Promise<ClusterState> {
  const kinds = kindsToRead(namespace);
  const [version, lists] = await Promise.all([
    getWithRetry(get, '/version', signal),
    Promise.all(
      kinds.map(async ({ kind, paths }) => {
        for (const path of paths) {
          const res = await getWithRetry(get, path, signal);
          if (res.status === 404) continue; // not served (CRD absent, or another version)
          if (res.status !== 200) throw refused(path, res);
          const items: K8sObject[] = (res.body?.items ?? []).map((o: K8sObject) => ({
            ...o,
            kind,
          }));
          return { kind, items };
        }
        return { kind, items: undefined };
      }),
    ),
  ]);
  if (version.status !== 200) throw refused('/version', version);
  const read = lists.filter((l) => l.items !== undefined);
  return {
    objects: new ObjectSet(
      'cluster',
      read.flatMap((l) => l.items!),
      read.map((l) => l.kind),
    ),
    version: version.body,
  };
}
