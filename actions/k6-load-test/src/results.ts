/** The results file: one schema-versioned JSON document per run (the baseline of the next). */
import type { GroupResult, Knee, SloCheck, ThroughputCheck } from './analysis';
import type { RESULTS_SCHEMA } from './constants';
import type { Signal } from './prometheus';
import type { RegressionEvidence } from './regression';
import type { ThresholdVerdict } from './summary-export';

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

/** JSON with NaN/Infinity written as null (JSON has neither). */
export function toJson(doc: ResultsDocument): string {
  return `${JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
