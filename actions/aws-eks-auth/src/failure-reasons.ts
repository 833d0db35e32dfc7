/**
 * Every `failure-reason` aws-eks-auth can set, declared once: action.yml and
 * the README list exactly these (test/contracts/failure-reasons.test.ts checks
 * both), and runAction reports any other as a bug.
 */
export const FAILURE_REASONS = [
  'bad-input',
  'no-id-token-permission',
  'no-credentials',
  'assume-role-denied',
  'account-not-allowed',
  'cluster-not-found',
  'cluster-not-active',
  'credentials-expired',
  'cancelled',
] as const;

export type EksAuthFailureReason = (typeof FAILURE_REASONS)[number];
