/** A set of Kubernetes objects, from manifests or from the cluster, as the checks read them. */
import type { K8sObject, Location, ObjectSource } from './types';

export class ObjectSet implements ObjectSource {
  private readonly byKind = new Map<string, K8sObject[]>();

  constructor(
    readonly origin: string,
    objects: K8sObject[],
    /** Kinds that were read (a kind read and empty differs from one not served). */
    kinds: Iterable<string> = [],
    private readonly locator: (o: K8sObject) => Location | undefined = () => undefined,
  ) {
    for (const k of kinds) this.byKind.set(k, []);
    for (const o of objects) {
      if (!o?.kind || !o.metadata?.name) continue;
      const list = this.byKind.get(o.kind) ?? [];
      list.push(o);
      this.byKind.set(o.kind, list);
    }
  }

  all(kind: string, namespace?: string): K8sObject[] {
    const list = this.byKind.get(kind) ?? [];
    return namespace === undefined
      ? list
      : list.filter(
          (o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) === namespace,
        );
  }

  has(kind: string): boolean {
    return this.byKind.has(kind);
  }

  locate(o: K8sObject): Location | undefined {
    return this.locator(o);
  }
}
