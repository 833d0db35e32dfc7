import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../_shared/src/errors';
import { boolean, duration, keyValues, list, oneOf, optional, raw } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import {
  type BackendConfig,
  backendConfigInput,
  bundleDirectoryInput,
  directoryInput,
  nameInput,
} from '../../_shared/src/terraform/inputs';
import { parseRedactRules, type RedactRule } from '../../_shared/src/terraform/redact';
import { FMT_MODES, INPUTS, MODES, POLICY_MODES } from './constants';
import { planInputError } from './failure-reasons';

export type PlanConfig = {
  /** As given (relative to the workspace): used in markers, manifest and titles. */
  workingDirectory: string;
  /** Absolute path terraform runs in. */
  cwd: string;
  environment: string;
  backendConfig: BackendConfig;
  varFiles: string[];
  variables: Map<string, string>;
  workspace: string;
  lockTimeoutMs: number;
  refresh: boolean;
  mode: (typeof MODES)[number];
  fmt: (typeof FMT_MODES)[number];
  policy: (typeof POLICY_MODES)[number];
  allowDestroy: string[];
  requiredTags: string[];
  redact: RedactRule[];
  commentOnPr: boolean;
  githubToken: string;
  bundleDirectory: string;
  /** KMS key (ARN, alias or id) the binary plan is envelope-encrypted under; empty: plaintext. */
  kmsKeyId: string;
  allowPlaintextBundle: boolean;
};

/** A key ARN, alias ARN, `alias/name`, key id or multi-Region key id. */
const KMS_KEY =
  /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)|alias\/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-f-]{32,36})$/;

/**
 * The binary plan holds every variable and the prior state: it is encrypted
 * unless the caller explicitly accepts a plaintext bundle (local runs).
 */
function bundleProtection(env: Env, environment: string) {
  const kmsKeyId = optional(INPUTS.kmsKeyId, '', env);
  if (kmsKeyId && !KMS_KEY.test(kmsKeyId)) {
    throw planInputError(
      `Input ${INPUTS.kmsKeyId} must be a KMS key ARN, alias ARN, alias/<name> or key id; got "${kmsKeyId}"`,
      'bad-input',
    );
  }
  const allowPlaintextBundle = boolean(INPUTS.allowPlaintextBundle, false, env);
  if (!kmsKeyId && !allowPlaintextBundle) {
    throw planInputError(
      `Input ${INPUTS.kmsKeyId} is empty: the plan bundle for environment "${environment}" would hold its variables and state in plaintext. Set ${INPUTS.kmsKeyId} to the plan-bundle KMS key, or ${INPUTS.allowPlaintextBundle}: true for a local run`,
      'bundle-unencrypted',
    );
  }
  return { kmsKeyId, allowPlaintextBundle };
}

export function readPlanInputs(env: Env = process.env): PlanConfig {
  const { given, cwd } = directoryInput(INPUTS.workingDirectory, env);
  const environment = nameInput(INPUTS.environment, env);
  const varFiles = list(INPUTS.varFiles, env).map((file) => {
    const path = resolve(cwd, file);
    if (!existsSync(path)) {
      throw new ConfigurationError(
        `Input ${INPUTS.varFiles}: "${file}" does not exist (paths are relative to the working directory)`,
      );
    }
    return file;
  });
  const bundleDirectory = bundleDirectoryInput(INPUTS.bundleDirectory, env, cwd, environment);
  const protection = bundleProtection(env, environment);
  return {
    ...protection,
    workingDirectory: given,
    cwd,
    environment,
    backendConfig: backendConfigInput(INPUTS.backendConfig, env, cwd),
    varFiles,
    variables: keyValues(INPUTS.variables, env),
    workspace: nameInput(INPUTS.workspace, env, 'default'),
    lockTimeoutMs: duration(INPUTS.lockTimeout, '5m', env, { max: 3_600_000 }),
    refresh: boolean(INPUTS.refresh, true, env),
    mode: oneOf(INPUTS.mode, MODES, 'plan', env),
    fmt: oneOf(INPUTS.fmt, FMT_MODES, 'check', env),
    policy: oneOf(INPUTS.policy, POLICY_MODES, 'enforce', env),
    allowDestroy: list(INPUTS.allowDestroy, env),
    requiredTags: list(INPUTS.requiredTags, env),
    redact: parseRedactRules(lines(INPUTS.redact, env), INPUTS.redact),
    commentOnPr: boolean(INPUTS.commentOnPr, true, env),
    githubToken: optional(INPUTS.githubToken, '', env),
    bundleDirectory,
  };
}

/** One item per line (regexes may hold commas); blank and `#` lines dropped. */
function lines(name: string, env: Env): string[] {
  return raw(name, env)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
