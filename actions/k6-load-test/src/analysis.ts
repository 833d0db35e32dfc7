/**
 * From aggregated points to verdicts: per service/scenario percentiles, error
 * rate and achieved rate; SLO checks from slo.yaml; throughput against the
 * profile's target (k6 does not flag a run that never reached its rate); the
 * stress knee; the p95/RPS timeline the charts draw.
 */
import type { Profile, ServiceSlo, Slo } from '../../_shared/src/slo';
import { THROUGHPUT_TOLERANCE } from './constants';
import type { GroupStats, ResultsAggregator } from './ndjson';

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

const round = (n: number, digits = 2) =>
  Number.isFinite(n) ? Number(n.toFixed(digits)) : Number.NaN;

export function groupResults(agg: ResultsAggregator): GroupResult[] {
  return [...agg.groups.values()]
    .filter((g) => g.latency.count > 0 || g.requests > 0)
    .map((g) => ({
      service: g.service,
      scenario: g.scenario,
      requests: g.requests,
      errorRate: round(g.errorRate, 6),
      rps: round(g.rps),
      droppedIterations: g.dropped,
      latencyMs: {
        p50: round(g.latency.quantile(0.5)),
        p90: round(g.latency.quantile(0.9)),
        p95: round(g.latency.quantile(0.95)),
        p99: round(g.latency.quantile(0.99)),
        min: round(g.latency.min),
        max: round(g.latency.max),
        avg: round(g.latency.sum / Math.max(1, g.latency.count)),
      },
      timeline: timelineOf(g, agg.options.bucketMs),
      samples: g.sample.values.map((v) => round(v, 3)),
    }))
    .sort((a, b) => a.service.localeCompare(b.service) || a.scenario.localeCompare(b.scenario));
}

function timelineOf(g: GroupStats, bucketMs: number): TimelinePoint[] {
  const indexes = [...g.timeline.keys()].sort((a, b) => a - b);
  const first = indexes[0] ?? 0;
  return indexes.map((i) => {
    const b = g.timeline.get(i)!;
    return {
      t: ((i - first) * bucketMs) / 1000,
      rps: round(b.requests / (bucketMs / 1000)),
      p95: round(b.latency.quantile(0.95)),
      errorRate: b.failedPoints ? round(b.failed / b.failedPoints, 6) : 0,
      requests: b.requests,
    };
  });
}

function merged(results: GroupResult[], service: string): GroupResult[] {
  return results.filter((r) => r.service === service);
}

export function sloChecks(slo: Slo, results: GroupResult[]): SloCheck[] {
  const checks: SloCheck[] = [];
  for (const s of slo.services) {
    for (const r of merged(results, s.name)) {
      for (const [p, target] of Object.entries(s.latencyMs)) {
        const observed = r.latencyMs[p as keyof GroupResult['latencyMs']];
        checks.push({
          service: r.service,
          objective: `${p} latency`,
          target: `< ${target} ms`,
          observed: `${observed} ms`,
          passed: observed < target,
        });
      }
      checks.push({
        service: r.service,
        objective: 'error rate',
        target: `< ${percent(s.errorRate)}`,
        observed: percent(r.errorRate),
        passed: r.errorRate < s.errorRate,
      });
    }
  }
  return checks;
}

export function percent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(3))} %`;
}

/** The arrival rate a profile asks of a service, if it is rate-driven. */
export function targetRps(s: ServiceSlo, slo: Slo, profile: Profile): number | undefined {
  const rate = slo.profiles[profile]?.rate;
  if (!s.throughputRps || !rate || profile === 'stress') return undefined;
  return Math.max(1, Math.ceil(s.throughputRps * rate));
}

export function throughputChecks(
  slo: Slo,
  profile: Profile,
  results: GroupResult[],
): ThroughputCheck[] {
  const checks: ThroughputCheck[] = [];
  for (const s of slo.services) {
    const target = targetRps(s, slo, profile);
    if (target === undefined) continue;
    for (const r of merged(results, s.name)) {
      checks.push({
        service: s.name,
        targetRps: target,
        achievedRps: r.rps,
        // Not "no dropped iterations": a few drop while VUs warm up; dropped ones
        // lower the achieved rate anyway, and their count is in the results.
        reached: r.rps >= target * THROUGHPUT_TOLERANCE,
      });
    }
  }
  return checks;
}

/** Buckets with fewer requests than this say nothing about a percentile. */
const KNEE_MIN_REQUESTS = 20;

export function kneeOf(s: ServiceSlo, r: GroupResult): Knee {
  const p95Target = s.latencyMs.p95;
  let holds: number | undefined;
  for (const point of r.timeline) {
    if (point.requests < KNEE_MIN_REQUESTS) continue;
    const latencyBroke = p95Target !== undefined && point.p95 >= p95Target;
    const errorsBroke = point.errorRate >= s.errorRate;
    if (latencyBroke || errorsBroke) {
      return {
        service: s.name,
        holdsUpToRps: holds,
        brokeAtRps: point.rps,
        broken: latencyBroke
          ? `p95 ${point.p95} ms ≥ ${p95Target} ms at t=${point.t}s`
          : `error rate ${percent(point.errorRate)} ≥ ${percent(s.errorRate)} at t=${point.t}s`,
      };
    }
    holds = Math.max(holds ?? 0, point.rps);
  }
  return { service: s.name, holdsUpToRps: holds, brokeAtRps: undefined, broken: undefined };
}

export function knees(slo: Slo, results: GroupResult[]): Knee[] {
  return slo.services.flatMap((s) => merged(results, s.name).map((r) => kneeOf(s, r)));
}
