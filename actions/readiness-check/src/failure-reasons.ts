/** Every value the `failure-reason` output can take (action.yml lists the same, a test compares them). */
export const FAILURE_REASONS = [
  /** An input is missing or malformed. */
  'bad-input',
  /** The manifests could not be built or parsed. */
  'manifests-invalid',
  /** The Kubernetes API could not be reached or refused the reads. */
  'cluster-unreachable',
  /** The Prometheus API could not be reached. */
  'prometheus-unreachable',
  /** At least one check failed (or warned, with fail-on: warn). */
  'checks-failed',
  'cancelled',
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

export const Reason = Object.fromEntries(FAILURE_REASONS.map((r) => [r, r])) as {
  readonly [K in FailureReason]: K;
};
