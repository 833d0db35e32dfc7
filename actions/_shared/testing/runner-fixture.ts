/**
 * The one typed fixture tests use in place of the Actions runner: temp files
 * for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY, INPUT_* variables, and
 * everything written to stdout (workflow commands included) captured.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { envName } from '../src/inputs';
import { setStdout } from '../src/runner';

/** Parses the `name<<delimiter` file-command format back into a record. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const end = lines.indexOf(delimiter!, i + 1);
    result[name!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return result;
}

/** @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it saw; each fixture has its own. */
function resetCoreSummary(): void {
  (summary as unknown as { _filePath?: string })._filePath = undefined;
  summary.emptyBuffer();
}

export type RunnerFixture = ReturnType<typeof runnerFixture>;

export function runnerFixture(inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  Object.assign(process.env, files, { RUNNER_TEMP: dir });
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[envName(name)] = value;
  resetCoreSummary();
  let stdout = '';
  const restoreStdout = setStdout((text) => {
    stdout += text;
  });
  const read = (path: string) => readFileSync(path, 'utf8');
  return {
    dir,
    env: process.env,
    stdout: () => stdout,
    outputs: () => parseFileCommands(read(files.GITHUB_OUTPUT)),
    exported: () => parseFileCommands(read(files.GITHUB_ENV)),
    summary: () => read(files.GITHUB_STEP_SUMMARY),
    /** Every ::add-mask:: value registered so far. */
    masks: () => [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]!),
    errors: () => [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]!),
    restore() {
      restoreStdout();
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      process.exitCode = savedExitCode;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
