// Discovery and YAML loading for workflow verification. Every check in this
// folder works on the same `WorkflowFile` objects, so a rule, the parser and
// actionlint all see the same files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO_ROOT, 'test/workflows/fixtures');

/**
 * This library's GitHub slug. Consumers call `medimind/delivery/.github/workflows/<file>@<ref>`;
 * workflows (ours and theirs) call our actions as `medimind/delivery/actions/<name>@<ref>`.
 */
export const OWN_REPO = 'medimind/delivery';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

/** A `uses:` value with where it sits and the comment on its line. */
export interface UsesRef {
  value: string;
  line: number;
  /** Text after `#` on the same line, trimmed; undefined when there is none. */
  comment: string | undefined;
  job: string;
  /** Index in `steps`; undefined for a job-level `uses:` (a reusable workflow call). */
  step: number | undefined;
}

export interface WorkflowFile {
  /** Path relative to the repository root (or absolute for files outside it). */
  path: string;
  content: string;
  /** The document as plain data; `{}` when the YAML does not parse. */
  data: JsonMap;
  yamlErrors: string[];
  uses: UsesRef[];
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Every workflow GitHub would run (`.github/workflows/`) plus every template (`workflows/`). */
export function workflowPaths(root = REPO_ROOT): string[] {
  return [...listYaml(join(root, '.github/workflows')), ...listYaml(join(root, 'workflows'))].map(
    (p) => rel(root, p),
  );
}

/** Every `actions/<name>/action.yml` (or `.yaml`) that exists now. */
export function actionPaths(root = REPO_ROOT): string[] {
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    for (const name of ['action.yml', 'action.yaml']) {
      const p = join(dir, e.name, name);
      if (existsSync(p)) out.push(rel(root, p));
    }
  }
  return out.sort();
}

function rel(root: string, p: string): string {
  return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
}

export function readRepoFile(path: string, root = REPO_ROOT): string {
  return readFileSync(path.startsWith('/') ? path : join(root, path), 'utf8');
}

export function loadWorkflow(path: string, root = REPO_ROOT): WorkflowFile {
  return parseWorkflowText(path, readRepoFile(path, root));
}

/**
 * How many alias expansions (yaml's weighted count: nested aliases multiply)
 * a workflow may make before loading it is refused as an alias bomb. GitHub
 * accepts anchors and aliases, so ordinary reuse must load: yaml's default
 * (100) refuses a workflow that merely repeats one anchor 101 times.
 */
export const MAX_ALIAS_EXPANSIONS = 10_000;

export function parseWorkflowText(path: string, content: string): WorkflowFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlErrors = doc.errors.map((e) => e.message);
  let js: unknown = {};
  if (yamlErrors.length === 0) {
    try {
      js = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    } catch (e) {
      // yaml throws (rather than reporting) on an alias bomb: a finding, not a crash of the check.
      yamlErrors.push(
        `cannot load: ${e instanceof Error ? e.message : String(e)} (more than ${MAX_ALIAS_EXPANSIONS} alias expansions)`,
      );
    }
  }
  const data: JsonMap = isObject(js) ? (js as JsonMap) : {};
  const lines = content.split('\n');
  const uses: UsesRef[] = [];
  const jobs = doc.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const job = isScalar(pair.key) ? String(pair.key.value) : '';
      const jobNode = pair.value;
      if (!isMap(jobNode)) continue;
      const jobUses = jobNode.get('uses', true);
      if (isScalar(jobUses)) uses.push(usesRef(jobUses, lines, lineCounter, job, undefined));
      const steps = jobNode.get('steps', true);
      if (!isSeq(steps)) continue;
      steps.items.forEach((step, i) => {
        if (!isMap(step)) return;
        // A `parallel:` group's steps count as the group's; GitHub allows no deeper nesting.
        const group = step.get('parallel', true);
        const members = isSeq(group) ? group.items : [step];
        for (const member of members) {
          const u = isMap(member) ? member.get('uses', true) : undefined;
          if (isScalar(u)) uses.push(usesRef(u, lines, lineCounter, job, i));
        }
      });
    }
  }
  return { path, content, data, yamlErrors, uses };
}

function usesRef(
  node: Node,
  lines: string[],
  lc: LineCounter,
  job: string,
  step: number | undefined,
): UsesRef {
  const offset = node.range?.[0] ?? 0;
  const line = lc.linePos(offset).line;
  const value = String((node as { value?: unknown }).value ?? '').trim();
  // `uses: | # v1.2.3`: a block scalar's only comment is on its header line (yaml keeps it as the node's comment).
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'))
    return { value, line, comment: node.comment?.trim() || undefined, job, step };
  const text = lines[line - 1] ?? '';
  const lineStart = offset - (lc.linePos(offset).col - 1);
  const rest = text.slice(Math.max(0, (node.range?.[1] ?? offset) - lineStart));
  const hash = rest.indexOf('#');
  return {
    value,
    line,
    comment: hash >= 0 ? rest.slice(hash + 1).trim() : undefined,
    job,
    step,
  };
}

export function isObject(v: unknown): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asMap(v: Json | undefined): JsonMap {
  return isObject(v) ? v : {};
}

export function asList(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

/** Jobs as `[id, job]` pairs. */
export function jobsOf(wf: WorkflowFile): [string, JsonMap][] {
  return Object.entries(asMap(wf.data.jobs)).map(([id, j]) => [id, asMap(j)]);
}

/**
 * A job's steps, with the steps of each `parallel:` group in place of the
 * group (GitHub runs them concurrently; every rule applies to them the same).
 */
export function stepsOf(job: JsonMap): JsonMap[] {
  return asList(job.steps)
    .map(asMap)
    .flatMap((step) => (Array.isArray(step.parallel) ? step.parallel.map(asMap) : [step]));
}

/** The `on:` triggers as a name list. */
export function triggersOf(wf: WorkflowFile): string[] {
  const on = wf.data.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(asMap(on));
}
