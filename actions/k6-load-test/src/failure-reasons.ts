/**
 * Every `failure-reason` the action can set, declared once. action.yml lists
 * the same words (a test compares them).
 */
export const FAILURE_REASONS = [
  'bad-input',
  'install-failed',
  'install-checksum-mismatch',
  'thresholds-failed',
  'throughput-not-reached',
  'regression-detected',
  'invalid-config',
  'cancelled',
  'script-error',
  'script-aborted',
  'setup-timeout',
  'teardown-timeout',
  'timeout',
  'marked-failed',
  'k6-failed',
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

/**
 * k6's own exit codes (errext/exitcodes/codes.go) mapped to reasons. Anything
 * else non-zero (including a crash) is `k6-failed`.
 */
export const K6_EXIT_CODES: Readonly<Record<number, FailureReason>> = {
  99: 'thresholds-failed',
  100: 'setup-timeout',
  101: 'teardown-timeout',
  102: 'timeout',
  104: 'invalid-config',
  105: 'cancelled',
  107: 'script-error',
  108: 'script-aborted',
  110: 'marked-failed',
};

export function reasonForExit(code: number | null): FailureReason | undefined {
  if (code === 0) return undefined;
  return (code !== null && K6_EXIT_CODES[code]) || 'k6-failed';
}
