// Pins and runtimes the workflows promise, checked against the files that hold
// their provenance inside the repository: docs/pins.md for third-party SHAs,
// .node-version for the Node the actions run on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  actionPaths,
  asList,
  asMap,
  jobsOf,
  loadWorkflow,
  REPO_ROOT,
  stepsOf,
  workflowPaths,
} from './files';
import { classifyUses, FULL_SHA } from './refs';

/** action slug -> (commit -> release) from the table in docs/pins.md. */
function pinTable(markdown: string): Map<string, Map<string, string>> {
  const table = new Map<string, Map<string, string>>();
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*([\w.-]+\/[\w./-]+)\s*\|\s*(v[\w.-]+)[^|]*\|\s*([0-9a-f]{40})\s*\|$/.exec(
      line,
    );
    if (!m) continue;
    const [, slug, release, sha] = m as unknown as [string, string, string, string];
    const key = slug.toLowerCase();
    if (!table.has(key)) table.set(key, new Map());
    table.get(key)?.set(sha, release);
  }
  return table;
}

/** `# v1` names release v1.12.0; `# v1.2` does not name v1.20.0. */
function commentNamesRelease(comment: string | undefined, release: string): boolean {
  const version = /^(v\d+(?:\.\d+){0,2})\b/.exec(comment ?? '')?.[1];
  return version !== undefined && (release === version || release.startsWith(`${version}.`));
}

/** A GitHub expression, spelled so that no JS template placeholder is involved. */
const expr = (body: string) => `$${'{{'} ${body} }}`;

const pinsDoc = readFileSync(join(REPO_ROOT, 'docs/pins.md'), 'utf8');
const pins = pinTable(pinsDoc);
const workflows = workflowPaths().map((p) => loadWorkflow(p));

describe('docs/pins.md', () => {
  it('lists the pins in a table the checks can read', () => {
    expect(pins.get('actions/checkout')?.size).toBeGreaterThan(0);
    expect(pins.get('actions/github-script')?.size).toBeGreaterThan(0);
  });

  it.each(workflows.map((wf) => [wf.path, wf] as const))(
    '%s pins every third-party action to a SHA listed in docs/pins.md, with its release',
    (_path, wf) => {
      const problems: string[] = [];
      for (const u of wf.uses) {
        const c = classifyUses(u.value);
        if (c.kind !== 'remote') continue;
        const known = pins.get(c.slug.toLowerCase());
        if (!FULL_SHA.test(c.ref)) problems.push(`line ${u.line}: ${u.value} is not a full SHA`);
        else if (!known?.has(c.ref))
          problems.push(`line ${u.line}: ${u.value} is not in docs/pins.md`);
        else if (!commentNamesRelease(u.comment, known.get(c.ref) as string))
          problems.push(
            `line ${u.line}: ${u.value} is ${known.get(c.ref)} but its comment says "# ${u.comment ?? ''}"`,
          );
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(workflowPaths())('%s names no path outside the repository', (path) => {
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    expect(text).not.toMatch(/\/work\/|\.\.\/shared|PINS\.md/);
    if (/Third-party pins/.test(text)) expect(text).toContain('docs/pins.md');
  });

  it('compares releases by version prefix only', () => {
    expect(commentNamesRelease('v1', 'v1.12.0')).toBe(true);
    expect(commentNamesRelease('v1.2', 'v1.20.0')).toBe(false);
    expect(commentNamesRelease('v6.0.3', 'v6.0.3')).toBe(true);
    expect(commentNamesRelease(undefined, 'v6.0.3')).toBe(false);
  });
});

describe('Node versions', () => {
  const nodeVersion = readFileSync(join(REPO_ROOT, '.node-version'), 'utf8').trim();

  it('.node-version is the major the actions declare (runs.using: nodeNN)', () => {
    const runtimes = new Set(
      actionPaths()
        .map((p) => asMap(parseDocument(readFileSync(join(REPO_ROOT, p), 'utf8')).toJS()))
        .map((a) => String(asMap(a.runs).using))
        .filter((u) => u.startsWith('node')),
    );
    expect(runtimes.size).toBeGreaterThan(0);
    expect([...runtimes]).toEqual([`node${nodeVersion}`]);
  });

  it('ci.yml tests on .node-version (through setup-node) and on Node 20', () => {
    const ci = loadWorkflow('.github/workflows/ci.yml');
    const [, job] = jobsOf(ci).find(([id]) => id === 'test') ?? [];
    expect(job).toBeDefined();
    const include = asList(asMap(asMap(job?.strategy).matrix).include).map(asMap);
    const setupNode = stepsOf(job ?? {}).find((s) =>
      String(s.uses).startsWith('actions/setup-node@'),
    );
    const w = asMap(setupNode?.with);
    expect(w['node-version']).toBe(expr('matrix.node-version'));
    expect(w['node-version-file']).toBe(expr('matrix.node-version-file'));
    expect(
      include.map((e) => e['node-version-file'] ?? `node ${String(e['node-version'])}`),
    ).toEqual(['.node-version', 'node 20']);
    expect(asMap(job?.strategy)['fail-fast']).toBe(false);
  });
});
