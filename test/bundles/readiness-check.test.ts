/**
 * The committed readiness-check bundle, run as the runner runs it: a bad
 * input fails before anything else (one ::error::, bad-input, no stack), and
 * static mode on the staging overlay produces the report and the summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished as after, describe, expect, it } from 'vitest';
import {
  type GroupResult,
  RESULTS_SCHEMA,
  type ResultsDocument,
} from '../../actions/_shared/src/k6-results';
import { repoRoot, runBundle } from '../../cli/src/run-bundle';
import { kubectlAvailable } from '../../k8s/test/helpers';

const errors = (stdout: string) =>
  [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]);

describe('readiness-check bundle', () => {
  it('refuses a bad input with one error and bad-input', async () => {
    const r = await runBundle({
      action: 'readiness-check',
      cwd: repoRoot,
      inputs: { mode: 'live', 'fail-on': 'never' },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r.stdout)).toEqual(['Input fail-on must be one of fail, warn; got "never"']);
    expect(r.outputs['failure-reason']).toBe('bad-input');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('refuses an SLO file the shared loader rejects, naming the input, the file and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-slo-'));
    try {
      const text = readFileSync(join(repoRoot, 'loadtests/slo.yaml'), 'utf8');
      const bad = text.replace('p95: 200', 'p95: fast');
      writeFileSync(join(dir, 'slo.yaml'), bad);
      const line = bad.split('\n').findIndex((l) => l.includes('p95: fast')) + 1;
      const r = await runBundle({
        action: 'readiness-check',
        cwd: dir,
        inputs: { mode: 'live', 'slo-file': 'slo.yaml' },
      });
      expect(r.exitCode).toBe(1);
      expect(errors(r.stdout)).toEqual([
        `Input slo-file: slo.yaml:${line}: services.ml-pipeline.latency-ms.p95 must be a positive number of milliseconds; got "fast"`,
      ]);
      expect(r.outputs['failure-reason']).toBe('bad-input');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(kubectlAvailable())(
    'static mode on k8s/overlays/staging writes the report and the N/8 summary',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'readiness-bundle-'));
      const r = await runBundle({
        action: 'readiness-check',
        cwd: repoRoot,
        inputs: {
          mode: 'static',
          manifests: 'k8s/overlays/staging',
          'slo-file': 'loadtests/slo.yaml',
          'report-file': join(out, 'report.json'),
        },
      });
      after(() => rmSync(out, { recursive: true, force: true }));
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.passed).toBe('true');
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
      expect(report.version).toBe(1);
      expect(report.categories).toHaveLength(8);
      expect(r.summary).toMatch(/Production readiness \(static\): 6\/8 categories passed/);
    },
  );

  it.runIf(kubectlAvailable())(
    'judges a k6 results file in static mode: a run over its p95 fails MM-RDY-073',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'readiness-k6-'));
      try {
        const latencyMs = { p50: 20, p90: 40, p95: 50, p99: 90, min: 5, max: 120, avg: 25 };
        const result = (service: string, p95: number): GroupResult => ({
          service,
          scenario: 'default',
          requests: 600,
          errorRate: 0,
          rps: 20,
          droppedIterations: 0,
          latencyMs: { ...latencyMs, p95 },
          timeline: [],
          samples: [],
        });
        const doc: ResultsDocument = {
          schema: RESULTS_SCHEMA,
          profile: 'smoke',
          k6Version: '1.7.2',
          startedAt: '2026-11-29T02:00:00.000Z',
          endedAt: '2026-11-29T02:00:30.000Z',
          passed: false,
          failureReason: 'thresholds-failed',
          scripts: [],
          services: [
            result('ml-pipeline', 230),
            result('backend-api', 50),
            result('voice-analysis', 300),
            result('database-pool', 60),
          ],
          slo: [],
          thresholds: [],
          throughput: [],
          knees: [],
          regression: { baseline: null, detected: false, evidence: [] },
          prometheus: null,
          points: { lines: 0, points: 0, malformed: 0 },
        };
        writeFileSync(join(dir, 'results.json'), JSON.stringify(doc));
        const r = await runBundle({
          action: 'readiness-check',
          cwd: repoRoot,
          inputs: {
            mode: 'static',
            manifests: 'k8s/overlays/staging',
            'k6-results': join(dir, 'results.json'),
            'report-file': join(dir, 'report.json'),
          },
        });
        expect(r.exitCode, r.stdout + r.stderr).toBe(1);
        expect(r.outputs['failure-reason']).toBe('checks-failed');
        expect(r.outputs['failed-checks']).toBe('MM-RDY-073');
        expect(r.summary).toContain(
          '| MM-RDY-073 The latest k6 run meets the SLOs and the throughput target | ❌ fail | critical | ml-pipeline p95 is 230 ms (SLO < 200 ms) |',
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
