import { parse as parseYaml } from 'yaml';
import { applyDefaults, invalid, validate } from './defaults';
import { clone, jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { apiVersionOf, type ResourceDef, ResourceRegistry, resourceKey } from './resources';
import {
  matchesFields,
  matchesRequirements,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';
import { conflict, notFound, nowIso, Store } from './store';
import { ApiError, type Json, type KObject, statusObject } from './types';

export interface WriteOptions {
  subresource?: 'status';
  dryRun?: boolean;
}

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Spec-like content: everything a generation bump depends on. */
function specOf(o: KObject): string {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = o;
  return JSON.stringify(rest);
}

/**
 * The API's semantics, independent of HTTP: defaulting, validation, optimistic concurrency,
 * status subresource rules, generation, finalizers, garbage collection and namespaces.
 */
export class Api {
  readonly store: Store;
  readonly registry = new ResourceRegistry();

  constructor(historySize?: number) {
    this.store = new Store(historySize);
    const ns = this.def('', 'v1', 'namespaces');
    for (const name of SYSTEM_NAMESPACES) {
      this.create(ns, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    }
    this.create(this.def('', 'v1', 'nodes'), undefined, {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: 'sandbox-node',
        labels: {
          'kubernetes.io/hostname': 'sandbox-node',
          'topology.kubernetes.io/zone': 'sandbox-a',
        },
      },
      spec: {},
      status: {
        conditions: [
          { type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: nowIso() },
        ],
        addresses: [
          { type: 'InternalIP', address: '127.0.0.1' },
          { type: 'Hostname', address: 'sandbox-node' },
        ],
        capacity: { cpu: '8', memory: '32Gi', pods: '110', 'ephemeral-storage': '100Gi' },
        allocatable: { cpu: '8', memory: '32Gi', pods: '110', 'ephemeral-storage': '100Gi' },
        nodeInfo: {
          kubeletVersion: 'v1.32.0-sandbox',
          containerRuntimeVersion: 'sandbox://in-process',
          operatingSystem: 'linux',
          architecture: 'amd64',
        },
      },
    });
  }

  def(group: string, version: string, plural: string): ResourceDef {
    const d = this.registry.lookup(group, version, plural);
    if (!d) throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    return d;
  }

  defOf(apiVersion: string, kind: string): ResourceDef {
    const d = this.registry.byKind(apiVersion, kind);
    if (!d)
      throw new ApiError(
        404,
        'NotFound',
        `no matches for kind "${kind}" in version "${apiVersion}"`,
      );
    return d;
  }

  private defByKey(key: string): ResourceDef | undefined {
    return this.registry.all().find((d) => resourceKey(d) === key);
  }

  /** Output form of a stored object (apiVersion of the requested version). */
  view(def: ResourceDef, o: KObject): KObject {
    return o.apiVersion === apiVersionOf(def) ? o : { ...o, apiVersion: apiVersionOf(def) };
  }

  get(def: ResourceDef, ns: string | undefined, name: string): KObject {
    const o = this.store.get(def, ns, name);
    if (!o) throw notFound(def, name);
    return this.view(def, o);
  }

  tryGet(def: ResourceDef, ns: string | undefined, name: string): KObject | undefined {
    return this.store.get(def, ns, name);
  }

  filter(opts: ListOptions): (o: KObject) => boolean {
    const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
    const fields = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector) : [];
    return (o) => matchesRequirements(labels, o.metadata.labels) && matchesFields(fields, o);
  }

  list(def: ResourceDef, ns: string | undefined, opts: ListOptions = {}): KObject[] {
    const f = this.filter(opts);
    return this.store
      .list(def, def.namespaced ? ns : undefined)
      .filter(f)
      .sort((a, b) =>
        `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(
          `${b.metadata.namespace ?? ''}/${b.metadata.name}`,
        ),
      )
      .map((o) => this.view(def, o));
  }

  private checkNamespace(def: ResourceDef, ns: string | undefined) {
    if (!def.namespaced) return;
    if (!ns) throw new ApiError(400, 'BadRequest', 'the namespace of the object must be set');
    const nsDef = this.def('', 'v1', 'namespaces');
    const n = this.store.get(nsDef, undefined, ns);
    if (!n) throw notFound(nsDef, ns);
    if (n.metadata.deletionTimestamp) {
      throw new ApiError(
        403,
        'Forbidden',
        `unable to create new content in namespace ${ns} because it is being terminated`,
      );
    }
  }

  create(def: ResourceDef, ns: string | undefined, body: Json, opts: WriteOptions = {}): KObject {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new ApiError(400, 'BadRequest', 'the request body must be a JSON object');
    }
    const obj = clone(body) as KObject;
    if (obj.kind && obj.kind !== def.kind) {
      throw new ApiError(
        400,
        'BadRequest',
        `the kind "${obj.kind}" does not match the resource "${def.plural}" (kind ${def.kind})`,
      );
    }
    obj.kind = def.kind;
    obj.apiVersion = apiVersionOf(def);
    obj.metadata = { ...(obj.metadata ?? {}) };
    const m = obj.metadata;
    if (def.namespaced) {
      if (m.namespace && ns && m.namespace !== ns) {
        throw new ApiError(
          400,
          'BadRequest',
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      m.namespace = ns ?? m.namespace;
    }
    for (const k of [
      'uid',
      'resourceVersion',
      'creationTimestamp',
      'deletionTimestamp',
      'generation',
    ] as const) {
      delete m[k];
    }
    if (!m.name && !m.generateName) {
      throw invalid(obj, def.group, [
        {
          field: 'metadata.name',
          message: 'Required value: name or generateName is required',
          reason: 'FieldValueRequired',
        },
      ]);
    }
    this.checkNamespace(def, m.namespace);
    applyDefaults(obj);
    if (m.name) {
      const causes = validate(obj, undefined);
      if (causes.length) throw invalid(obj, def.group, causes);
    }
    if (opts.dryRun) {
      return {
        ...obj,
        metadata: { ...m, uid: 'dry-run', creationTimestamp: nowIso(), resourceVersion: '' },
      };
    }
    const stored = this.store.create(def, obj);
    if (def.kind === 'CustomResourceDefinition') this.crdChanged(stored);
    return this.view(def, stored);
  }

  /** PUT: full replacement with optimistic concurrency. */
  update(
    def: ResourceDef,
    ns: string | undefined,
    name: string,
    body: Json,
    opts: WriteOptions = {},
  ): KObject {
    const old = this.store.get(def, ns, name);
    if (!old) throw notFound(def, name);
    const next = clone(body) as KObject;
    if (!next?.metadata)
      throw new ApiError(400, 'BadRequest', 'the request body must contain metadata');
    if (next.metadata.name && next.metadata.name !== name) {
      throw new ApiError(
        400,
        'BadRequest',
        `the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const rv = next.metadata.resourceVersion;
    if (rv !== undefined && rv !== '' && rv !== old.metadata.resourceVersion)
      throw conflict(def, name);
    return this.commit(def, old, next, opts);
  }

  patch(
    def: ResourceDef,
    ns: string | undefined,
    name: string,
    contentType: string,
    raw: string,
    opts: WriteOptions & { force?: boolean } = {},
  ): KObject {
    const type = contentType.split(';')[0]!.trim();
    let body: Json;
    try {
      body = type === 'application/apply-patch+yaml' ? parseYaml(raw) : JSON.parse(raw);
    } catch (e) {
      throw new ApiError(400, 'BadRequest', `error decoding patch: ${(e as Error).message}`);
    }
    const old = this.store.get(def, ns, name);
    if (!old) {
      if (type === 'application/apply-patch+yaml') {
        return this.create(def, ns, { ...body, metadata: { ...body?.metadata, name } }, opts);
      }
      throw notFound(def, name);
    }
    let next: Json;
    switch (type) {
      case 'application/json-patch+json':
        next = jsonPatch(old, body);
        break;
      case 'application/merge-patch+json':
        next = mergePatch(old, body);
        break;
      case 'application/strategic-merge-patch+json':
        if (!def.builtin) {
          throw new ApiError(
            415,
            'UnsupportedMediaType',
            `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
          );
        }
        next = strategicMergePatch(old, body);
        break;
      case 'application/apply-patch+yaml':
        // Server-side apply, approximated: merge the applied configuration (no field ownership).
        next = def.builtin ? strategicMergePatch(old, body) : mergePatch(old, body);
        break;
      default:
        throw new ApiError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
        );
    }
    if (next?.metadata?.resourceVersion !== old.metadata.resourceVersion) {
      if (next?.metadata?.resourceVersion) throw conflict(def, name);
    }
    return this.commit(def, old, next, opts);
  }

  private commit(def: ResourceDef, old: KObject, incoming: KObject, opts: WriteOptions): KObject {
    let next: KObject;
    if (opts.subresource === 'status') {
      next = clone(old);
      next.status = clone(incoming.status);
    } else {
      // never share nested objects with the stored version (history keeps old versions)
      next = clone(incoming);
      if (def.status) next.status = clone(old.status);
      next.apiVersion = apiVersionOf(def);
      next.kind = def.kind;
      next.metadata ??= {} as KObject['metadata'];
      const m = next.metadata;
      m.name = old.metadata.name;
      m.uid = old.metadata.uid;
      m.creationTimestamp = old.metadata.creationTimestamp;
      if (old.metadata.namespace) m.namespace = old.metadata.namespace;
      else delete m.namespace;
      if (old.metadata.generation !== undefined) m.generation = old.metadata.generation;
      else delete m.generation;
      if (old.metadata.deletionTimestamp) {
        m.deletionTimestamp = old.metadata.deletionTimestamp;
        m.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
      } else {
        delete m.deletionTimestamp;
        delete m.deletionGracePeriodSeconds;
      }
      applyDefaults(next);
      if (def.kind === 'Namespace') next.status = clone(old.status);
      const causes = validate(next, old);
      if (causes.length) throw invalid(next, def.group, causes);
      if (specOf(next) !== specOf(old)) m.generation = (old.metadata.generation ?? 0) + 1;
    }
    next.metadata.resourceVersion = old.metadata.resourceVersion;
    if (JSON.stringify(next) === JSON.stringify(old)) return this.view(def, old);
    if (opts.dryRun) return this.view(def, next);
    if (
      next.metadata.deletionTimestamp &&
      !next.metadata.finalizers?.length &&
      def.kind !== 'Pod'
    ) {
      this.finalize(def, next);
      return this.view(def, next);
    }
    const stored = this.store.replace(def, next);
    if (def.kind === 'CustomResourceDefinition') this.crdChanged(stored);
    return this.view(def, stored);
  }

  /** DELETE: honours finalizers, pod grace periods and cascading (ownerReferences). */
  delete(def: ResourceDef, ns: string | undefined, name: string, opts: DeleteOptions = {}): Json {
    const old = this.store.get(def, ns, name);
    if (!old) throw notFound(def, name);
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== old.metadata.uid) {
      throw new ApiError(
        409,
        'Conflict',
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`,
      );
    }
    if (opts.dryRun) return this.view(def, old);
    const grace = opts.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30;
    const graceful = def.kind === 'Pod' && grace > 0 && old.spec?.nodeName;
    if (old.metadata.finalizers?.length || graceful) {
      if (old.metadata.deletionTimestamp) {
        if (def.kind === 'Pod' && opts.gracePeriodSeconds === 0) this.finalize(def, old, opts);
        return this.view(def, old);
      }
      const next = clone(old);
      next.metadata.deletionTimestamp = nowIso();
      next.metadata.deletionGracePeriodSeconds = graceful ? grace : 0;
      if (opts.propagationPolicy === 'Orphan') this.orphanDependents(old);
      return this.view(def, this.store.replace(def, next));
    }
    this.finalize(def, old, opts);
    return statusObject(200, '', '', {
      name,
      group: def.group || undefined,
      kind: def.plural,
      uid: old.metadata.uid,
    });
  }

  deleteCollection(
    def: ResourceDef,
    ns: string | undefined,
    opts: ListOptions & DeleteOptions,
  ): KObject[] {
    const items = this.list(def, ns, opts);
    for (const o of items) {
      try {
        this.delete(def, o.metadata.namespace, o.metadata.name, opts);
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 404)) throw e;
      }
    }
    return items;
  }

  /** Remove an object for good and cascade to what depends on it. */
  finalize(def: ResourceDef, obj: KObject, opts: DeleteOptions = {}): void {
    const removed = this.store.remove(def, obj.metadata.namespace, obj.metadata.name);
    if (!removed) return;
    if (def.kind === 'CustomResourceDefinition') {
      for (const d of this.registry.removeCrd(obj.metadata.name).slice(0, 1)) {
        for (const o of this.store.list(d))
          this.store.remove(d, o.metadata.namespace, o.metadata.name);
      }
    }
    if (def.kind === 'Namespace') {
      for (const [key, o] of [...this.store.entries()]) {
        if (o.metadata.namespace !== obj.metadata.name) continue;
        const d = this.defByKey(key);
        if (d) this.store.remove(d, o.metadata.namespace, o.metadata.name);
      }
    }
    if (opts.propagationPolicy === 'Orphan') this.orphanDependents(obj);
    else this.collectDependents(obj);
  }

  private dependents(owner: KObject): [ResourceDef, KObject][] {
    const out: [ResourceDef, KObject][] = [];
    for (const [key, o] of this.store.entries()) {
      if (o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid)) {
        const d = this.defByKey(key);
        if (d) out.push([d, o]);
      }
    }
    return out;
  }

  private collectDependents(owner: KObject) {
    for (const [d, o] of this.dependents(owner)) {
      const remaining = o.metadata.ownerReferences!.filter((r) => r.uid !== owner.metadata.uid);
      try {
        if (remaining.length === 0)
          this.delete(d, o.metadata.namespace, o.metadata.name, {
            propagationPolicy: 'Background',
          });
        else {
          const next = clone(o);
          next.metadata.ownerReferences = remaining;
          this.store.replace(d, next);
        }
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 404)) throw e;
      }
    }
  }

  private orphanDependents(owner: KObject) {
    for (const [d, o] of this.dependents(owner)) {
      const next = clone(o);
      next.metadata.ownerReferences = o.metadata.ownerReferences!.filter(
        (r) => r.uid !== owner.metadata.uid,
      );
      if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
      this.store.replace(d, next);
    }
  }

  private crdChanged(crd: KObject) {
    const spec = crd.spec ?? {};
    if (!spec.group || !spec.names?.plural || !spec.names?.kind) return;
    this.registry.applyCrd(crd);
    if (!crd.status?.acceptedNames) {
      const next = clone(crd);
      next.status = {
        acceptedNames: { ...spec.names },
        storedVersions: (spec.versions ?? [])
          .filter((v: Json) => v.storage)
          .map((v: Json) => v.name),
        conditions: [
          {
            type: 'NamesAccepted',
            status: 'True',
            reason: 'NoConflicts',
            message: 'no conflicts found',
            lastTransitionTime: nowIso(),
          },
          {
            type: 'Established',
            status: 'True',
            reason: 'InitialNamesAccepted',
            message: 'the initial names have been accepted',
            lastTransitionTime: nowIso(),
          },
        ],
      };
      this.store.replace(this.def('apiextensions.k8s.io', 'v1', 'customresourcedefinitions'), next);
    }
  }
}
