/**
 * The k6-load-test results file (results.json, schema medimind.k6-results/v1):
 * written by k6-load-test, read back as its next run's baseline and by
 * readiness-check's performance category. Types only (plus the schema name),
 * so both actions agree on one shape without importing each other.
 * Numbers k6 could not measure (NaN) are written as null.
 */
export const RESULTS_SCHEMA = 'medimind.k6-results/v1';

export type TimelinePoint = {
  t: number;
  rps: number;
  p95: number;
  errorRate: number;
  requests: number;
};

export type GroupResult = {
  service: string;
  scenario: string;
  requests: number;
  errorRate: number;
  rps: number;
  droppedIterations: number;
  latencyMs: {
    p50: number;
    p90: number;
    p95: number;
    p99: number;
    min: number;
    max: number;
    avg: number;
  };
  timeline: TimelinePoint[];
  /** Fixed-size uniform latency sample (ms), for the next run's baseline comparison. */
  samples: number[];
};

export type SloCheck = {
  service: string;
  objective: string;
  target: string;
  observed: string;
  passed: boolean;
};

export type ThroughputCheck = {
  service: string;
  targetRps: number;
  achievedRps: number;
  reached: boolean;
};

export type Knee = {
  service: string;
  /** Highest achieved rate at which every SLO of the service held. */
  holdsUpToRps: number | undefined;
  /** First achieved rate at which one broke, and what broke. */
  brokeAtRps: number | undefined;
  broken: string | undefined;
};

export type SignalSeries = {
  labels: Record<string, string>;
  min: number;
  max: number;
  avg: number;
  last: number;
  first: number;
};

export type Signal = {
  name: string;
  title: string;
  query: string;
  unit: string;
  series: SignalSeries[];
  error?: string;
};

export type RegressionEvidence = {
  service: string;
  baselineN: number;
  currentN: number;
  baselineP95: number;
  currentP95: number;
  /** currentP95 / baselineP95 - 1. */
  p95Change: number;
  u: number;
  z: number;
  /** One-sided p-value for "current is stochastically larger". */
  pValue: number;
  regression: boolean;
};

export type ThresholdVerdict = {
  script: string;
  metric: string;
  expression: string;
  passed: boolean;
  /** The measured value the expression is about, when the export has it. */
  observed?: number;
};

export type ResultsDocument = {
  schema: typeof RESULTS_SCHEMA;
  profile: string;
  k6Version: string;
  startedAt: string;
  endedAt: string;
  passed: boolean;
  failureReason: string | null;
  scripts: { script: string; exitCode: number | null; reason: string | null }[];
  /** Per service and scenario: latency percentiles (ms), error rate, achieved req/s, timeline, latency sample. */
  services: GroupResult[];
  slo: SloCheck[];
  thresholds: ThresholdVerdict[];
  throughput: ThroughputCheck[];
  knees: Knee[];
  regression: { baseline: string | null; detected: boolean; evidence: RegressionEvidence[] };
  prometheus: Signal[] | null;
  points: { lines: number; points: number; malformed: number };
};
