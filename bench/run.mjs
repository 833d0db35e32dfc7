#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ one after another (never in
// parallel: they measure whole-process time on a 2-core machine).
// `npm run bench -- sandbox` runs only files whose name contains "sandbox".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const filter = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => /\.(mjs|ts)$/.test(f) && f !== 'run.mjs')
  // Worker processes that a benchmark starts itself are not benchmarks.
  .filter((f) => !/-worker\.(mjs|ts)$/.test(f))
  .filter((f) => filter.length === 0 || filter.some((word) => f.includes(word)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const runner = file.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const result = spawnSync(process.execPath, [...runner, join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${file} exited with ${result.status ?? result.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
