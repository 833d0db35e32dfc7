/**
 * The performance checks on the project's loadtests/slo.yaml (the shared
 * loader's types): which queries each service gets from its `app` and
 * `metric`, what happens to a service without a metric, and the alert
 * thresholds against the SLOs. Prometheus is a stand-in at the PromReader
 * interface here; live.test.ts runs the same queries against a real one.
 * The k6 results are documents of the shared results type, written to disk
 * and read through the input's reader.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  type GroupResult,
  RESULTS_SCHEMA,
  type ResultsDocument,
} from '../../_shared/src/k6-results';
import { loadSlo } from '../../_shared/src/slo';
import { performanceChecks } from '../src/checks/performance';
import { readK6Results } from '../src/k6-results-input';
import { ObjectSet } from '../src/objects';
import type { Check, CheckContext, K8sObject, PromReader } from '../src/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const slos = loadSlo(join(ROOT, 'loadtests', 'slo.yaml'), 'loadtests/slo.yaml');
const RULES_FILE = join(ROOT, 'k8s/base/monitoring/prometheus-rules.yaml');
const rules = (text: string) => parseAllDocuments(text).map((d) => d.toJSON() as K8sObject);
const byId = (id: string) => performanceChecks.find((c) => c.id === id)!;

/** Answers each PromQL query by the first matching pattern; records what was asked. */
function prometheus(answers: [RegExp, number | undefined][]): PromReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    url: 'http://prometheus.test',
    asked,
    async query(q) {
      asked.push(q);
      const v = answers.find(([re]) => re.test(q))?.[1];
      return v === undefined ? [] : [{ metric: {}, value: [0, String(v)] }];
    },
    alertRules: async () => [],
    firingAlerts: async () => [],
  };
}

function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return {
    mode: 'live',
    namespace: 'medimind',
    windowMs: 60_000,
    objects: new ObjectSet('test', rules(readFileSync(RULES_FILE, 'utf8'))),
    slos,
    sloFile: 'loadtests/slo.yaml',
    missing: {},
    ...over,
  };
}

describe('latency SLOs from the shared SLO file (MM-RDY-070)', () => {
  it("queries each service's own histogram on its app label, and says which service has none", async () => {
    const prom = prometheus([
      [/medimind_ml_prediction/, 0.12],
      [/medimind_voice_analysis/, 0.3],
      [/http_request_duration/, 0.05],
    ]);
    const out = await byId('MM-RDY-070').run(ctx({ prometheus: prom }));
    expect(out.result, out.reason).toBe('pass');
    expect(prom.asked).toEqual([
      'histogram_quantile(0.95, sum by (le) (rate(medimind_ml_prediction_duration_seconds_bucket{namespace="medimind", app="ml-pipeline"}[60s])))',
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="medimind", app="backend-api"}[60s])))',
      'histogram_quantile(0.95, sum by (le) (rate(medimind_voice_analysis_duration_seconds_bucket{namespace="medimind", app="ml-pipeline"}[60s])))',
    ]);
    expect(out.evidence).toContain(
      'database-pool: no metric in the SLO file, latency not measured from Prometheus (app backend-api)',
    );
  });

  it('fails a service over its target and warns when a service had no traffic', async () => {
    const slow = await byId('MM-RDY-070').run(
      ctx({
        prometheus: prometheus([
          [/voice/, 0.61],
          [/./, 0.01],
        ]),
      }),
    );
    expect(slow).toMatchObject({
      result: 'problem',
      reason: 'voice-analysis p95 is 610.0 ms (SLO < 500 ms)',
    });
    const quiet = await byId('MM-RDY-070').run(
      ctx({
        prometheus: prometheus([
          [/ml_prediction/, undefined],
          [/./, 0.01],
        ]),
      }),
    );
    expect(quiet).toMatchObject({
      result: 'warn',
      reason: 'no traffic in the window for ml-pipeline p95: SLO not demonstrated',
    });
  });
});

describe('error budgets per app (MM-RDY-071)', () => {
  it('holds each app to the tightest budget of the services it serves, metric or not', async () => {
    const prom = prometheus([
      [/app="backend-api"/, 0.002],
      [/app="ml-pipeline"/, 0],
    ]);
    const out = await byId('MM-RDY-071').run(ctx({ prometheus: prom }));
    expect(prom.asked).toHaveLength(2);
    expect(out).toMatchObject({
      result: 'problem',
      reason: 'backend-api answers 0.20 % with 5xx (budget 0.10 %)',
    });
    expect(out.evidence.join('\n')).toMatch(/budget 0\.10 %: backend-api, database-pool\)/);
    expect(out.evidence.join('\n')).toMatch(/budget 0\.10 %: ml-pipeline, voice-analysis\)/);
  });
});

describe('alert thresholds against the SLO file (MM-RDY-072)', () => {
  it("passes the project's rules, found by each service's metric and app", () => {
    const out = byId('MM-RDY-072').run(ctx({ mode: 'static' })) as Awaited<
      ReturnType<Check['run']>
    >;
    expect(out.result, out.reason).toBe('pass');
    expect(out.evidence).toEqual([
      'MLPredictionLatencyHigh: p95 > 200 ms; loadtests/slo.yaml ml-pipeline: p95 < 200 ms',
      'APILatencyHigh: p95 > 100 ms; loadtests/slo.yaml backend-api: p95 < 100 ms',
      'VoiceAnalysisLatencyHigh: p95 > 500 ms; loadtests/slo.yaml voice-analysis: p95 < 500 ms',
    ]);
  });

  it('names a drifted threshold and an alert on a percentile the SLO does not set', () => {
    const text = readFileSync(RULES_FILE, 'utf8')
      .replace(') > 0.5\n', ') > 0.75\n')
      .replace(
        'histogram_quantile(0.95,\n              sum by (le) (rate(http_request_duration',
        'histogram_quantile(0.99,\n              sum by (le) (rate(http_request_duration',
      );
    const out = byId('MM-RDY-072').run(
      ctx({ mode: 'static', objects: new ObjectSet('test', rules(text)) }),
    ) as Awaited<ReturnType<Check['run']>>;
    expect(out.result).toBe('problem');
    expect(out.reason).toBe(
      'APILatencyHigh alerts on p99, which the SLO for backend-api does not set; VoiceAnalysisLatencyHigh alerts at p95 > 750 ms but the SLO for voice-analysis is p95 < 500 ms',
    );
  });
});

describe('the latest k6 results file (MM-RDY-073, input k6-results)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rdy-k6-'));
  const result = (service: string, over: Partial<GroupResult> = {}): GroupResult => ({
    service,
    scenario: 'default',
    requests: 12_000,
    errorRate: 0,
    rps: 20,
    droppedIterations: 0,
    latencyMs: { p50: 20, p90: 40, p95: 50, p99: 90, min: 5, max: 120, avg: 25 },
    timeline: [],
    samples: [],
    ...over,
  });
  /** A results document as k6-load-test writes it (the shared type, so the shape cannot drift). */
  const document = (profile: string, services: GroupResult[]): ResultsDocument => ({
    schema: RESULTS_SCHEMA,
    profile,
    k6Version: '1.7.2',
    startedAt: '2026-11-29T02:00:00.000Z',
    endedAt: '2026-11-29T02:10:00.000Z',
    passed: true,
    failureReason: null,
    scripts: [],
    services,
    slo: [],
    thresholds: [],
    throughput: [],
    knees: [],
    regression: { baseline: null, detected: false, evidence: [] },
    prometheus: null,
    points: { lines: 0, points: 0, malformed: 0 },
  });
  const k6 = (doc: ResultsDocument, name = 'results.json') => {
    writeFileSync(join(dir, name), JSON.stringify(doc));
    return readK6Results(join(dir, name), dir);
  };
  const healthy = (rps: number) => [
    result('ml-pipeline', { latencyMs: { ...result('x').latencyMs, p95: 150 } }),
    result('backend-api', { rps }),
    result('voice-analysis', { latencyMs: { ...result('x').latencyMs, p95: 420 } }),
    result('database-pool'),
  ];
  const run = (doc: ResultsDocument) =>
    byId('MM-RDY-073').run(ctx({ mode: 'static', k6: k6(doc) })) as Awaited<
      ReturnType<Check['run']>
    >;

  it("passes a run that met every SLO and its profile's throughput target", () => {
    const out = run(document('load', healthy(1_990)));
    expect(out.result, out.reason).toBe('pass');
    expect(out.evidence).toContain(
      'backend-api: p95 50 ms (SLO < 100 ms), errors 0.00 % (budget < 0.10 %), 1990 req/s (target 2000 req/s)',
    );
    expect(out.evidence[0]).toBe(
      'results.json: profile load, k6 1.7.2, 2026-11-29T02:00:00.000Z – 2026-11-29T02:10:00.000Z',
    );
    // smoke asks 1 % of the target: 20 req/s.
    expect(run(document('smoke', healthy(20))).result).toBe('pass');
  });

  it('fails on p95, error rate and throughput, each named', () => {
    const services = healthy(1_500);
    services[0] = result('ml-pipeline', { latencyMs: { ...result('x').latencyMs, p95: 250 } });
    services[2] = result('voice-analysis', { errorRate: 0.004 });
    const out = run(document('load', services));
    expect(out.result).toBe('problem');
    expect(out.reason).toBe(
      'ml-pipeline p95 is 250 ms (SLO < 200 ms); backend-api reached 1500 req/s of its 2000 req/s target; voice-analysis failed 0.40 % of requests (budget < 0.10 %)',
    );
  });

  it('warns when a service was not measured, and skips without the input', () => {
    const out = run(document('load', healthy(2_000).slice(0, 3)));
    expect(out).toMatchObject({
      result: 'warn',
      reason: 'no k6 measurements for database-pool in results.json: SLO not demonstrated',
    });
    const none = byId('MM-RDY-073').run(
      ctx({ mode: 'static', missing: { k6: 'input k6-results not set' } }),
    ) as Awaited<ReturnType<Check['run']>>;
    expect(none).toMatchObject({ result: 'skip', reason: 'input k6-results not set' });
  });

  it.each([
    ['{"schema": "k6/summary"}', 'schema is "k6/summary"'],
    ['not json', 'not valid JSON'],
    [`{"schema": "${RESULTS_SCHEMA}", "profile": "load"}`, 'services must list results'],
  ])('a wrong file is bad input naming k6-results: %s', (text, problem) => {
    writeFileSync(join(dir, 'wrong.json'), text);
    expect(() => readK6Results(join(dir, 'wrong.json'), dir)).toThrow(
      `Input k6-results: wrong.json: ${problem}`,
    );
    expect(() => readK6Results(join(dir, 'absent.json'), dir)).toThrow(
      "Input k6-results: absent.json: file not found (expected k6-load-test's results.json, schema medimind.k6-results/v1)",
    );
  });
});
