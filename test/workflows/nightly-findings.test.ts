// The `findings` that nightly-performance.yml hands to performance-issues, with
// its expressions evaluated the way GitHub would for one night, must parse:
// a YAML mistake there would only show at 02:17 in a consumer's repository.
import { describe, expect, it } from 'vitest';
import { parseFindings } from '../../actions/performance-issues/src/findings';
import { jobsOf, loadWorkflow, stepsOf } from './files';

const wf = loadWorkflow('.github/workflows/nightly-performance.yml');
const [, issuesJob] = jobsOf(wf).find(([id]) => id === 'issues')!;
const template = String(
  (
    stepsOf(issuesJob).find((s) => String(s.uses).includes('performance-issues'))!.with as Record<
      string,
      unknown
    >
  ).findings,
);

/** Evaluates the expression forms the template uses, for a night with these outputs. */
function evaluate(text: string, outputs: Record<string, string>, flags: Record<string, boolean>) {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === 'inputs.environment') return 'staging';
    const format = /^toJSON\(format\('((?:[^']|'')*)'((?:, [\w.-]+)*)\)\)$/.exec(expr);
    if (format) {
      const args = (format[2] ?? '')
        .split(', ')
        .filter(Boolean)
        .map((a) => outputs[a] ?? '');
      return JSON.stringify(
        format[1]!.replace(/''/g, "'").replace(/\{(\d)\}/g, (_x, i) => args[Number(i)] ?? ''),
      );
    }
    if (expr in flags) return String(flags[expr]);
    throw new Error(`unexpected expression in findings: ${expr}`);
  });
}

describe('nightly-performance findings', () => {
  const conditions = [...template.matchAll(/(active|checked): \$\{\{\s*([\s\S]*?)\s*\}\}/g)].map(
    (m) => m[2]!,
  );
  it.each([true, false])('parse into four findings when every condition is %s', (value) => {
    const flags = Object.fromEntries(conditions.map((c) => [c, value]));
    const outputs = {
      'needs.load-test.outputs.baseline-runs': '7',
      'needs.load-test.outputs.failure-reason': 'thresholds: "p95 < 200ms" failed',
      'needs.readiness.outputs.failed-checks': 'hpa-max-replicas, pdb: missing',
    };
    const findings = parseFindings(evaluate(template, outputs, flags));
    expect(findings.map((f) => f.key)).toEqual([
      'staging/k6-regression',
      'staging/slo-breach',
      'staging/readiness',
      'staging/terraform-drift',
    ]);
    expect(findings.every((f) => f.active === value && f.checked === value)).toBe(true);
    expect(findings[1]!.body).toContain('thresholds: "p95 < 200ms" failed');
    expect(findings[2]!.body).toContain(
      "pdb: missing. The report is the run's readiness-nightly artifact.",
    );
  });
});
