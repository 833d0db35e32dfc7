import { randomUUID } from 'node:crypto';
import { apiVersionOf, type ResourceDef, resourceKey } from './resources';
import { ApiError, type Json, type KObject } from './types';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  rv: number;
  type: EventType;
  key: string;
  object: KObject;
  /** The object before this change (MODIFIED/DELETED). */
  prev?: KObject;
}

export type Listener = (ev: StoreEvent, def: ResourceDef) => void;

export const nowIso = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function objectKey(ns: string | undefined, name: string) {
  return ns ? `${ns}/${name}` : name;
}

const RANDOM_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
export function randomSuffix(n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += RANDOM_ALPHABET[Math.floor(Math.random() * RANDOM_ALPHABET.length)];
  return s;
}

/**
 * The object store: one table per resource (keyed by plural.group, shared across versions),
 * a global resourceVersion counter and a bounded event history for watches.
 */
export class Store {
  private rv = 1;
  private readonly tables = new Map<string, Map<string, KObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<Listener>();

  /** @param historySize watch events retained for resuming watches (older resumes get 410). */
  constructor(private readonly historySize = 20_000) {}

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** Oldest resourceVersion a watch may resume from. */
  get oldestRv(): number {
    return this.history.length > 0 ? this.history[0]!.rv - 1 : this.rv;
  }

  on(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private table(def: ResourceDef): Map<string, KObject> {
    const key = resourceKey(def);
    let t = this.tables.get(key);
    if (!t) {
      t = new Map();
      this.tables.set(key, t);
    }
    return t;
  }

  /** Events after `rv` for one resource (from the retained history). */
  since(def: ResourceDef, rv: number): StoreEvent[] {
    const key = resourceKey(def);
    return this.history.filter((e) => e.rv > rv && e.key === key);
  }

  get(def: ResourceDef, ns: string | undefined, name: string): KObject | undefined {
    return this.table(def).get(objectKey(def.namespaced ? ns : undefined, name));
  }

  list(def: ResourceDef, ns?: string): KObject[] {
    const out: KObject[] = [];
    for (const o of this.table(def).values()) {
      if (!ns || o.metadata.namespace === ns) out.push(o);
    }
    return out;
  }

  private emit(def: ResourceDef, type: EventType, object: KObject, prev?: KObject) {
    const ev: StoreEvent = {
      rv: Number(object.metadata.resourceVersion),
      type,
      key: resourceKey(def),
      object,
      prev,
    };
    this.history.push(ev);
    if (this.history.length > this.historySize)
      this.history.splice(0, this.history.length - this.historySize);
    for (const l of this.listeners) l(ev, def);
  }

  /** Insert a new object (metadata already validated); assigns uid, rv, timestamps. */
  create(def: ResourceDef, obj: KObject): KObject {
    const t = this.table(def);
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) {
      do meta.name = `${meta.generateName}${randomSuffix()}`;
      while (t.has(objectKey(meta.namespace, meta.name)));
    }
    const key = objectKey(def.namespaced ? meta.namespace : undefined, meta.name);
    if (t.has(key)) {
      throw new ApiError(
        409,
        'AlreadyExists',
        `${resourceKey(def)} "${meta.name}" already exists`,
        { name: meta.name, group: def.group, kind: def.plural },
      );
    }
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    meta.uid = randomUUID();
    meta.creationTimestamp = nowIso();
    meta.resourceVersion = String(++this.rv);
    if (!def.namespaced) delete meta.namespace;
    if ('spec' in obj || def.kind === 'Deployment') meta.generation = 1;
    t.set(key, obj);
    this.emit(def, 'ADDED', obj);
    return obj;
  }

  /** Replace a stored object (caller has merged and checked preconditions). */
  replace(def: ResourceDef, obj: KObject): KObject {
    const t = this.table(def);
    const key = objectKey(def.namespaced ? obj.metadata.namespace : undefined, obj.metadata.name);
    const prev = t.get(key);
    if (!prev) throw notFound(def, obj.metadata.name);
    obj.metadata.resourceVersion = String(++this.rv);
    t.set(key, obj);
    this.emit(def, 'MODIFIED', obj, prev);
    return obj;
  }

  remove(def: ResourceDef, ns: string | undefined, name: string): KObject | undefined {
    const t = this.table(def);
    const key = objectKey(def.namespaced ? ns : undefined, name);
    const obj = t.get(key);
    if (!obj) return undefined;
    t.delete(key);
    const gone: KObject = {
      ...obj,
      metadata: { ...obj.metadata, resourceVersion: String(++this.rv) },
    };
    this.emit(def, 'DELETED', gone, obj);
    return gone;
  }

  /** Every stored object (for garbage collection and namespace deletion). */
  *entries(): Generator<[string, KObject]> {
    for (const [k, t] of this.tables) for (const o of t.values()) yield [k, o];
  }
}

export function notFound(def: ResourceDef, name: string): ApiError {
  const res = def.group ? `${def.plural}.${def.group}` : def.plural;
  return new ApiError(404, 'NotFound', `${res} "${name}" not found`, {
    name,
    group: def.group || undefined,
    kind: def.plural,
  });
}

export function conflict(def: ResourceDef, name: string): ApiError {
  const res = def.group ? `${def.plural}.${def.group}` : def.plural;
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${res} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group: def.group || undefined, kind: def.plural },
  );
}

export type { Json };
