import type { Json } from './types';

function crd(
  group: string,
  kind: string,
  plural: string,
  versions: string[],
  shortNames?: string[],
  scope = 'Namespaced',
): Json {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      scope,
      names: {
        kind,
        plural,
        singular: kind.toLowerCase(),
        listKind: `${kind}List`,
        ...(shortNames ? { shortNames } : {}),
      },
      versions: versions.map((name, i) => ({
        name,
        served: true,
        storage: i === 0,
        schema: {
          openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        },
        subresources: { status: {} },
      })),
    },
  };
}

/**
 * CRDs of the operators a MediMind cluster runs (External Secrets Operator, Prometheus
 * Operator), pre-installed so `kubectl apply -k k8s/overlays/...` works. Schemas are open
 * (x-kubernetes-preserve-unknown-fields): objects are stored, not validated.
 */
export const OPERATOR_CRDS: Json[] = [
  crd('external-secrets.io', 'ExternalSecret', 'externalsecrets', ['v1', 'v1beta1'], ['es']),
  crd('external-secrets.io', 'SecretStore', 'secretstores', ['v1', 'v1beta1'], ['ss']),
  crd(
    'external-secrets.io',
    'ClusterSecretStore',
    'clustersecretstores',
    ['v1', 'v1beta1'],
    ['css'],
    'Cluster',
  ),
  crd('monitoring.coreos.com', 'PrometheusRule', 'prometheusrules', ['v1'], ['promrule']),
  crd('monitoring.coreos.com', 'PodMonitor', 'podmonitors', ['v1'], ['pmon']),
  crd('monitoring.coreos.com', 'ServiceMonitor', 'servicemonitors', ['v1'], ['smon']),
];
