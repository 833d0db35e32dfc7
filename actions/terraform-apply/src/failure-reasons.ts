/**
 * Every `failure-reason` terraform-apply can set, declared once: action.yml and
 * the README list exactly these (test/contracts/failure-reasons.test.ts checks both).
 */
import { ActionFailure } from '../../_shared/src/errors';

export const FAILURE_REASONS = [
  'bad-input',
  'artifact-missing',
  'plan-tampered',
  'config-mismatch',
  'plan-from-other-commit',
  'plan-from-other-environment',
  'version-mismatch',
  'plan-expired',
  'policy-denied',
  'kms-denied',
  'unsupported-plan-format',
  'not-applyable',
  'plan-stale',
  'state-locked',
  'apply-failed',
  'init-failed',
  'cancelled',
] as const;

export type ApplyFailureReason = (typeof FAILURE_REASONS)[number];

export function applyFailure(message: string, reason: ApplyFailureReason): ActionFailure {
  return new ActionFailure(message, reason);
}
