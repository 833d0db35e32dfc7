/**
 * Makes k6 recordings for the test double: what `k6 run --summary-export
 * --out json` would have written for a described run, in k6's exact formats
 * (field order, Metric-then-Point lines, RFC 3339 nanosecond times, the legacy
 * summary export with thresholds as {expr: failed}; see
 * test/fixtures/k6/PROVENANCE.md) and the exit code k6 would give.
 * Deterministic: every random draw comes from a seeded generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type RecordedScript = {
  /** Script stem, e.g. backend-api (the double picks the recording by it). */
  name: string;
  service: string;
  scenario?: string;
  /** Requests per second sent, and for how long. */
  rps: number;
  seconds: number;
  /** Latency: log-normal with this median (ms) and sigma; `rampMs` adds latency growing over time. */
  medianMs: number;
  sigma?: number;
  rampMs?: number;
  errorRatio?: number;
  /** Thresholds as the script declares them (evaluated here like k6 does). */
  thresholds?: Record<string, string[]>;
  /** Force an exit code (e.g. 107 script error); default: 99 when a threshold failed, else 0. */
  exitCode?: number;
  /** Keep running this long (ms) before finishing: lets tests send a signal. */
  holdMs?: number;
  stdout?: string;
  seed?: number;
  startTime?: number;
};

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** k6 writes Go's RFC 3339 with nanoseconds and the local zone; UTC here. */
export function k6Time(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // 2026-01-01T00:00:00.123Z
  const nanos = String(Math.round((ms % 1000) * 1e6)).padStart(9, '0');
  return `${iso.slice(0, 19)}.${nanos}Z`;
}

function exactQuantile(sorted: number[], q: number): number {
  // k6's trend percentile: linear interpolation between closest ranks.
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
}

type Trend = {
  avg: number;
  min: number;
  med: number;
  max: number;
  'p(90)': number;
  'p(95)': number;
  'p(99)': number;
};

function trend(values: number[]): Trend {
  const s = [...values].sort((a, b) => a - b);
  return {
    avg: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
    min: s[0] ?? 0,
    med: exactQuantile(s, 0.5),
    max: s[s.length - 1] ?? 0,
    'p(90)': exactQuantile(s, 0.9),
    'p(95)': exactQuantile(s, 0.95),
    'p(99)': exactQuantile(s, 0.99),
  };
}

function evaluate(expr: string, values: Record<string, number>): boolean {
  const m = expr.match(/^\s*([a-z]+(?:\([\d.]+\))?)\s*(<=|>=|<|>|==)\s*([\d.]+)\s*$/);
  if (!m) throw new Error(`recording: unsupported threshold ${expr}`);
  // A Rate's ratio is exported as `value` (k6's legacy summary export).
  const v = (m[1] === 'rate' ? (values.rate ?? values.value) : values[m[1]!]) ?? Number.NaN;
  const limit = Number(m[3]);
  return { '<': v < limit, '<=': v <= limit, '>': v > limit, '>=': v >= limit, '==': v === limit }[
    m[2] as '<'
  ];
}

export type Recorded = { ndjson: string; summary: object; exitCode: number; durations: number[] };

export function record(spec: RecordedScript): Recorded {
  const rand = random(spec.seed ?? 42);
  const scenario = spec.scenario ?? spec.service;
  const start = spec.startTime ?? Date.UTC(2026, 0, 1, 2, 0, 0);
  const tags = (extra: Record<string, string> = {}) =>
    JSON.stringify({
      endpoint: 'main',
      expected_response: 'true',
      group: '',
      method: 'GET',
      name: 'http://127.0.0.1/api',
      proto: 'HTTP/1.1',
      scenario,
      service: spec.service,
      status: '200',
      ...extra,
    });
  const lines: string[] = [];
  const declared = new Set<string>();
  const metricLine = (name: string, type: string, contains: string) => {
    if (declared.has(name)) return;
    declared.add(name);
    const th = Object.entries(spec.thresholds ?? {})
      .filter(([m]) => m.split('{')[0] === name)
      .flatMap(([, exprs]) => exprs);
    lines.push(
      JSON.stringify({
        type: 'Metric',
        data: { name, type, contains, thresholds: th, submetrics: null },
        metric: name,
      }),
    );
  };
  const point = (metric: string, ms: number, value: number, t: string) =>
    lines.push(
      `{"type":"Point","data":{"time":"${k6Time(ms)}","value":${value},"tags":${t}},"metric":"${metric}"}`,
    );

  const durations: number[] = [];
  let failed = 0;
  const total = Math.round(spec.rps * spec.seconds);
  for (let i = 0; i < total; i++) {
    const at = start + (i / spec.rps) * 1000 + rand() * 5;
    const progress = i / Math.max(1, total - 1);
    const d = Number(
      (
        spec.medianMs * Math.exp((spec.sigma ?? 0.25) * gaussian(rand)) +
        (spec.rampMs ?? 0) * progress
      ).toFixed(6),
    );
    const isFailed = rand() < (spec.errorRatio ?? 0);
    if (isFailed) failed++;
    durations.push(d);
    const t = tags(isFailed ? { status: '503', expected_response: 'false' } : {});
    metricLine('http_reqs', 'counter', 'default');
    point('http_reqs', at, 1, t);
    metricLine('http_req_duration', 'trend', 'time');
    point('http_req_duration', at, d, t);
    metricLine('http_req_waiting', 'trend', 'time');
    point('http_req_waiting', at, Number((d * 0.9).toFixed(6)), t);
    metricLine('http_req_failed', 'rate', 'default');
    point('http_req_failed', at, isFailed ? 1 : 0, t);
    metricLine('iterations', 'counter', 'default');
    point('iterations', at, 1, JSON.stringify({ group: '', scenario, service: spec.service }));
  }
  for (let s = 0; s <= spec.seconds; s++) {
    metricLine('vus', 'gauge', 'default');
    point('vus', start + s * 1000, Math.max(1, Math.ceil(spec.rps / 4)), '{}');
  }

  const byTag = `{service:${spec.service}}`;
  const durTrend = trend(durations);
  const rate = total ? failed / total : 0;
  const metrics: Record<string, Record<string, unknown>> = {
    http_req_duration: { ...durTrend },
    [`http_req_duration${byTag}`]: { ...durTrend },
    http_req_failed: { value: rate, passes: failed, fails: total - failed },
    [`http_req_failed${byTag}`]: { value: rate, passes: failed, fails: total - failed },
    http_reqs: { count: total, rate: total / spec.seconds },
    iterations: { count: total, rate: total / spec.seconds },
    vus: { value: 1, min: 1, max: Math.ceil(spec.rps / 4) },
  };
  let anyFailed = false;
  for (const [metric, exprs] of Object.entries(spec.thresholds ?? {})) {
    const values = metrics[metric] as Record<string, number>;
    const verdicts: Record<string, boolean> = {};
    for (const e of exprs) {
      const failedNow = !evaluate(e, values);
      verdicts[e] = failedNow;
      anyFailed ||= failedNow;
    }
    values.thresholds = verdicts as unknown as number;
  }
  const summary = {
    root_group: {
      name: '',
      path: '',
      id: 'd41d8cd98f00b204e9800998ecf8427e',
      groups: {},
      checks: {},
    },
    metrics,
  };
  return {
    ndjson: `${lines.join('\n')}\n`,
    summary,
    exitCode: spec.exitCode ?? (anyFailed ? 99 : 0),
    durations,
  };
}

/** Writes a recording directory the double replays: <dir>/<name>/{out.ndjson,summary.json,exit-code,...}. */
export function writeRecording(dir: string, specs: RecordedScript[]): string {
  for (const spec of specs) {
    const r = record(spec);
    const d = join(dir, spec.name);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'out.ndjson'), r.ndjson);
    writeFileSync(join(d, 'summary.json'), JSON.stringify(r.summary, null, 4));
    writeFileSync(join(d, 'exit-code'), String(r.exitCode));
    writeFileSync(
      join(d, 'stdout.txt'),
      spec.stdout ??
        `\n     scenarios: (100.00%) 1 scenario\n     ✓ http_req_duration{service:${spec.service}}\n`,
    );
    if (spec.holdMs) writeFileSync(join(d, 'hold-ms'), String(spec.holdMs));
  }
  return dir;
}
