/**
 * Running the terraform CLI: plain arguments (`-input=false -no-color`), exit
 * codes handled by the caller, cancellation forwarded as SIGINT so terraform
 * stops gracefully and releases the state lock.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CancelledError } from '../cancel';
import { ActionFailure } from '../errors';
import { type ExecOptions, type ExecResult, execute } from '../exec';

export type TerraformCli = {
  /** Executable: `terraform` on PATH unless TERRAFORM_BIN-style overrides are given. */
  bin: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
};

/** The terraform both actions run: TERRAFORM_CLI_PATH (setup-terraform's) or `terraform` on PATH. */
export function terraformCli(options: {
  cwd: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  bin?: string;
  signal?: AbortSignal;
}): TerraformCli {
  const { cwd, workspace, env, bin, signal } = options;
  return {
    bin: bin ?? env.TERRAFORM_CLI_PATH ?? 'terraform',
    cwd,
    env: { ...process.env, ...env, TF_WORKSPACE: workspace },
    signal,
  };
}

export async function terraform(
  cli: TerraformCli,
  args: readonly string[],
  output: ExecOptions['output'] = 'tee',
): Promise<ExecResult> {
  const result = await execute(cli.bin, args, {
    cwd: cli.cwd,
    env: { TF_IN_AUTOMATION: '1', TF_INPUT: '0', ...cli.env },
    signal: cli.signal,
    output,
    // terraform needs time to finish writing state and release the lock.
    killGraceMs: 60_000,
  });
  if (cli.signal?.aborted) {
    const reason = cli.signal.reason;
    throw reason instanceof CancelledError ? reason : new CancelledError('SIGINT');
  }
  return result;
}

export type LockInfo = {
  id: string;
  path?: string;
  operation?: string;
  who?: string;
  version?: string;
  created?: string;
};

/** Terraform's "Error acquiring the state lock" diagnostic, with its Lock Info block. */
export function parseLockError(text: string): LockInfo | undefined {
  if (!/Error acquiring the state lock/.test(text)) return undefined;
  const field = (name: string) =>
    new RegExp(`^[│\\s]*${name}:[ \\t]*(.*)$`, 'm').exec(text)?.[1]?.trim() || undefined;
  const info: LockInfo = { id: field('ID') ?? '(unknown)' };
  const path = field('Path');
  const operation = field('Operation');
  const who = field('Who');
  const version = field('Version');
  const created = field('Created');
  if (path) info.path = path;
  if (operation) info.operation = operation;
  if (who) info.who = who;
  if (version) info.version = version;
  if (created) info.created = created;
  return info;
}

/** Parses terraform's lock timestamp ("2026-11-26 11:44:09.370118826 +0000 UTC"). */
export function lockCreatedAt(created: string | undefined): number | undefined {
  if (!created) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? ([+-]\d{2})(\d{2})/.exec(created);
  if (!m) return undefined;
  const ms = m[3] ? m[3].slice(0, 4) : '';
  const time = Date.parse(`${m[1]}T${m[2]}${ms}${m[4]}:${m[5]}`);
  return Number.isNaN(time) ? undefined : time;
}

export function lockFailure(info: LockInfo, now: number = Date.now()): ActionFailure {
  const created = lockCreatedAt(info.created);
  const age = created === undefined ? 'unknown age' : `held for ${formatAge(now - created)}`;
  return new ActionFailure(
    `The state is locked by another operation: lock ID ${info.id}, held by ${info.who ?? 'unknown'} (${info.operation ?? 'unknown operation'}), ${age}. Wait for it to finish; if it crashed, run \`terraform force-unlock ${info.id}\` after checking nobody is applying.`,
    'state-locked',
  );
}

function formatAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  return `${(s / 3600).toFixed(1)}h`;
}

export function isStalePlan(text: string): boolean {
  return /Saved plan is stale/.test(text);
}

export type VersionInfo = { terraform: string; providers: Record<string, string> };

export async function terraformVersion(cli: TerraformCli): Promise<VersionInfo> {
  const result = await terraform(cli, ['version', '-json'], 'capture');
  if (result.exitCode !== 0) throw new Error(`terraform version failed: ${result.stderr.trim()}`);
  const json = JSON.parse(result.stdout) as {
    terraform_version: string;
    provider_selections?: Record<string, string>;
  };
  return { terraform: json.terraform_version, providers: json.provider_selections ?? {} };
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sha256File(path: string): string {
  return sha256(readFileSync(path));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * A hash of the initialised backend (type and configuration, as `init` recorded
 * them in .terraform/terraform.tfstate), so apply can tell it is writing to the
 * same state the plan was made against — without storing the configuration.
 */
export function backendFingerprint(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = resolve(cwd, env.TF_DATA_DIR || '.terraform');
  const file = join(dataDir, 'terraform.tfstate');
  if (!existsSync(file)) return sha256('no-backend');
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    backend?: { type?: string; config?: unknown };
  };
  return sha256(
    JSON.stringify(sortKeys({ type: json.backend?.type, config: json.backend?.config })),
  );
}
