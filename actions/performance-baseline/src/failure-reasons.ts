/**
 * Every `failure-reason` performance-baseline can set, declared once: action.yml and the README
 * list exactly these (test/contracts/failure-reasons.test.ts checks both), and
 * runAction reports any other as a bug.
 */
export const FAILURE_REASONS = ['bad-input', 'baseline-unavailable', 'cancelled'] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];
