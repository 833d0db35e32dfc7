import { ApiError, type Json } from './types';

type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!exists' };

/** Parse a label selector string (equality- and set-based, as `kubectl -l` sends it). */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    let m = /^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (m) {
      const values = m[3]!.split(',').map((v) => v.trim());
      reqs.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values });
      continue;
    }
    m = /^([^!=\s]+)\s*(==|!=|=)\s*(\S*)$/.exec(part);
    if (m) {
      reqs.push({ key: m[1]!, op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]!] });
      continue;
    }
    m = /^(!?)([A-Za-z0-9._/-]+)$/.exec(part);
    if (m) {
      reqs.push({ key: m[2]!, op: m[1] ? '!exists' : 'exists' });
      continue;
    }
    throw new ApiError(400, 'BadRequest', `unable to parse requirement: "${part}"`);
  }
  return reqs;
}

export function matchesRequirements(
  reqs: Requirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.hasOwn(l, r.key);
    if (r.op === 'exists' && !has) return false;
    if (r.op === '!exists' && has) return false;
    if (r.op === 'in' && !(has && r.values.includes(l[r.key]!))) return false;
    if (r.op === 'notin' && has && r.values.includes(l[r.key]!)) return false;
  }
  return true;
}

/** A metav1.LabelSelector (matchLabels + matchExpressions) against labels. */
export function matchesLabelSelector(selector: Json, labels: Record<string, string> | undefined) {
  if (!selector) return false;
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    reqs.push({ key: k, op: 'in', values: [String(v)] });
  }
  for (const e of selector.matchExpressions ?? []) {
    const op = String(e.operator);
    if (op === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (op === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (op === 'Exists') reqs.push({ key: e.key, op: 'exists' });
    else if (op === 'DoesNotExist') reqs.push({ key: e.key, op: '!exists' });
  }
  return matchesRequirements(reqs, labels);
}

/** A Service's map selector against labels (an empty selector selects nothing here). */
export function matchesMap(selector: Record<string, string> | undefined, labels: Json): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

export function selectorToString(selector: Json): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) parts.push(`${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    if (e.operator === 'Exists') parts.push(e.key);
    if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

interface FieldReq {
  path: string;
  value: string;
  negate: boolean;
}

/** Field selectors: `a.b=c`, `a.b==c`, `a.b!=c`, comma-joined; any dotted path is accepted. */
export function parseFieldSelector(text: string): FieldReq[] {
  const out: FieldReq[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([A-Za-z0-9._]+)\s*(==|!=|=)\s*(.*)$/.exec(part);
    if (!m) throw new ApiError(400, 'BadRequest', `invalid field selector: "${part}"`);
    out.push({ path: m[1]!, value: m[3]!, negate: m[2] === '!=' });
  }
  return out;
}

export function matchesFields(reqs: FieldReq[], obj: Json): boolean {
  for (const r of reqs) {
    let v: Json = obj;
    for (const seg of r.path.split('.')) v = v?.[seg];
    const s = v === undefined || v === null ? '' : String(v);
    if ((s === r.value) === r.negate) return false;
  }
  return true;
}
