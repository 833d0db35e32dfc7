/**
 * Live mode's reads against the RBAC the project ships (k8s/, built with the
 * real `kubectl kustomize`): every GET in kindsToRead must be granted to the
 * medimind:viewers group by the namespaced readiness-reader Role or the
 * medimind-readiness-reader ClusterRole, with nothing more than get/list
 * needed. A new read in kube.ts without its grant fails here, not with a 403
 * in production.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubectlAvailable } from '../../../k8s/test/helpers';
import { kindsToRead } from '../src/kube';
import type { K8sObject } from '../src/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const GROUP = 'medimind:viewers';
type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };

/** GET /api/v1[/namespaces/<ns>]/<resource> or /apis/<group>/<version>[/namespaces/<ns>]/<resource> */
function request(path: string): { group: string; resource: string; namespace?: string } {
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  const [group, rest] = parts[0] === 'api' ? ['', parts.slice(2)] : [parts[1]!, parts.slice(3)];
  return rest[0] === 'namespaces' && rest.length === 3
    ? { group, resource: rest[2]!, namespace: rest[1] }
    : { group, resource: rest[0]! };
}

function grants(objects: K8sObject[], namespace: string | undefined): Rule[] {
  const bound = (kind: 'RoleBinding' | 'ClusterRoleBinding') =>
    objects.filter(
      (b) =>
        b.kind === kind &&
        (kind === 'ClusterRoleBinding' || b.metadata.namespace === namespace) &&
        (b.subjects ?? []).some(
          (s: { kind: string; name: string }) => s.kind === 'Group' && s.name === GROUP,
        ),
    );
  const rulesOf = (kind: string, name: string, ns?: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === ns)
      ?.rules ?? [];
  const cluster = bound('ClusterRoleBinding').flatMap((b) =>
    rulesOf('ClusterRole', b.roleRef.name),
  );
  // A RoleBinding grants its Role (or a ClusterRole) in its own namespace only.
  const local = namespace
    ? bound('RoleBinding').flatMap((b) =>
        b.roleRef.kind === 'Role'
          ? rulesOf('Role', b.roleRef.name, namespace)
          : rulesOf('ClusterRole', b.roleRef.name),
      )
    : [];
  return [...cluster, ...local];
}

const allows = (rules: Rule[], group: string, resource: string, verb: string) =>
  rules.some(
    (r) => r.apiGroups.includes(group) && r.resources.includes(resource) && r.verbs.includes(verb),
  );

describe.runIf(kubectlAvailable())('RBAC for live mode', () => {
  for (const overlay of ['staging', 'production']) {
    it(`k8s/overlays/${overlay} grants medimind:viewers every read live mode makes`, () => {
      const text = execFileSync('kubectl', ['kustomize', join(ROOT, 'k8s/overlays', overlay)], {
        encoding: 'utf8',
      });
      const objects = parseAllDocuments(text).map((d) => d.toJSON() as K8sObject);
      const missing: string[] = [];
      for (const { kind, paths } of kindsToRead('medimind')) {
        // A CRD served at several versions: the group and resource are the same.
        const { group, resource, namespace } = request(paths[0]!);
        if (!allows(grants(objects, namespace), group, resource, 'list'))
          missing.push(
            `${kind}: list ${group || 'core'}/${resource}${namespace ? ` in ${namespace}` : ' (all namespaces)'}`,
          );
      }
      expect(missing).toEqual([]);
      // And the reader can never read a Secret, anywhere.
      for (const ns of [undefined, 'medimind', 'monitoring', 'security']) {
        expect(allows(grants(objects, ns), '', 'secrets', 'get'), ns).toBe(false);
        expect(allows(grants(objects, ns), '', 'secrets', 'list'), ns).toBe(false);
      }
    });
  }

  it('the check is not vacuous: without the ClusterRole, the cluster-wide reads are named', () => {
    const text = execFileSync('kubectl', ['kustomize', join(ROOT, 'k8s/overlays/staging')], {
      encoding: 'utf8',
    });
    const objects = parseAllDocuments(text)
      .map((d) => d.toJSON() as K8sObject)
      .filter((o) => o.kind !== 'ClusterRoleBinding');
    const missing = kindsToRead('medimind')
      .map(({ kind, paths }) => ({ kind, ...request(paths[0]!) }))
      .filter(
        ({ group, resource, namespace }) =>
          !allows(grants(objects, namespace), group, resource, 'list'),
      )
      .map(({ kind }) => kind);
    expect(missing).toEqual([
      'Namespace',
      'Node',
      'Deployment',
      'DaemonSet',
      'StatefulSet',
      'ExternalSecret',
      'ConfigMap',
      'PrometheusRule',
    ]);
  });
});
