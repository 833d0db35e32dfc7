export const INPUTS = {
  workingDirectory: 'working-directory',
  environment: 'environment',
  workspace: 'workspace',
  bundleDirectory: 'bundle-directory',
  maxPlanAge: 'max-plan-age',
  lockTimeout: 'lock-timeout',
  backendConfig: 'backend-config',
  expectedPlanSha256: 'expected-plan-sha256',
} as const;

export const OUTPUTS = {
  applied: 'applied',
  outputs: 'outputs',
} as const;

/** Output names an individual terraform output may not take. */
export const RESERVED_OUTPUTS = new Set(['applied', 'outputs', 'failure-reason']);
