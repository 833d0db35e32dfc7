/**
 * The project's alert rules, converted from their PrometheusRule objects,
 * checked by `promtool check rules` and unit-tested by `promtool test rules`
 * (k8s/test/alerts/*.test.yaml): every alert fires and stays quiet where it should.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prometheusAvailable, promtool } from '../../test/prometheus/harness';
import { alertNames, ruleFile } from '../../test/prometheus/rules';
import { K8S_DIR } from './helpers';

const ALERT_TESTS = join(K8S_DIR, 'test', 'alerts');
const testFiles = readdirSync(ALERT_TESTS).filter((f) => f.endsWith('.test.yaml'));

type AlertTest = { alertname: string; exp_alerts?: unknown[] };
type UnitTest = { alert_rule_test?: AlertTest[] };

describe('alert rules (promtool)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'medimind-alerts-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('every alert has a firing and a non-firing unit test', () => {
    const cases = testFiles.flatMap((f) =>
      (
        (parse(readFileSync(join(ALERT_TESTS, f), 'utf8')) as { tests: UnitTest[] }).tests ?? []
      ).flatMap((t) => t.alert_rule_test ?? []),
    );
    const missing: string[] = [];
    for (const alert of alertNames()) {
      const mine = cases.filter((c) => c.alertname === alert);
      if (!mine.some((c) => (c.exp_alerts ?? []).length > 0)) missing.push(`${alert}: firing`);
      if (!mine.some((c) => (c.exp_alerts ?? []).length === 0))
        missing.push(`${alert}: non-firing`);
    }
    expect(missing).toEqual([]);
    expect(alertNames()).toEqual(
      expect.arrayContaining([
        'MLPredictionLatencyHigh',
        'HighErrorRate',
        'GPUTemperatureHigh',
        'DatabaseConnectionsHigh',
        'PodRestartLoop',
        'PodCrashLooping',
      ]),
    );
  });

  it.runIf(prometheusAvailable())('promtool checks and unit-tests the converted rules', () => {
    writeFileSync(join(scratch, 'rules.yaml'), ruleFile());
    for (const f of testFiles) copyFileSync(join(ALERT_TESTS, f), join(scratch, f));
    const check = promtool(['check', 'rules', 'rules.yaml'], scratch);
    expect(check.output).toContain('SUCCESS');
    const run = promtool(['test', 'rules', ...testFiles], scratch);
    expect(run.output, run.output).not.toContain('FAILED');
    expect(run.status, run.output).toBe(0);
  });

  it.runIf(prometheusAvailable())('the unit tests fail when a threshold is loosened', () => {
    // Proves the tests bite: the error-rate alert at 15 % misses the 10 % case.
    writeFileSync(join(scratch, 'rules.yaml'), ruleFile().replace('> 0.05', '> 0.15'));
    for (const f of testFiles) copyFileSync(join(ALERT_TESTS, f), join(scratch, f));
    const run = promtool(['test', 'rules', ...testFiles], scratch);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/FAILED:\s+name: HighErrorRate fires/);
  });
});
