/**
 * One verdict from everything a run produced. Precedence: cancellation, then
 * a k6 error (the run itself is in doubt), then failed thresholds, then an
 * unreached throughput, then a regression (only with fail-on: regression).
 * `fail-on: none` turns the last three into a warning; k6 errors still fail.
 */
import type { ThroughputCheck } from './analysis';
import type { FailOn } from './constants';
import type { FailureReason } from './failure-reasons';
import type { ThresholdVerdict } from './summary-export';

export type ScriptOutcome = {
  name: string;
  exitCode: number | null;
  reason: FailureReason | undefined;
};

export type Verdict = {
  passed: boolean;
  reason: FailureReason | undefined;
  /** Whether the step fails (fail-on: none only reports verdicts). */
  failsStep: boolean;
  message: string;
};

const JUDGEMENTS: readonly FailureReason[] = [
  'thresholds-failed',
  'throughput-not-reached',
  'regression-detected',
];

/** The most telling reason among the scripts' outcomes: an error beats a verdict. */
export function k6Reason(runs: readonly ScriptOutcome[]): FailureReason | undefined {
  const reasons = runs.map((r) => r.reason).filter((r): r is FailureReason => r !== undefined);
  return (
    reasons.find((r) => r === 'cancelled') ??
    reasons.find((r) => r !== 'thresholds-failed') ??
    reasons[0]
  );
}

export function decideVerdict(input: {
  runs: readonly ScriptOutcome[];
  thresholds: readonly ThresholdVerdict[];
  throughput: readonly ThroughputCheck[];
  regressed: boolean;
  failOn: FailOn;
}): Verdict {
  const k6 = k6Reason(input.runs);
  const reason: FailureReason | undefined =
    k6 && k6 !== 'thresholds-failed'
      ? k6
      : k6 === 'thresholds-failed' || input.thresholds.some((t) => !t.passed)
        ? 'thresholds-failed'
        : input.throughput.some((t) => !t.reached)
          ? 'throughput-not-reached'
          : input.regressed && input.failOn === 'regression'
            ? 'regression-detected'
            : undefined;
  return {
    passed: reason === undefined,
    reason,
    failsStep: reason !== undefined && (input.failOn !== 'none' || !JUDGEMENTS.includes(reason)),
    message: reason ? describe(reason, input.runs, input.throughput) : 'passed',
  };
}

function describe(
  reason: FailureReason,
  runs: readonly ScriptOutcome[],
  throughput: readonly ThroughputCheck[],
): string {
  switch (reason) {
    case 'thresholds-failed':
      return 'k6 thresholds failed: see the thresholds table in the job summary';
    case 'throughput-not-reached':
      return `Target throughput not reached: ${throughput
        .filter((t) => !t.reached)
        .map((t) => `${t.service} ${t.achievedRps} req/s of ${t.targetRps}`)
        .join(', ')} (latency may still have passed)`;
    case 'regression-detected':
      return 'Latency regressed against the baseline: see the regression table in the job summary';
    default: {
      const failed = runs
        .filter((r) => r.reason === reason)
        .map((r) => `${r.name} (exit ${r.exitCode})`);
      return `k6 failed: ${reason} in ${failed.join(', ')}`;
    }
  }
}
