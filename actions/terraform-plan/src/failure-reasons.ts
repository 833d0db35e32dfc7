/**
 * Every `failure-reason` terraform-plan can set, declared once: action.yml and
 * the README list exactly these (test/contracts/failure-reasons.test.ts checks both).
 */
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';

export const FAILURE_REASONS = [
  'bad-input',
  'bundle-unencrypted',
  'init-failed',
  'fmt-failed',
  'validate-failed',
  'plan-failed',
  'state-locked',
  'unsupported-plan-format',
  'kms-denied',
  'policy-denied',
  'cancelled',
] as const;

export type PlanFailureReason = (typeof FAILURE_REASONS)[number];

export function planFailure(message: string, reason: PlanFailureReason): ActionFailure {
  return new ActionFailure(message, reason);
}

export function planInputError(message: string, reason: PlanFailureReason): ConfigurationError {
  return new ConfigurationError(message, reason);
}
