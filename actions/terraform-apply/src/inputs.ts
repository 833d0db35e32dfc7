import { resolve } from 'node:path';
import { duration, optional } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import {
  type BackendConfig,
  backendConfigInput,
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
};

export function readApplyInputs(env: Env = process.env): ApplyConfig {
  const { given, cwd } = directoryInput(INPUTS.workingDirectory, env);
  const environment = nameInput(INPUTS.environment, env);
  return {
    workingDirectory: given,
    cwd,
    environment,
    workspace: nameInput(INPUTS.workspace, env, 'default'),
    bundleDirectory: resolve(
      env.GITHUB_WORKSPACE ?? process.cwd(),
      optional(INPUTS.bundleDirectory, '', env) ||
        resolve(env.RUNNER_TEMP ?? resolve(cwd, '.terraform'), 'terraform-plan', environment),
    ),
    maxPlanAgeMs: duration(INPUTS.maxPlanAge, '24h', env, { min: 1000 }),
    lockTimeoutMs: duration(INPUTS.lockTimeout, '5m', env, { max: 3_600_000 }),
    backendConfig: backendConfigInput(INPUTS.backendConfig, env, cwd),
  };
}
