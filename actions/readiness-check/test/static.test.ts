/**
 * Static mode on the real overlays (built with the real `kubectl kustomize`):
 * every check that needs a cluster is skipped, never passed; the zero-downtime
 * settings blue-green depends on are checked; findings are annotated at the
 * source manifest.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kubectlAvailable } from '../../../k8s/test/helpers';
import { runAction } from '../../_shared/src/run-action';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';
import type { Report } from '../src/report';

const ROOT = resolve(import.meta.dirname, '../../..');
const SLO = 'loadtests/slo.yaml';

let fx: RunnerFixture | undefined;
afterEach(() => {
  fx?.restore();
  fx = undefined;
});

async function runStatic(inputs: Record<string, string>, cwd = ROOT) {
  fx = runnerFixture({ mode: 'static', 'slo-file': resolve(ROOT, SLO), ...inputs });
  fx.env.GITHUB_WORKSPACE = cwd;
  await runAction(run, { env: fx.env, reasons: FAILURE_REASONS });
  const out = fx.outputs();
  const report = out['report-file']
    ? (JSON.parse(readFileSync(out['report-file'], 'utf8')) as Report)
    : undefined;
  return { out, report, stdout: fx.stdout(), summary: fx.summary(), exitCode: process.exitCode };
}

const check = (r: Report, id: string) =>
  r.categories.flatMap((c) => c.checks).find((k) => k.id === id)!;

describe.runIf(kubectlAvailable())('static mode', () => {
  it('passes the staging and production overlays, skipping what needs a cluster', async () => {
    for (const overlay of ['k8s/overlays/staging', 'k8s/overlays/production']) {
      const report = join(mkdtempSync(join(tmpdir(), 'rdy-')), 'r.json');
      const {
        out,
        report: r,
        summary,
        exitCode,
      } = await runStatic({ manifests: overlay, 'report-file': report });
      expect(exitCode, fx!.stdout()).not.toBe(1);
      expect(out.passed).toBe('true');
      expect(out['failed-checks']).toBe('');
      expect(r!.version).toBe(1);
      expect(r!.categories.map((c) => c.id)).toEqual([
        'cluster',
        'workloads',
        'autoscaling',
        'networking',
        'security',
        'data',
        'monitoring',
        'performance',
      ]);
      // Needs a cluster: skipped with a reason, never passed.
      for (const id of [
        'MM-RDY-001',
        'MM-RDY-010',
        'MM-RDY-030',
        'MM-RDY-044',
        'MM-RDY-050',
        'MM-RDY-062',
        'MM-RDY-070',
      ]) {
        expect(check(r!, id).status, id).toBe('skip');
        expect(check(r!, id).reason).toMatch(/static/);
      }
      expect(r!.categories.find((c) => c.id === 'cluster')!.status).toBe('skip');
      expect(r!.categories.find((c) => c.id === 'data')!.status).toBe('skip');
      for (const id of [
        'MM-RDY-013',
        'MM-RDY-014',
        'MM-RDY-015',
        'MM-RDY-020',
        'MM-RDY-033',
        'MM-RDY-034',
        'MM-RDY-040',
        'MM-RDY-041',
        'MM-RDY-042',
        'MM-RDY-045',
        'MM-RDY-061',
        'MM-RDY-063',
        'MM-RDY-072',
      ]) {
        expect(check(r!, id).status, `${id}: ${check(r!, id).reason}`).toBe('pass');
      }
      expect(check(r!, 'MM-RDY-014').evidence.join('\n')).toMatch(
        /terminationGracePeriodSeconds 45, preStop 15 s/,
      );
      expect(summary).toMatch(/Production readiness \(static\): 6\/8 categories passed/);
    }
  });

  it('fails on a Deployment without preStop, with a short grace period and no readiness probe, annotated at its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdy-broken-'));
    try {
      cpSync(join(ROOT, 'k8s'), join(dir, 'k8s'), { recursive: true });
      const file = join(dir, 'k8s/base/apps/backend-api.yaml');
      let text = readFileSync(file, 'utf8');
      text = text
        .replace(/ {10}lifecycle:\n[\s\S]*?seconds: 15\n/, '')
        .replace('terminationGracePeriodSeconds: 45', 'terminationGracePeriodSeconds: 10')
        .replace(/ {10}readinessProbe:\n(?: {12}.*\n)+/, '')
        .replace('privileged: false', 'privileged: true');
      writeFileSync(file, text);
      // ml-pipeline: its 20 s preStop sleep against a 10 s grace period.
      const ml = join(dir, 'k8s/base/apps/ml-pipeline.yaml');
      writeFileSync(
        ml,
        readFileSync(ml, 'utf8').replace(
          /terminationGracePeriodSeconds: \d+/,
          'terminationGracePeriodSeconds: 10',
        ),
      );
      const {
        out,
        report: r,
        stdout,
        summary,
      } = await runStatic({ manifests: 'k8s/overlays/staging' }, dir);
      expect(out.passed).toBe('false');
      expect(out['failure-reason']).toBe('checks-failed');
      const failed = out['failed-checks']!.split(',');
      expect(failed).toEqual(
        expect.arrayContaining(['MM-RDY-013', 'MM-RDY-014', 'MM-RDY-015', 'MM-RDY-042']),
      );
      expect(check(r!, 'MM-RDY-013').reason).toMatch(
        /backend-api-blue container backend-api: no preStop hook/,
      );
      expect(check(r!, 'MM-RDY-014').reason).toMatch(
        /ml-pipeline-blue .*terminationGracePeriodSeconds 10 does not exceed the preStop wait/,
      );
      expect(check(r!, 'MM-RDY-014').reason).not.toMatch(/backend-api/); // no preStop: nothing to cover
      // Annotations point at the source manifest, at the Deployment's document.
      expect(stdout).toMatch(
        /^::error title=MM-RDY-013 .*,file=k8s\/base\/apps\/backend-api.yaml,line=5::/m,
      );
      expect(stdout).toMatch(
        /^::error title=MM-RDY-042 .*,file=k8s\/base\/apps\/backend-api.yaml,line=5::.*privileged/m,
      );
      expect(summary).toContain('MM-RDY-015 Every app container has a readiness probe');
      expect(summary).toMatch(/\| Workloads \| ❌ fail \|/);
      expect(fx!.errors().at(-1)).toMatch(/^Not ready: \d+ checks failed \(.*MM-RDY-013/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a kustomization that does not build is manifests-invalid, with kubectl's reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdy-invalid-'));
    try {
      writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
      const { out, exitCode } = await runStatic({ manifests: '.' }, dir);
      expect(exitCode).toBe(1);
      expect(out['failure-reason']).toBe('manifests-invalid');
      expect(fx!.errors()).toHaveLength(1);
      expect(fx!.errors()[0]).toMatch(/^kubectl kustomize \. failed: .*missing\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a file of built manifests and fail-on warn fails on warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdy-file-'));
    try {
      const { execFileSync } = await import('node:child_process');
      const built = execFileSync('kubectl', ['kustomize', join(ROOT, 'k8s/overlays/staging')], {
        encoding: 'utf8',
      });
      // Dashboards gone: a medium-severity finding, a warning.
      const pruned = built
        .split(/^---$/m)
        .filter((d) => !/grafana_dashboard/.test(d))
        .join('---');
      writeFileSync(join(dir, 'built.yaml'), pruned);
      const warnOnly = await runStatic(
        { manifests: 'built.yaml', 'report-file': 'out/r.json' },
        dir,
      );
      expect(check(warnOnly.report!, 'MM-RDY-063').status).toBe('warn');
      expect(warnOnly.out.passed).toBe('true');
      expect(warnOnly.out['report-file']).toBe(join(dir, 'out/r.json'));
      fx!.restore();
      const strict = await runStatic({ manifests: 'built.yaml', 'fail-on': 'warn' }, dir);
      expect(strict.out.passed).toBe('false');
      expect(strict.out['failed-checks']).toBe('MM-RDY-063');
      expect(strict.stdout).toMatch(
        /^::warning title=MM-RDY-063 .*::no Grafana dashboard ConfigMap/m,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
