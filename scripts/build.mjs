#!/usr/bin/env node
// Bundles every action with ncc: actions/<name>/src/index.ts -> dist/index.js,
// and each actions/<name>/src/bin/<tool>.ts -> dist/<tool>/index.js (helper
// commands shipped inside the bundle, e.g. the EKS token command).
// `--out <dir>` writes the tree under <dir> instead (check-dist uses it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function actionEntries() {
  const actionsDir = join(root, 'actions');
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .filter((d) => existsSync(join(actionsDir, d.name, 'src', 'index.ts')))
    .flatMap((d) => {
      const src = join(actionsDir, d.name, 'src');
      const bins = existsSync(join(src, 'bin'))
        ? readdirSync(join(src, 'bin'))
            .filter((f) => f.endsWith('.ts'))
            .map((f) => ({ input: join(src, 'bin', f), sub: f.replace(/\.ts$/, '') }))
        : [];
      return [{ input: join(src, 'index.ts'), sub: '' }, ...bins].map((e) => ({
        action: d.name,
        ...e,
      }));
    });
}

/**
 * The module format ncc gives an entry: that of the nearest package.json "type"
 * (as Node and ncc decide it). An action whose src/ holds {"type":"commonjs"}
 * is bundled as CommonJS, which Node 20 starts measurably faster than ESM.
 */
function moduleType(input) {
  for (let dir = dirname(input); dir.startsWith(root); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type ?? 'commonjs';
  }
  return 'commonjs';
}

async function bundle({ action, input, sub }, outRoot) {
  const { code, assets } = await ncc(input, {
    minify: true,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
    cache: false,
    // tsc checks types for the whole project (npm run typecheck); the bundler only transpiles.
    transpileOnly: true,
    // The licence texts of everything bundled ship beside the code they cover.
    license: 'licenses.txt',
  });
  const out = join(outRoot, 'actions', action, 'dist', sub);
  mkdirSync(out, { recursive: true });
  // Node reads index.js (and its chunks) in the format ncc wrote them in.
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify({ type: moduleType(input) }, null, 2)}\n`,
  );
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'package.json') continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source);
  }
  return out;
}

export async function buildAll(outRoot = root, only = []) {
  const entries = actionEntries().filter((e) => only.length === 0 || only.includes(e.action));
  for (const action of new Set(entries.map((e) => e.action))) {
    const dist = join(outRoot, 'actions', action, 'dist');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
  }
  for (const entry of entries) {
    await bundle(entry, outRoot);
    console.log(`built actions/${entry.action}/dist/${entry.sub ? `${entry.sub}/` : ''}index.js`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let outRoot = root;
  const only = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') outRoot = resolve(args[++i]);
    else only.push(args[i]);
  }
  const known = new Set(actionEntries().map((e) => e.action));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length) {
    console.error(
      `build: unknown action(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`,
    );
    process.exit(1);
  }
  await buildAll(outRoot, only);
}
