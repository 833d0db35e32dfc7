/**
 * The plan summary: what terraform will do, computed once from the plan JSON
 * with every sensitive or redacted value already hidden. Both actions render it
 * (plan for review, apply for the audit trail), and the plan bundle stores the
 * sanitized JSON made alongside it.
 */
import {
  type ChangeJson,
  type ChangeKind,
  changeKind,
  type PlanJson,
  type ResourceChangeJson,
  replaceOrder,
} from './plan';
import { HIDDEN, type Redactor } from './redact';

export const UNKNOWN = '(known after apply)';

export type AttributeDiff = {
  path: string;
  before?: string;
  after?: string;
  forcesReplacement?: boolean;
};

export type ResourceSummary = {
  address: string;
  previousAddress?: string;
  type: string;
  mode: 'managed' | 'data';
  kind: ChangeKind;
  actions: string[];
  replaceOrder?: 'delete-then-create' | 'create-then-delete';
  reason?: string;
  replacePaths: string[];
  importId?: string;
  deposed?: string;
  /** Attribute-level changes (capped per resource; see attributesOmitted), computed on first read. */
  readonly attributes: AttributeDiff[];
  readonly attributesOmitted: number;
  /** The sanitized `after` object, for the policy gate. */
  after: unknown;
};

export type OutputSummary = {
  name: string;
  kind: ChangeKind;
  before?: string;
  after?: string;
  sensitive: boolean;
};

export type FailedCheck = { address: string; status: string; problems: string[] };

export type PlanCounts = {
  create: number;
  update: number;
  replace: number;
  delete: number;
  read: number;
  import: number;
  move: number;
};

export type PlanSummary = {
  formatVersion: string;
  terraformVersion?: string;
  counts: PlanCounts;
  /** Changes other than pure no-ops (a no-op that is moved or imported is listed). */
  changes: ResourceSummary[];
  drift: ResourceSummary[];
  outputs: OutputSummary[];
  failedChecks: FailedCheck[];
  applyable: boolean;
  complete: boolean;
  errored: boolean;
  hasChanges: boolean;
};

export type SummaryOptions = {
  /** `all` for refresh-only (drift) plans; `relevant` keeps drift that affects the plan. */
  drift?: 'relevant' | 'all';
  maxAttributesPerResource?: number;
};

const MAX_VALUE_CHARS = 200;

export function displayValue(value: unknown): string {
  if (value === HIDDEN) return HIDDEN;
  if (value === undefined) return '';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  if (text === undefined) return '';
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

/** Leaf values by dotted path; HIDDEN and unknown subtrees stay leaves. */
function flatten(
  value: unknown,
  unknown: unknown,
  prefix: string,
  out: Map<string, string>,
): Map<string, string> {
  if (unknown === true) {
    out.set(prefix, UNKNOWN);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, item] of entries) {
      const childUnknown =
        unknown && typeof unknown === 'object'
          ? (unknown as Record<string, unknown>)[key]
          : undefined;
      flatten(item, childUnknown, prefix ? `${prefix}.${key}` : key, out);
    }
    // Unknown keys absent from the value (a new computed attribute).
    if (unknown && typeof unknown === 'object' && !Array.isArray(unknown)) {
      for (const [key, u] of Object.entries(unknown)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (u === true && !out.has(path)) out.set(path, UNKNOWN);
      }
    }
    return out;
  }
  if (value === null || value === undefined) return out;
  out.set(prefix, displayValue(value));
  return out;
}

function attributeDiffs(
  kind: ChangeKind,
  before: unknown,
  after: unknown,
  afterUnknown: unknown,
  replacePaths: string[],
  limit: number,
  rawChanged: (path: string) => boolean = () => false,
): { attributes: AttributeDiff[]; omitted: number } {
  if (kind === 'delete' || kind === 'read') return { attributes: [], omitted: 0 };
  const b = flatten(before, undefined, '', new Map());
  const a = flatten(after, afterUnknown, '', new Map());
  const paths = new Set([...b.keys(), ...a.keys()]);
  const diffs: AttributeDiff[] = [];
  for (const path of paths) {
    const was = b.get(path);
    const now = a.get(path);
    if (was === now) {
      // Both sides hidden: still a change when the raw values differ (shown as hidden → hidden).
      if (was !== HIDDEN || !rawChanged(path)) continue;
    }
    const diff: AttributeDiff = { path };
    if (was !== undefined) diff.before = was;
    if (now !== undefined) diff.after = now;
    if (replacePaths.some((p) => path === p || path.startsWith(`${p}.`))) {
      diff.forcesReplacement = true;
    }
    diffs.push(diff);
  }
  diffs.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { attributes: diffs.slice(0, limit), omitted: Math.max(0, diffs.length - limit) };
}

function summarizeResource(
  rc: ResourceChangeJson,
  redactor: Redactor,
  limit: number,
): { summary: ResourceSummary; sanitized: ResourceChangeJson } {
  const change = rc.change ?? ({ actions: ['no-op'] } as ChangeJson);
  const actions = Array.isArray(change.actions) ? change.actions : ['no-op'];
  const before = redactor.sanitize(change.before, change.before_sensitive);
  const after = redactor.sanitize(change.after, change.after_sensitive);
  const kind = changeKind(actions);
  const replacePaths = (change.replace_paths ?? []).map((p) => p.join('.'));
  // Attribute diffs are computed when first read: only full renderings need them.
  let diffs: { attributes: AttributeDiff[]; omitted: number } | undefined;
  const diff = () => {
    diffs ??= attributeDiffs(
      kind,
      before,
      after,
      change.after_unknown,
      replacePaths,
      limit,
      (path) => {
        const segments = path.split('.');
        return (
          JSON.stringify(valueAt(change.before, segments)) !==
          JSON.stringify(valueAt(change.after, segments))
        );
      },
    );
    return diffs;
  };
  const summary = {
    address: rc.address,
    type: rc.type,
    mode: rc.mode === 'data' ? 'data' : 'managed',
    kind,
    actions,
    replacePaths,
    get attributes() {
      return diff().attributes;
    },
    get attributesOmitted() {
      return diff().omitted;
    },
    after,
  } as ResourceSummary;
  if (rc.previous_address && rc.previous_address !== rc.address) {
    summary.previousAddress = rc.previous_address;
  }
  const order = replaceOrder(actions);
  if (order) summary.replaceOrder = order;
  if (rc.action_reason) summary.reason = rc.action_reason;
  if (change.importing) summary.importId = change.importing.id ?? '(identity)';
  if (rc.deposed) summary.deposed = rc.deposed;
  const sanitized: ResourceChangeJson = {
    ...rc,
    change: { ...change, before, after },
  };
  return { summary, sanitized };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(key)];
  }
  return current;
}

/** Drift that the plan depends on (what terraform itself shows in its plan output). */
function isRelevantDrift(rc: ResourceChangeJson, relevant: Map<string, (string | number)[][]>) {
  const paths = relevant.get(rc.address);
  if (!paths) return false;
  if (changeKind(rc.change.actions) === 'delete') return true;
  return paths.some(
    (path) =>
      path.length === 0 ||
      JSON.stringify(valueAt(rc.change.before, path)) !==
        JSON.stringify(valueAt(rc.change.after, path)),
  );
}

export type SummarizedPlan = {
  summary: PlanSummary;
  /** The plan JSON without values anyone could misuse: safe to store and upload. */
  sanitized: PlanJson;
};

export function summarizePlan(
  plan: PlanJson,
  redactor: Redactor,
  options: SummaryOptions = {},
): SummarizedPlan {
  const limit = options.maxAttributesPerResource ?? 50;
  const counts: PlanCounts = {
    create: 0,
    update: 0,
    replace: 0,
    delete: 0,
    read: 0,
    import: 0,
    move: 0,
  };
  const changes: ResourceSummary[] = [];
  const sanitizedChanges: ResourceChangeJson[] = [];
  for (const rc of plan.resource_changes ?? []) {
    const { summary, sanitized } = summarizeResource(rc, redactor, limit);
    sanitizedChanges.push(sanitized);
    if (summary.kind !== 'no-op') counts[summary.kind]++;
    if (summary.importId !== undefined) counts.import++;
    if (summary.previousAddress) counts.move++;
    if (summary.kind !== 'no-op' || summary.importId !== undefined || summary.previousAddress) {
      changes.push(summary);
    }
  }

  const relevant = new Map<string, (string | number)[][]>();
  for (const ra of plan.relevant_attributes ?? []) {
    const list = relevant.get(ra.resource) ?? [];
    list.push(ra.attribute ?? []);
    relevant.set(ra.resource, list);
  }
  const drift: ResourceSummary[] = [];
  const sanitizedDrift: ResourceChangeJson[] = [];
  for (const rc of plan.resource_drift ?? []) {
    const { summary, sanitized } = summarizeResource(rc, redactor, limit);
    sanitizedDrift.push(sanitized);
    if (summary.kind === 'no-op') continue;
    if (options.drift === 'all' || isRelevantDrift(rc, relevant)) drift.push(summary);
  }

  const outputs: OutputSummary[] = [];
  const sanitizedOutputs: Record<string, ChangeJson> = {};
  for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
    const before = redactor.sanitize(change.before, change.before_sensitive);
    const after = redactor.sanitize(change.after, change.after_sensitive);
    sanitizedOutputs[name] = { ...change, before, after };
    const kind = changeKind(change.actions);
    if (kind === 'no-op') continue;
    const sensitive = change.after_sensitive === true || change.before_sensitive === true;
    const entry: OutputSummary = { name, kind, sensitive };
    if (kind !== 'create') entry.before = displayValue(before);
    if (kind !== 'delete') {
      entry.after = change.after_unknown === true ? UNKNOWN : displayValue(after);
    }
    outputs.push(entry);
  }

  const failedChecks: FailedCheck[] = [];
  for (const check of plan.checks ?? []) {
    if (check.status !== 'fail' && check.status !== 'error') continue;
    const problems = (check.instances ?? []).flatMap((i) =>
      (i.problems ?? []).map((p) => String(redactor.sanitize(p.message))),
    );
    failedChecks.push({ address: check.address.to_display, status: check.status, problems });
  }

  // Variables are never rendered or stored. A variable declared sensitive is
  // hidden (so masked) whatever its use and whether or not `redact` rules are
  // set; the others still go through the rules.
  const declared = plan.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (declared[name]?.sensitive) redactor.hide(variable.value);
    else redactor.sanitize(variable.value);
  }

  const summary: PlanSummary = {
    formatVersion: plan.format_version,
    counts,
    changes,
    drift,
    outputs,
    failedChecks,
    applyable: plan.applyable ?? true,
    complete: plan.complete ?? true,
    errored: plan.errored ?? false,
    hasChanges:
      changes.length > 0 || outputs.length > 0 || (options.drift === 'all' && drift.length > 0),
  };
  if (plan.terraform_version) summary.terraformVersion = plan.terraform_version;

  const sanitized: PlanJson = {
    format_version: plan.format_version,
    resource_changes: sanitizedChanges,
    resource_drift: sanitizedDrift,
    output_changes: sanitizedOutputs,
  };
  if (plan.terraform_version) sanitized.terraform_version = plan.terraform_version;
  if (plan.relevant_attributes) sanitized.relevant_attributes = plan.relevant_attributes;
  if (plan.checks) sanitized.checks = redactor.sanitize(plan.checks) as PlanJson['checks'];
  if (plan.applyable !== undefined) sanitized.applyable = plan.applyable;
  if (plan.complete !== undefined) sanitized.complete = plan.complete;
  if (plan.errored !== undefined) sanitized.errored = plan.errored;
  if (plan.timestamp) sanitized.timestamp = plan.timestamp;
  return { summary, sanitized };
}
