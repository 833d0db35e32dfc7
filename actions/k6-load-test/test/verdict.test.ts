import { describe, expect, it } from 'vitest';
import type { ThroughputCheck } from '../src/analysis';
import type { ThresholdVerdict } from '../src/summary-export';
import { decideVerdict, type ScriptOutcome } from '../src/verdict';

const ok: ScriptOutcome = { name: 'backend-api', exitCode: 0, reason: undefined };
const thresholdsFailed: ScriptOutcome = {
  name: 'ml-pipeline',
  exitCode: 99,
  reason: 'thresholds-failed',
};
const scriptError: ScriptOutcome = {
  name: 'voice-analysis',
  exitCode: 107,
  reason: 'script-error',
};
const failedThreshold: ThresholdVerdict = {
  script: 's',
  metric: 'm',
  expression: 'p(95)<100',
  passed: false,
};
const slow: ThroughputCheck = {
  service: 'backend-api',
  targetRps: 2000,
  achievedRps: 1500,
  reached: false,
};
const base = {
  runs: [ok],
  thresholds: [],
  throughput: [],
  regressed: false,
  failOn: 'thresholds' as const,
};

describe('decideVerdict', () => {
  it('passes when nothing failed', () => {
    expect(decideVerdict(base)).toEqual({
      passed: true,
      reason: undefined,
      failsStep: false,
      message: 'passed',
    });
  });

  it('a k6 error beats failed thresholds in another script', () => {
    const v = decideVerdict({ ...base, runs: [thresholdsFailed, scriptError] });
    expect(v).toMatchObject({ reason: 'script-error', failsStep: true });
    expect(v.message).toBe('k6 failed: script-error in voice-analysis (exit 107)');
  });

  it('failed thresholds (from the exit code or the export) beat throughput; throughput beats regression', () => {
    expect(decideVerdict({ ...base, runs: [thresholdsFailed], throughput: [slow] }).reason).toBe(
      'thresholds-failed',
    );
    expect(
      decideVerdict({ ...base, thresholds: [failedThreshold], throughput: [slow] }).reason,
    ).toBe('thresholds-failed');
    const v = decideVerdict({ ...base, throughput: [slow], regressed: true, failOn: 'regression' });
    expect(v.reason).toBe('throughput-not-reached');
    expect(v.message).toBe(
      'Target throughput not reached: backend-api 1500 req/s of 2000 (latency may still have passed)',
    );
  });

  it('a regression fails only with fail-on: regression', () => {
    expect(decideVerdict({ ...base, regressed: true }).passed).toBe(true);
    expect(decideVerdict({ ...base, regressed: true, failOn: 'regression' })).toMatchObject({
      reason: 'regression-detected',
      failsStep: true,
    });
  });

  it('fail-on: none reports verdicts without failing the step; k6 errors and cancellation still fail', () => {
    expect(decideVerdict({ ...base, runs: [thresholdsFailed], failOn: 'none' })).toMatchObject({
      passed: false,
      reason: 'thresholds-failed',
      failsStep: false,
    });
    expect(decideVerdict({ ...base, runs: [scriptError], failOn: 'none' }).failsStep).toBe(true);
    const cancelled: ScriptOutcome = { name: 'x', exitCode: 105, reason: 'cancelled' };
    expect(
      decideVerdict({ ...base, runs: [scriptError, cancelled], failOn: 'none' }),
    ).toMatchObject({ reason: 'cancelled', failsStep: true });
  });
});
