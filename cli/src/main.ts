/**
 * `medimind`: run this library's actions locally, exactly as the runner would.
 *
 *   medimind run <action> [--input name=value]... [--env NAME=value]... [--cwd dir]
 *   medimind sandbox [options]     the embedded Kubernetes API double
 *   medimind rehearse [workflow] [options]   a reusable workflow, locally, on embedded defaults
 *   medimind help
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ActionMetadata, readActionMetadata, repoRoot, runBundle } from './run-bundle';
import { RunnerConsole, renderSummary } from './terminal';

export class UsageError extends Error {}

const USAGE = `Usage:
  medimind run <action> [--input name=value]... [--env NAME=value]... [--cwd dir]
  medimind sandbox [--help]
  medimind rehearse [staged-rollout|promote|nightly-performance] [--approve <environment>]
                    [--fail <job>[/<step>]] [--images name=ref]... [--input name=value]...
                    [--workflow-file <path>]
  medimind help

Actions: ${listActions().join(', ')}`;

export function listActions(): string[] {
  return (
    readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
      // Bundled actions only: a composite (release-environment) has no dist/ to run.
      .filter((d) => existsSync(join(repoRoot, 'actions', d.name, 'dist', 'index.js')))
      .map((d) => d.name)
      .sort()
  );
}

export type RunArgs = {
  action: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  cwd?: string;
};

function pair(flag: string, text: string | undefined): [string, string] {
  const at = text?.indexOf('=') ?? -1;
  if (!text || at <= 0) throw new UsageError(`${flag} expects name=value, got "${text ?? ''}"`);
  return [text.slice(0, at), text.slice(at + 1)];
}

export function parseRunArgs(argv: string[]): RunArgs {
  const [action, ...rest] = argv;
  if (!action || action.startsWith('-'))
    throw new UsageError('medimind run: name the action to run');
  if (!listActions().includes(action)) {
    throw new UsageError(`unknown action "${action}"; available: ${listActions().join(', ')}`);
  }
  const result: RunArgs = { action, inputs: {}, env: {} };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = rest[++i];
    if (flag === '--input' || flag === '-i') {
      const [k, v] = pair(flag, value);
      result.inputs[k] = v;
    } else if (flag === '--env' || flag === '-e') {
      const [k, v] = pair(flag, value);
      result.env[k] = v;
    } else if (flag === '--cwd') {
      if (!value) throw new UsageError('--cwd expects a directory');
      result.cwd = value;
    } else {
      throw new UsageError(`unknown option "${flag}" (allowed: --input, --env, --cwd)`);
    }
  }
  return result;
}

function checkInputs(metadata: ActionMetadata, args: RunArgs): void {
  const known = Object.keys(metadata.inputs ?? {});
  for (const name of Object.keys(args.inputs)) {
    if (!known.includes(name)) {
      throw new UsageError(
        `action ${args.action} has no input "${name}"; its inputs: ${known.join(', ')}`,
      );
    }
  }
}

export async function runCommand(
  argv: string[],
  write = (t: string) => process.stdout.write(t),
): Promise<number> {
  const args = parseRunArgs(argv);
  const metadata = readActionMetadata(args.action);
  checkInputs(metadata, args);
  const console = new RunnerConsole(write);
  const controller = new AbortController();
  const forward = () => controller.abort();
  process.once('SIGINT', forward);
  process.once('SIGTERM', forward);
  try {
    const result = await runBundle({
      action: args.action,
      inputs: args.inputs,
      env: { ...pickLocalEnv(), ...args.env },
      cwd: args.cwd,
      signal: controller.signal,
      onStdout: (chunk) => console.feed(chunk),
      onStderr: (chunk) => console.feed(chunk),
    });
    console.flush();
    const outputs = Object.entries(result.outputs);
    write(`\n── outputs ${outputs.length ? '' : '(none)'}\n`);
    for (const [name, value] of outputs) write(`${name} = ${console.redact(value)}\n`);
    if (result.summary.trim())
      write(`\n── job summary\n${console.redact(renderSummary(result.summary))}\n`);
    return result.exitCode ?? 1;
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}

/** Local credentials and tool settings a developer would expect to reach the action. */
function pickLocalEnv(): Record<string, string> {
  const keep = /^(AWS_|KUBECONFIG$|TF_|GITHUB_TOKEN$|RUNNER_DEBUG$|ACTIONS_)/;
  return Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => keep.test(k) && v !== undefined),
  ) as Record<string, string>;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'sandbox': {
        const { runSandboxCli } = await import('../../sandbox/cli');
        return await runSandboxCli(rest);
      }
      case 'rehearse': {
        const { rehearse } = await import('./rehearse');
        return await rehearse(rest);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`medimind: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
}
