import { ConfigurationError } from '../../_shared/src/errors';
import { duration, required } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import {
  type BackendConfig,
  backendConfigInput,
  bundleDirectoryInput,
  directoryInput,
  nameInput,
} from '../../_shared/src/terraform/inputs';
import { INPUTS } from './constants';

export type ApplyConfig = {
  workingDirectory: string;
  cwd: string;
  environment: string;
  workspace: string;
  bundleDirectory: string;
  maxPlanAgeMs: number;
  lockTimeoutMs: number;
  backendConfig: BackendConfig;
  /** The plan job's `plan-sha256` output: the trust anchor, from outside the artifact. */
  expectedPlanSha256: string;
};

function sha256Input(name: string, env: Env): string {
  const value = required(name, env).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(value)) {
    throw new ConfigurationError(
      `Input ${name} must be the 64 hex digits terraform-plan set as its plan-sha256 output; got "${value}"`,
    );
  }
  return value;
}

export function readApplyInputs(env: Env = process.env): ApplyConfig {
  const { given, cwd } = directoryInput(INPUTS.workingDirectory, env);
  const environment = nameInput(INPUTS.environment, env);
  return {
    workingDirectory: given,
    cwd,
    environment,
    workspace: nameInput(INPUTS.workspace, env, 'default'),
    bundleDirectory: bundleDirectoryInput(INPUTS.bundleDirectory, env, cwd, environment),
    maxPlanAgeMs: duration(INPUTS.maxPlanAge, '24h', env, { min: 1000 }),
    lockTimeoutMs: duration(INPUTS.lockTimeout, '5m', env, { max: 3_600_000 }),
    backendConfig: backendConfigInput(INPUTS.backendConfig, env, cwd),
    expectedPlanSha256: sha256Input(INPUTS.expectedPlanSha256, env),
  };
}
