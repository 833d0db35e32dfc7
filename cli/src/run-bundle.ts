/**
 * Runs an action's committed dist/index.js the way the GitHub runner does:
 * action.yml defaults applied, INPUT_* variables, fresh GITHUB_OUTPUT /
 * GITHUB_ENV / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, GITHUB_* context.
 * Used by `medimind run` and by the bundle tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { envName } from '../../actions/_shared/src/inputs';
import { parseFileCommands } from '../../actions/_shared/testing/runner-fixture';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export type ActionMetadata = {
  name: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
};

export function actionDir(action: string): string {
  return join(repoRoot, 'actions', action);
}

export function readActionMetadata(action: string, dir = actionDir(action)): ActionMetadata {
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new Error(`unknown action "${action}": ${file} does not exist`);
  return parse(readFileSync(file, 'utf8')) as ActionMetadata;
}

export type BundleRunOptions = {
  action: string;
  /** The action's folder when it is not actions/<action> of this repository. */
  dir?: string;
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_SHA, AWS_*, ...); wins over the defaults set here. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** A script other than runs.main, relative to the action folder. */
  entry?: string;
  args?: string[];
  stdin?: string;
  signal?: AbortSignal;
  /** Called with each chunk as it arrives (the CLI renders them live). */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
};

export type BundleRun = {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exported: Record<string, string>;
  summary: string;
  runnerTemp: string;
};

export function runnerEnvironment(
  metadata: ActionMetadata,
  inputs: Record<string, string>,
  runnerTemp: string,
  cwd: string,
): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_WORKSPACE: cwd,
    GITHUB_REPOSITORY: 'medimind/delivery',
    GITHUB_REPOSITORY_OWNER: 'medimind',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKFLOW: 'local',
    GITHUB_JOB: 'local',
    GITHUB_ACTOR: 'local-user',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
  };
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.default !== undefined) env[envName(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(inputs)) env[envName(name)] = value;
  return env;
}

export async function runBundle(options: BundleRunOptions): Promise<BundleRun> {
  const dir = options.dir ?? actionDir(options.action);
  const metadata = readActionMetadata(options.action, dir);
  const script = join(dir, options.entry ?? metadata.runs.main);
  const runnerTemp = mkdtempSync(join(tmpdir(), `medimind-${options.action}-`));
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, '_output'),
    GITHUB_ENV: join(runnerTemp, '_env'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, '_summary.md'),
    GITHUB_PATH: join(runnerTemp, '_path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const cwd = options.cwd ?? process.cwd();
  // The runner's environment, not ours: no INPUT_* or AWS_* leaks from the caller.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) =>
      ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TERM'].includes(k),
    ),
  );
  const env = {
    ...inherited,
    ...runnerEnvironment(metadata, options.inputs ?? {}, runnerTemp, cwd),
    ...files,
    ...options.env,
  };
  const child = spawn(process.execPath, [script, ...(options.args ?? [])], {
    cwd,
    env: Object.fromEntries(
      Object.entries(env).filter(([, v]) => v !== undefined),
    ) as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
    signal: options.signal,
    killSignal: 'SIGINT',
  });
  child.stdin.end(options.stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    options.onStdout?.(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    options.onStderr?.(chunk);
  });
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
    child.on('error', () => {});
    child.on('close', (code, sig) => done([code, sig]));
  });
  const read = (file: string) => readFileSync(file, 'utf8');
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    exported: parseFileCommands(read(files.GITHUB_ENV)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    runnerTemp,
  };
}
