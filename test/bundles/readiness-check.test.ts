/**
 * The committed readiness-check bundle, run as the runner runs it: a bad
 * input fails before anything else (one ::error::, bad-input, no stack), and
 * static mode on the staging overlay produces the report and the summary.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished as after, describe, expect, it } from 'vitest';
import { repoRoot, runBundle } from '../../cli/src/run-bundle';

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('kubectl is required in CI but is not on PATH');
    return false;
  }
}

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
          'slo-file': 'actions/readiness-check/test/fixtures/slo.yaml',
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
});
