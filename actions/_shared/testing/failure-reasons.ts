/**
 * Checks an action's declared failure reasons against its contract: action.yml
 * lists exactly them, the README's section for the action names each, and each
 * one is asserted by at least one test (bundle or unit) — so a reason can be
 * neither undocumented nor untested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..', '..');

export function documentedReasons(action: string): string[] {
  const meta = parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8'));
  const description = meta.outputs['failure-reason'].description as string;
  return [...new Set(description.replace(/^[^:]*:/, '').match(/[a-z]+(?:-[a-z0-9]+)*/g) ?? [])];
}

/** The README.md section `### <action>`, up to the next heading of that level. */
export function readmeSection(action: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`### ${action}\n`);
  if (start < 0) throw new Error(`README.md has no ### ${action} section`);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Test sources that may drive a reason: the action's own tests and the bundle tests. */
export function testSources(action: string): string {
  const files = [
    ...readdirSync(join(root, 'actions', action, 'test'))
      .filter((f) => f.endsWith('.test.ts') && f !== 'failure-reasons.test.ts')
      .map((f) => join(root, 'actions', action, 'test', f)),
    ...readdirSync(join(root, 'test', 'bundles'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => join(root, 'test', 'bundles', f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}
