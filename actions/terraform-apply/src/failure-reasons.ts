/**
 * Every `failure-reason` terraform-apply can set, declared once: action.yml and
 * the README list exactly these (test/contracts/failure-reasons.test.ts checks
 * both), and index.ts hands them to runAction, which reports any other as a bug.
 * `bad-input` comes from the kernel's input parsers, `unsupported-plan-format`
 * from the shared plan reader.
 */
export const FAILURE_REASONS = [
  'bad-input',
  'artifact-missing',
  'plan-tampered',
  'plan-from-other-commit',
  'plan-from-other-environment',
  'version-mismatch',
  'plan-expired',
  'policy-denied',
  'unsupported-plan-format',
  'not-applyable',
  'plan-stale',
  'state-locked',
  'apply-failed',
  'init-failed',
  'cancelled',
] as const;

export type ApplyFailureReason = (typeof FAILURE_REASONS)[number];
