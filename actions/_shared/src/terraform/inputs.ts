/** Inputs both terraform actions read the same way. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors';
import { envName, keyValues, optional, raw, required } from '../inputs';
import type { Env } from '../runner';

export type BackendConfig = { files: string[]; values: Map<string, string> };

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function directoryInput(
  name: string,
  env: Env,
  fallback = '.',
): { given: string; cwd: string } {
  const given = optional(name, fallback, env);
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), given);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new ConfigurationError(`Input ${name} must be an existing directory; "${given}" is not`);
  }
  return { given, cwd };
}

export function nameInput(name: string, env: Env, fallback?: string): string {
  const value = fallback === undefined ? required(name, env) : optional(name, fallback, env);
  if (!NAME.test(value)) {
    throw new ConfigurationError(
      `Input ${name} must be letters, digits, ".", "_" or "-"; got "${value}"`,
    );
  }
  return value;
}

/** `backend-config`: paths of backend config files and/or `key=value` lines. */
export function backendConfigInput(name: string, env: Env, cwd: string): BackendConfig {
  const files: string[] = [];
  const lines: string[] = [];
  for (const line of raw(name, env).split(/\r?\n/)) {
    const item = line.trim();
    if (!item || item.startsWith('#')) continue;
    if (item.includes('=')) lines.push(item);
    else {
      const path = resolve(cwd, item);
      if (!existsSync(path)) {
        throw new ConfigurationError(
          `Input ${name}: "${item}" is neither key=value nor an existing file (relative to the working directory)`,
        );
      }
      files.push(path);
    }
  }
  const values = keyValues(name, { [envName(name)]: lines.join('\n') });
  return { files, values };
}

/** `terraform init` arguments for a backend configuration. */
export function backendArgs(backend: BackendConfig): string[] {
  return [
    ...backend.files.map((f) => `-backend-config=${f}`),
    ...[...backend.values].map(([k, v]) => `-backend-config=${k}=${v}`),
  ];
}

/**
 * Where the plan bundle lives: the input, else $RUNNER_TEMP/terraform-plan/<environment>.
 * One definition, because plan writes and apply reads the same default.
 */
export function bundleDirectoryInput(
  name: string,
  env: Env,
  cwd: string,
  environment: string,
): string {
  return resolve(
    env.GITHUB_WORKSPACE ?? process.cwd(),
    optional(name, '', env) ||
      resolve(env.RUNNER_TEMP ?? resolve(cwd, '.terraform'), 'terraform-plan', environment),
  );
}
