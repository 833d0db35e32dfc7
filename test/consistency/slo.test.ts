// loadtests/slo.yaml is the one source of the SLOs: the alerts in k8s/, the
// blue-green analysis examples and the k6 thresholds must say the same.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSlo } from '../../actions/_shared/src/slo';
import { alertDrift, analysisDrift, k6Drift } from './slo-drift';

const ROOT = join(import.meta.dirname, '..', '..');
const SLO_FILE = join(ROOT, 'loadtests', 'slo.yaml');
const slo = loadSlo(SLO_FILE);
const RULES = readFileSync(
  join(ROOT, 'k8s', 'base', 'monitoring', 'prometheus-rules.yaml'),
  'utf8',
);

/** Docs and workflows that may show blue-green analysis checks. */
function analysisSources(): [string, string][] {
  const files = ['README.md', 'actions/blue-green/action.yml', 'k8s/README.md'];
  for (const dir of ['workflows', '.github/workflows']) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const f of readdirSync(join(ROOT, dir))) if (/\.ya?ml$/.test(f)) files.push(`${dir}/${f}`);
  }
  return files
    .filter((f) => existsSync(join(ROOT, f)))
    .map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]);
}

describe('slo.yaml consistency', () => {
  it('PrometheusRule alerts match the SLOs', () => {
    expect(alertDrift(slo, RULES)).toEqual([]);
  });

  it('blue-green analysis examples match the SLOs', () => {
    const sources = analysisSources();
    expect(sources.some(([, text]) => /- prometheus: histogram_quantile/.test(text))).toBe(true);
    expect(sources.flatMap(([file, text]) => analysisDrift(slo, file, text))).toEqual([]);
  });

  it('k6 thresholds derived by loadtests/lib/slo.ts match the SLOs', () => {
    expect(k6Drift(slo, parse(readFileSync(SLO_FILE, 'utf8')))).toEqual([]);
  });

  it('every service has a k6 script named after it', () => {
    for (const s of slo.services)
      expect(existsSync(join(ROOT, 'loadtests', `${s.name}.ts`)), s.name).toBe(true);
  });
});

describe('drift is named', () => {
  it('an alert threshold that moved', () => {
    const drifted = RULES.replace('> 0.2\n', '> 0.25\n');
    expect(alertDrift(slo, drifted)).toEqual([
      'MLPredictionLatencyHigh fires at p95 > 0.25 s; slo.yaml services.ml-pipeline.latency-ms.p95 is 200 ms',
    ]);
  });

  it('an alert on another percentile, a missing availability alert', () => {
    const drifted = RULES.replace(
      'histogram_quantile(0.95,\n              sum by (le) (rate(http_request_duration',
      'histogram_quantile(0.99,\n              sum by (le) (rate(http_request_duration',
    ).replace('> 0.0144', '> 0.05');
    expect(alertDrift(slo, drifted)).toEqual([
      'APILatencyHigh alerts on p99, which slo.yaml services.backend-api.latency-ms does not set',
      'no PrometheusRule alerts on the 5xx ratio at 0.0144 (slo.yaml availability 0.999 × alerting.burn-rate 14.4)',
    ]);
  });

  it('an analysis example with another limit', () => {
    const text =
      '    analysis: |\n      checks:\n        - prometheus: histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{app="backend-api"}[1m])) by (le))\n          max: 0.15\n';
    expect(analysisDrift(slo, 'x.yml', text)).toEqual([
      'x.yml: analysis check p95 max 0.15 s for backend-api; slo.yaml says 100 ms',
    ]);
  });

  it('k6 thresholds that disagree', () => {
    const doc = parse(readFileSync(SLO_FILE, 'utf8'));
    doc.services['backend-api']['latency-ms'].p95 = 120;
    expect(k6Drift(slo, doc)).toEqual([
      'k6 thresholds for backend-api: p(95)<120; slo.yaml: p(95)<100',
    ]);
  });
});
