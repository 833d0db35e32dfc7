import { ApiError, type Json } from './types';

const isObj = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  const out: Record<string, Json> = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * Merge keys of the list fields the MediMind workloads use (from the Kubernetes API's
 * `patchMergeKey` struct tags). Lists not named here are replaced, like atomic lists.
 */
function mergeKey(field: string, items: Json[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'ports':
      return items.some((i) => isObj(i) && 'containerPort' in i) ? 'containerPort' : 'port';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'hostAliases':
      return 'ip';
    default:
      return undefined;
  }
}

const PRIMITIVE_MERGE = new Set(['finalizers']);

/** Kubernetes strategic merge patch, for the directives kubectl's client-side apply sends. */
export function strategicMergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return clone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  let out: Record<string, Json> = isObj(target) ? { ...target } : {};
  const retain = patch.$retainKeys as string[] | undefined;
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[field])) out[field] = out[field].filter((x: Json) => !v.includes(x));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      out[k] = mergeList(k, out[k], v);
      continue;
    }
    const merged = strategicMergePatch(out[k], v);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  if (retain) {
    const keep = new Set([...retain, ...Object.keys(patch)]);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  return out;
}

function mergeList(field: string, current: Json, patch: Json[]): Json[] {
  if (patch.some((i) => isObj(i) && i.$patch === 'replace')) {
    return clone(patch.filter((i) => !(isObj(i) && i.$patch === 'replace')));
  }
  const cur: Json[] = Array.isArray(current) ? current : [];
  if (PRIMITIVE_MERGE.has(field)) return [...new Set([...cur, ...patch])];
  const key = mergeKey(field, [...cur, ...patch]);
  if (!key) return clone(patch);
  const out = cur.map((i) => i);
  for (const item of patch) {
    if (!isObj(item)) continue;
    const idx = out.findIndex((c) => isObj(c) && c[key] === item[key]);
    if (item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMergePatch(out[idx], item);
    else out.push(strategicMergePatch({}, item));
  }
  return out;
}

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new ApiError(422, 'Invalid', `invalid JSON pointer "${path}"`);
  return path.slice(1).split('/').map(unescapePointer);
}

function getAt(doc: Json, segs: string[]): Json {
  let cur = doc;
  for (const s of segs) {
    if (cur === undefined || cur === null) return undefined;
    cur = Array.isArray(cur) ? cur[Number(s)] : cur[s];
  }
  return cur;
}

/** RFC 6902 JSON patch (add, remove, replace, move, copy, test). */
export function jsonPatch(target: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw new ApiError(400, 'BadRequest', 'a JSON patch must be a list');
  let doc = clone(target);
  const fail = (msg: string) => new ApiError(422, 'Invalid', msg);
  const set = (path: string, value: Json, mode: 'add' | 'replace') => {
    const segs = pointer(path);
    if (segs.length === 0) {
      doc = clone(value);
      return;
    }
    const parent = getAt(doc, segs.slice(0, -1));
    const last = segs[segs.length - 1]!;
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(i) || i < 0 || i > parent.length)
        throw fail(`index out of range: ${path}`);
      if (mode === 'add') parent.splice(i, 0, clone(value));
      else {
        if (i >= parent.length) throw fail(`index out of range: ${path}`);
        parent[i] = clone(value);
      }
    } else if (isObj(parent)) {
      if (mode === 'replace' && !(last in parent)) {
        throw fail(`replace operation does not apply: doc is missing key: ${path}`);
      }
      parent[last] = clone(value);
    } else throw fail(`doc is missing path: "${path}"`);
  };
  const remove = (path: string): Json => {
    const segs = pointer(path);
    const parent = getAt(doc, segs.slice(0, -1));
    const last = segs[segs.length - 1]!;
    if (Array.isArray(parent)) {
      const i = Number(last);
      if (!(i >= 0 && i < parent.length)) throw fail(`unable to remove nonexistent key: ${path}`);
      return parent.splice(i, 1)[0];
    }
    if (isObj(parent) && last in parent) {
      const v = parent[last];
      delete parent[last];
      return v;
    }
    throw fail(`Unable to remove nonexistent key: ${last}: missing value`);
  };
  for (const op of ops) {
    switch (op?.op) {
      case 'add':
        set(op.path, op.value, 'add');
        break;
      case 'replace':
        set(op.path, op.value, 'replace');
        break;
      case 'remove':
        remove(op.path);
        break;
      case 'move': {
        const v = remove(op.from);
        set(op.path, v, 'add');
        break;
      }
      case 'copy':
        set(op.path, getAt(doc, pointer(op.from)), 'add');
        break;
      case 'test':
        if (JSON.stringify(getAt(doc, pointer(op.path))) !== JSON.stringify(op.value)) {
          throw fail(`testing value ${op.path} failed`);
        }
        break;
      default:
        throw new ApiError(400, 'BadRequest', `unexpected JSON patch operation "${op?.op}"`);
    }
  }
  return doc;
}
