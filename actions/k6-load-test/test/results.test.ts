// Parsing k6's own output formats (fixtures copied from grafana/k6, see
// test/fixtures/k6/PROVENANCE.md) and generated recordings in the same format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { record } from '../../../test/k6-double/recording';
import { parseSlo } from '../../_shared/src/slo';
import { groupResults, kneeOf, sloChecks, throughputChecks } from '../src/analysis';
import { Histogram } from '../src/histogram';
import { aggregateFile, ResultsAggregator } from '../src/ndjson';
import { downsample, renderReport } from '../src/report';
import { thresholdVerdicts } from '../src/summary-export';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'k6');
const SLO = parseSlo(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'loadtests', 'slo.yaml'), 'utf8'),
);

function exact(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)]!;
}

async function aggregate(ndjson: string, bucketMs = 1000): Promise<ResultsAggregator> {
  const file = join(mkdtempSync(join(tmpdir(), 'k6-ndjson-')), 'out.ndjson');
  writeFileSync(file, ndjson);
  const agg = new ResultsAggregator({ bucketMs });
  await aggregateFile(file, agg);
  return agg;
}

describe('--out json NDJSON', () => {
  it("reads k6's own expected output: Metric lines skipped, Point lines parsed (times with zones)", async () => {
    const agg = await aggregate(readFileSync(join(FIXTURES, 'out-json.ndjson'), 'utf8'));
    expect(agg.lines).toBe(7);
    // None of the fixture's metrics (my_metric1/2) is an HTTP metric: nothing aggregated, nothing malformed.
    expect(agg.points).toBe(0);
    expect(agg.malformed).toBe(0);
    expect(agg.parseTime('2021-02-24T13:37:10Z')).toBe(Date.parse('2021-02-24T13:37:10Z'));
    expect(agg.parseTime('2021-02-24T13:37:10.250000000+02:00')).toBe(
      Date.parse('2021-02-24T13:37:10.250+02:00'),
    );
  });

  it('per service: percentiles within 1 % of exact, error rate, achieved rate', async () => {
    const r = record({
      name: 'backend-api',
      service: 'backend-api',
      rps: 50,
      seconds: 20,
      medianMs: 40,
      errorRatio: 0.02,
      seed: 7,
    });
    const agg = await aggregate(r.ndjson);
    const [g] = groupResults(agg);
    expect(g).toMatchObject({ service: 'backend-api', scenario: 'backend-api', requests: 1000 });
    for (const [p, q] of [
      ['p50', 0.5],
      ['p90', 0.9],
      ['p95', 0.95],
      ['p99', 0.99],
    ] as const) {
      expect(Math.abs(g!.latencyMs[p] / exact(r.durations, q) - 1)).toBeLessThan(0.011);
    }
    expect(g!.errorRate).toBeCloseTo(0.02, 1);
    expect(g!.rps).toBeGreaterThan(49);
    expect(g!.rps).toBeLessThan(52);
    expect(g!.timeline.length).toBeGreaterThanOrEqual(20);
    expect(g!.samples.length).toBe(1000);
  });

  it('the byte-level fast path and JSON.parse give identical results over a whole run', async () => {
    const r = record({
      name: 'backend-api',
      service: 'backend-api',
      rps: 40,
      seconds: 15,
      medianMs: 30,
      errorRatio: 0.05,
      seed: 9,
    });
    // The same points with the fields in another order: every line takes the JSON.parse path.
    const reordered = r.ndjson
      .trim()
      .split('\n')
      .map((line) => {
        const { type, data, metric } = JSON.parse(line);
        return JSON.stringify({ metric, data, type });
      })
      .join('\n');
    const fast = groupResults(await aggregate(r.ndjson));
    const slow = groupResults(await aggregate(reordered));
    expect(slow).toEqual(fast);
    expect(fast[0]!.requests).toBe(600);
  });

  it('the fast path and JSON.parse agree (escaped tag values go the slow way)', async () => {
    const line = (service: string) =>
      `{"type":"Point","data":{"time":"2026-01-01T00:00:00.5Z","value":12.5,"tags":{"scenario":"s","service":"${service}"}},"metric":"http_req_duration"}`;
    const agg = await aggregate(`${line('api')}\n${line('a\\"pi')}\n{"broken\n`);
    expect(agg.points).toBe(2);
    expect(agg.malformed).toBe(0);
    expect([...agg.groups.values()].map((g) => g.service).sort()).toEqual(['a"pi', 'api']);
  });
});

describe('--summary-export', () => {
  it("reads k6's legacy export: thresholds true means FAILED, rates are `value`", () => {
    const verdicts = thresholdVerdicts(
      's',
      JSON.parse(readFileSync(join(FIXTURES, 'summary-export.json'), 'utf8')),
    );
    expect(verdicts).toEqual([
      { script: 's', metric: 'checks', expression: 'rate>70', passed: true, observed: 0.75 },
      { script: 's', metric: 'http_reqs', expression: 'rate<100', passed: false, observed: 3 },
      {
        script: 's',
        metric: 'my_trend',
        expression: 'my_trend<1000',
        passed: false,
        observed: undefined,
      },
    ]);
    expect(thresholdVerdicts('s', undefined)).toEqual([]);
  });
});

describe('verdicts', () => {
  it('SLO checks and throughput against the profile target', async () => {
    const slow = record({
      name: 'backend-api',
      service: 'backend-api',
      rps: 10,
      seconds: 10,
      medianMs: 150,
    });
    const results = groupResults(await aggregate(slow.ndjson));
    const checks = sloChecks(SLO, results);
    expect(checks.find((c) => c.objective === 'p95 latency')).toMatchObject({
      passed: false,
      target: '< 100 ms',
    });
    expect(checks.find((c) => c.objective === 'error rate')).toMatchObject({ passed: true });
    // smoke: 1 % of 2,000 req/s = 20 req/s; 10 req/s is not it.
    expect(throughputChecks(SLO, 'smoke', results)).toEqual([
      { service: 'backend-api', targetRps: 20, achievedRps: results[0]!.rps, reached: false },
    ]);
    expect(throughputChecks(SLO, 'stress', results)).toEqual([]);
  });

  it('stress: the knee is where p95 first crosses the SLO as the rate rises', async () => {
    // Latency grows linearly from ~20 ms to ~320 ms over the run.
    const r = record({
      name: 'backend-api',
      service: 'backend-api',
      rps: 100,
      seconds: 30,
      medianMs: 20,
      sigma: 0.05,
      rampMs: 300,
    });
    const [g] = groupResults(await aggregate(r.ndjson, 1000));
    const knee = kneeOf(SLO.services.find((s) => s.name === 'backend-api')!, g!);
    expect(knee.brokeAtRps).toBeGreaterThan(0);
    expect(knee.holdsUpToRps).toBeGreaterThan(0);
    expect(knee.broken).toMatch(/^p95 [\d.]+ ms ≥ 100 ms at t=(7|8|9)s$/);
  });
});

describe('report', () => {
  it('thresholds table, Mermaid xychart-beta charts with the SLO line, regression evidence', async () => {
    const r = record({
      name: 'backend-api',
      service: 'backend-api',
      rps: 20,
      seconds: 60,
      medianMs: 30,
      thresholds: { 'http_req_duration{service:backend-api}': ['p(95)<100'] },
    });
    const results = groupResults(await aggregate(r.ndjson));
    const md = renderReport({
      profile: 'smoke',
      sloFile: 'loadtests/slo.yaml',
      passed: true,
      failureReason: undefined,
      k6Version: '1.7.2',
      scripts: [{ script: 'backend-api', exitCode: 0, reason: undefined }],
      results,
      sloChecks: sloChecks(SLO, results),
      thresholds: thresholdVerdicts('backend-api', r.summary),
      throughput: throughputChecks(SLO, 'smoke', results),
      knees: [],
      regression: { baseline: undefined, evidence: [] },
      signals: undefined,
      sloTargetsP95: new Map([['backend-api', 100]]),
    });
    expect(md).toContain('## k6 smoke: ✓ passed');
    expect(md).toMatch(
      /\| ✓ \| backend-api \| http_req_duration\{service:backend-api\} \| p\(95\)<100 \| [\d.]+ \|/,
    );
    expect(md).toMatch(
      /```mermaid\nxychart-beta\n {4}title "backend-api: p95 latency \(ms\) vs the SLO line at 100 ms"/,
    );
    expect(md).toMatch(/ {4}line \[100(, 100)+\]/);
    expect(md).toContain('No baseline given');
  });

  it('downsampling keeps the worst p95 of merged points', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({
      t: i,
      rps: 10,
      p95: i === 57 ? 999 : 5,
      errorRate: 0,
      requests: 10,
    }));
    const d = downsample(points, 40);
    expect(d.length).toBeLessThanOrEqual(40);
    expect(Math.max(...d.map((p) => p.p95))).toBe(999);
  });

  it('histogram quantiles stay within 1 % over a wide range', () => {
    const h = new Histogram();
    const values = Array.from({ length: 10_000 }, (_, i) => 0.05 * 1.0011 ** i);
    for (const v of values) h.add(v);
    for (const q of [0.01, 0.5, 0.95, 0.999])
      expect(Math.abs(h.quantile(q) / exact(values, q) - 1)).toBeLessThan(0.0101);
  });
});
