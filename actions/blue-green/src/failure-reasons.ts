/**
 * Every value of blue-green's `failure-reason` output, declared once (action.yml
 * lists the same, checked by a test).
 */
export const FAILURE_REASONS = [
  'bad-input',
  'lock-held',
  'lock-lost',
  'rollout-failed',
  'rollout-timeout',
  'smoke-failed',
  'switch-conflict',
  'analysis-failed',
  'analysis-inconclusive',
  'nothing-to-roll-back',
  'release-not-live',
  'credentials-expiring',
  'forbidden',
  'rejected-by-api',
  'cancelled',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** The same values by name, for code. */
export const Reasons = {
  BadInput: 'bad-input',
  LockHeld: 'lock-held',
  LockLost: 'lock-lost',
  RolloutFailed: 'rollout-failed',
  RolloutTimeout: 'rollout-timeout',
  SmokeFailed: 'smoke-failed',
  SwitchConflict: 'switch-conflict',
  AnalysisFailed: 'analysis-failed',
  AnalysisInconclusive: 'analysis-inconclusive',
  NothingToRollBack: 'nothing-to-roll-back',
  /** mode finalize: the live colour is not the one this release switched to (or its analysis has not passed). */
  ReleaseNotLive: 'release-not-live',
  /** AWS_CREDENTIAL_EXPIRATION leaves less than timeout plus the rollback margin. */
  CredentialsExpiring: 'credentials-expiring',
  Forbidden: 'forbidden',
  RejectedByApi: 'rejected-by-api',
  Cancelled: 'cancelled',
} as const satisfies Record<string, FailureReason>;
