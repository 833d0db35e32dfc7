import { duration } from '../../_shared/src/inputs';
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
};

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
  };
}
