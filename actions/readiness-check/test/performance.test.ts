/**
 * The performance checks on the project's loadtests/slo.yaml (the shared
 * loader's types): which queries each service gets from its `app` and
 * `metric`, what happens to a service without a metric, and the alert
 * thresholds against the SLOs. Prometheus is a stand-in at the PromReader
 * interface here; live.test.ts runs the same queries against a real one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadSlo } from '../../_shared/src/slo';
import { performanceChecks } from '../src/checks/performance';
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
