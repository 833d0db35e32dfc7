// Every action that declares its `failure-reason` values (src/failure-reasons.ts,
// a typed const array) documents exactly those in action.yml and README.md, and
// hands them to runAction, which reports any other reason as a bug at run time.
// So a reason raised anywhere (the action, the shared code, the kernel's
// `bad-input`/`cancelled`) and driven through run() or the bundle by any test
// cannot be undeclared, and a declared one cannot go undocumented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const REASON = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const actions = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .filter((name) => existsSync(join(ROOT, 'actions', name, 'src/failure-reasons.ts')))
  .sort();

async function declaredReasons(action: string): Promise<readonly string[]> {
  const mod = (await import(join(ROOT, 'actions', action, 'src/failure-reasons.ts'))) as {
    FAILURE_REASONS?: unknown;
  };
  const list = mod.FAILURE_REASONS;
  if (!Array.isArray(list) || !list.every((r) => typeof r === 'string'))
    throw new Error(`actions/${action}/src/failure-reasons.ts exports no FAILURE_REASONS array`);
  return list;
}

/** The reasons the `failure-reason` output's description lists (after its lead-in and colon). */
function actionYmlReasons(actionYml: string): string[] {
  const meta = parse(actionYml) as { outputs?: Record<string, { description?: string }> };
  const description = meta.outputs?.['failure-reason']?.description;
  if (!description) throw new Error('action.yml has no failure-reason output with a description');
  return listedWords(withoutParentheticals(description).replace(/^[^:]*:/, ''));
}

/**
 * Items of a "a, b, c or d." list, backticks optional. An item that is not one
 * word is kept as it is, so a malformed list fails the comparison visibly.
 */
function listedWords(text: string): string[] {
  return text
    .split(/,|\s+(?:or|and)\s+/)
    .map((item) => item.replace(/`/g, '').trim().replace(/\.$/, '').trim())
    .filter((item) => item !== '');
}

/** Sorted without repeats: a list may name a reason twice (k6's exit codes map onto one). */
const asSet = (list: readonly string[]) => [...new Set(list)].sort();

function withoutParentheticals(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The README's `### <action>` section, up to the next heading of that level or above. */
function readmeSection(readme: string, action: string): string {
  const start = readme.indexOf(`\n### ${action}\n`);
  if (start < 0) throw new Error(`README.md has no "### ${action}" section`);
  const rest = readme.slice(start + 1);
  const end = rest.slice(4).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

/**
 * The reasons a README section lists after "`failure-reason`" — either
 * "`failure-reason` (`a`, `b` (why), `c`)" or "`failure-reason`: `a`, `b`." —
 * as the backticked words outside nested parentheses. Undefined when the
 * section names the output with no list.
 */
function readmeReasons(section: string): string[] | undefined {
  const marker = '`failure-reason`';
  for (let at = section.indexOf(marker); at >= 0; at = section.indexOf(marker, at + 1)) {
    const after = section.slice(at + marker.length);
    const open = /^\s*([(:])/.exec(after);
    if (!open) continue;
    const body = after.slice(open[0].length);
    let depth = 0;
    let end = body.length;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0 && open[1] === '(') {
          end = i;
          break;
        }
        depth--;
      } else if (depth === 0 && open[1] === ':' && c === '.' && /^(\s|$)/.test(body.slice(i + 1))) {
        end = i;
        break;
      }
    }
    return [...withoutParentheticals(body.slice(0, end)).matchAll(/`([^`]+)`/g)].map(
      (m) => m[1] ?? '',
    );
  }
  return undefined;
}

/** The test sources that may drive an action's reasons: its own tests and the cross-cutting ones. */
function testSources(action: string): string {
  const dirs = [
    join(ROOT, 'actions', action, 'test'),
    join(ROOT, 'test/bundles'),
    join(ROOT, 'test/e2e'),
  ];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    )
    .join('\n');
}

describe('failure reasons: declared, documented, enforced', () => {
  it('finds the actions that declare their reasons', () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  describe.each(actions)('%s', (action) => {
    const dir = join(ROOT, 'actions', action);

    it('declares each reason once, spelled as an output value', async () => {
      const declared = await declaredReasons(action);
      expect(declared.filter((r) => !REASON.test(r))).toEqual([]);
      expect(new Set(declared).size).toBe(declared.length);
      // The kernel raises these for every action: they must be declared (and so documented).
      expect(declared).toEqual(expect.arrayContaining(['bad-input', 'cancelled']));
    });

    it('action.yml documents exactly the declared reasons', async () => {
      const documented = actionYmlReasons(readFileSync(join(dir, 'action.yml'), 'utf8'));
      expect(asSet(documented)).toEqual(asSet(await declaredReasons(action)));
    });

    it('README.md lists exactly the declared reasons', async () => {
      const section = readmeSection(readFileSync(join(ROOT, 'README.md'), 'utf8'), action);
      const listed = readmeReasons(section);
      expect(listed, 'a "`failure-reason` (...)" or "`failure-reason`: ..." list').toBeDefined();
      expect(asSet(listed ?? [])).toEqual(asSet(await declaredReasons(action)));
    });

    it('every reason is expected by at least one test (a documented reason nobody provokes is a guess)', async () => {
      const sources = testSources(action);
      const untested = (await declaredReasons(action)).filter(
        (r) => !['bad-input', 'cancelled'].includes(r) && !sources.includes(`'${r}'`),
      );
      expect(untested).toEqual([]);
    });

    it('hands them to runAction, which reports an undeclared reason as a bug', () => {
      const index = readFileSync(join(dir, 'src/index.ts'), 'utf8');
      expect(index).toMatch(/from '\.\/failure-reasons'/);
      expect(index).toMatch(/runAction\([^;]*\{[^}]*\breasons: FAILURE_REASONS\b/s);
    });
  });
});

describe('the readers of the documented lists', () => {
  it('reads an action.yml list with explanations in parentheses', () => {
    const yml = [
      'outputs:',
      '  failure-reason:',
      '    description: >-',
      '      On failure, a stable code: bad-input, forbidden (RBAC, or a role, missing),',
      '      cancelled (also on timeout).',
    ].join('\n');
    expect(actionYmlReasons(yml)).toEqual(['bad-input', 'forbidden', 'cancelled']);
    const k6Style = [
      'outputs:',
      '  failure-reason:',
      '    description: >-',
      '      Why it failed (or, with fail-on: none, why not): `bad-input`, timeout or k6-failed.',
    ].join('\n');
    expect(actionYmlReasons(k6Style)).toEqual(['bad-input', 'timeout', 'k6-failed']);
  });

  it('reads both README list forms and ignores a mention without a list', () => {
    expect(
      readmeReasons(
        'Outputs: `a`, `failure-reason`. Refusals, each a `failure-reason`: `x`, `y` (why: `z`), `w`. Then `v`.',
      ),
    ).toEqual(['x', 'y', 'w']);
    expect(readmeReasons('`ok`, `failure-reason` (`x`, `y` (RBAC)), `after`')).toEqual(['x', 'y']);
    expect(readmeReasons('`failure-reason` only')).toBeUndefined();
  });
});
