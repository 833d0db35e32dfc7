/**
 * slo.yaml (as JSON, `MEDIMIND_SLO_JSON`) → k6 thresholds and scenarios.
 * Pure: no k6 runtime imports (types only), so the consistency test runs it under Node too.
 * The action validates slo.yaml with its strict loader before k6 starts; here
 * the JSON is trusted but a missing service or profile is still a clear error.
 */

export type ServiceDoc = {
  'latency-ms': Partial<Record<'p50' | 'p90' | 'p95' | 'p99', number>>;
  'error-rate': number;
  'throughput-rps'?: number;
  'max-vus'?: number;
  'base-url-of'?: string;
};
export type SloDoc = {
  services: Record<string, ServiceDoc>;
  profiles: Record<string, { duration: string; rate: number }>;
};

export function parseSloJson(json: string | undefined): SloDoc {
  if (!json) {
    throw new Error(
      'MEDIMIND_SLO_JSON is not set: run through the k6-load-test action, or pass -e MEDIMIND_SLO_JSON="$(npx yaml --json < loadtests/slo.yaml)"',
    );
  }
  const parsed = JSON.parse(json) as SloDoc | SloDoc[];
  // `yaml --json` prints a list of documents.
  return Array.isArray(parsed) ? (parsed[0] as SloDoc) : parsed;
}

export function serviceDoc(slo: SloDoc, service: string): ServiceDoc {
  const doc = slo.services[service];
  if (!doc) throw new Error(`slo.yaml has no service "${service}"`);
  return doc;
}

/** k6 thresholds for one service: its latency percentiles and error budget, on its own tag. */
export function thresholdsFor(slo: SloDoc, service: string): Record<string, string[]> {
  const doc = serviceDoc(slo, service);
  const latency = Object.entries(doc['latency-ms']).map(([p, ms]) => `p(${p.slice(1)})<${ms}`);
  return {
    [`http_req_duration{service:${service}}`]: latency,
    [`http_req_failed{service:${service}}`]: [`rate<${doc['error-rate']}`],
  };
}

import type { Scenario } from 'k6/options';

type Stage = { duration: string; target: number };

/** Eight equal steps up to the profile's peak (rate × target): 0.25x .. 2x at rate 2. */
const STRESS_STEPS = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => i / 8);

function seconds(duration: string): number {
  let total = 0;
  for (const m of duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  }
  return total || Number(duration);
}

/** Stress: equal steps up to `rate ×` the target, each ramped then held, so the knee is visible. */
export function stressStages(target: number, rate: number, duration: string): Stage[] {
  const step = Math.max(2, Math.floor(seconds(duration) / STRESS_STEPS.length / 2));
  return STRESS_STEPS.flatMap((f) => {
    const t = Math.max(1, Math.ceil(target * rate * f));
    return [
      { duration: `${step}s`, target: t },
      { duration: `${step}s`, target: t },
    ];
  });
}

/**
 * The load shape of one service under a profile: an open model (arrival rate)
 * when the SLO names a throughput, a closed model (virtual users) otherwise.
 */
export function scenarioFor(slo: SloDoc, service: string, profileName: string): Scenario {
  const doc = serviceDoc(slo, service);
  const profile = slo.profiles[profileName];
  if (!profile) {
    throw new Error(
      `slo.yaml has no profile "${profileName}" (has: ${Object.keys(slo.profiles).join(', ')})`,
    );
  }
  const { duration, rate } = profile;
  const tags = { service, profile: profileName };
  const rps = doc['throughput-rps'];
  if (rps) {
    const target = Math.max(1, Math.ceil(rps * rate));
    // Enough VUs for the rate at a 250 ms response time, never fewer than 2.
    const vus = Math.max(2, Math.ceil(target / 4));
    if (profileName === 'stress') {
      return {
        executor: 'ramping-arrival-rate',
        startRate: Math.max(1, Math.ceil(rps * 0.1)),
        timeUnit: '1s',
        preAllocatedVUs: Math.ceil(vus / 2),
        maxVUs: vus * 4,
        stages: stressStages(rps, rate, duration),
        tags,
      };
    }
    return {
      executor: 'constant-arrival-rate',
      rate: target,
      timeUnit: '1s',
      duration,
      preAllocatedVUs: vus,
      maxVUs: vus * 2,
      tags,
    };
  }
  const maxVus = Math.max(1, Math.ceil((doc['max-vus'] ?? 10) * rate));
  if (profileName === 'stress') {
    return {
      executor: 'ramping-vus',
      startVUs: 1,
      stages: stressStages(doc['max-vus'] ?? 10, rate, duration),
      tags,
    };
  }
  const total = seconds(duration);
  const ramp = Math.max(1, Math.round(total * 0.2));
  return {
    executor: 'ramping-vus',
    startVUs: 1,
    stages: [
      { duration: `${ramp}s`, target: maxVus },
      { duration: `${Math.max(1, total - 2 * ramp)}s`, target: maxVus },
      { duration: `${ramp}s`, target: 0 },
    ],
    gracefulRampDown: '10s',
    tags,
  };
}
