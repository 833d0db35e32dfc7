import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs, Outputs } from '../src/constants';
import { FAILURE_REASONS, reasonForExit } from '../src/failure-reasons';

const actionDir = join(import.meta.dirname, '..');
const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));

describe('action.yml and the source agree', () => {
  it('documents exactly the declared failure reasons', () => {
    const described = (meta.outputs['failure-reason'].description as string).match(
      /[a-z0-9]+(?:-[a-z0-9]+)+|cancelled|timeout/g,
    );
    expect([...new Set(described)].filter((w) => !['fail-on'].includes(w)).sort()).toEqual(
      [...FAILURE_REASONS].sort(),
    );
  });

  it('every reason the source raises is declared', () => {
    const src = join(actionDir, 'src');
    const source = ['install.ts', 'load-test.ts', 'config.ts', 'k6-run.ts', 'verdict.ts']
      .map((f) => readFileSync(join(src, f), 'utf8'))
      .join('\n');
    const raised = [...source.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)]
      .map((m) => m[1]!)
      .filter((r) => /failed|mismatch|reached|detected|bad-input/.test(r));
    expect(raised.length).toBeGreaterThan(4);
    for (const reason of raised) expect(FAILURE_REASONS).toContain(reason);
  });

  it('inputs and outputs are the interface other workflows call', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(meta.outputs).sort()).toEqual(
      [...Object.values(Outputs), 'failure-reason'].sort(),
    );
    for (const name of [
      'scripts',
      'profile',
      'base-urls',
      'slo-file',
      'k6-version',
      'baseline',
      'prometheus-url',
      'fail-on',
      'results-directory',
    ]) {
      expect(meta.inputs[name]?.description).toBeTruthy();
    }
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe("k6's exit codes", () => {
  it.each([
    [0, undefined],
    [99, 'thresholds-failed'],
    [100, 'setup-timeout'],
    [101, 'teardown-timeout'],
    [102, 'timeout'],
    [104, 'invalid-config'],
    [105, 'cancelled'],
    [107, 'script-error'],
    [108, 'script-aborted'],
    [110, 'marked-failed'],
    [1, 'k6-failed'],
    [255, 'k6-failed'],
    [null, 'k6-failed'],
  ])('%s → %s', (code, reason) => {
    expect(reasonForExit(code)).toBe(reason);
  });
});
