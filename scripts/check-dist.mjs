#!/usr/bin/env node
// Fails when any committed actions/*/dist differs from a fresh build: GitHub runs
// dist/ as committed, so stale bundles would ship code nobody reviewed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildAll } from './build.mjs';

const root = join(import.meta.dirname, '..');

function files(dir) {
  try {
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  } catch {
    return [];
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'check-dist-'));
try {
  await buildAll(scratch);
  const problems = [];
  const actions = readdirSync(join(root, 'actions')).filter((a) => !a.startsWith('_'));
  for (const action of actions) {
    const committed = join(root, 'actions', action, 'dist');
    const fresh = join(scratch, 'actions', action, 'dist');
    const names = new Set([...files(committed), ...files(fresh)]);
    // A composite action (runs.using: composite) has no bundle and nothing to license.
    if (names.size > 0 && !files(committed).includes('licenses.txt'))
      problems.push(`no licence notices: ${relative(root, join(committed, 'licenses.txt'))}`);
    for (const name of names) {
      let a = null;
      let b = null;
      try {
        a = readFileSync(join(committed, name));
      } catch {}
      try {
        b = readFileSync(join(fresh, name));
      } catch {}
      if (!a) problems.push(`missing from the commit: ${relative(root, join(committed, name))}`);
      else if (!b)
        problems.push(
          `stale file not produced by the build: ${relative(root, join(committed, name))}`,
        );
      else if (!a.equals(b))
        problems.push(`differs from a fresh build: ${relative(root, join(committed, name))}`);
    }
  }
  if (problems.length) {
    console.error(
      `check-dist: ${problems.length} problem(s); run \`npm run build\` and commit dist/:`,
    );
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('check-dist: every committed bundle matches a fresh build');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
