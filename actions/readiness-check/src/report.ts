/**
 * Runs the checks and builds the report: JSON (versioned), job summary and
 * annotations. A problem fails or warns by its check's severity (critical and
 * high fail; medium and low warn); a category's status is its worst check's.
 */
import { describeError } from '../../_shared/src/errors';
import { escapeCell, table } from '../../_shared/src/summary';
import { CATEGORIES, type CategoryId, type FailOn, type Mode } from './constants';
import type { Check, CheckContext, Location, Outcome, Severity, Status } from './types';

export const REPORT_VERSION = 1;

export type CheckResult = {
  id: string;
  title: string;
  status: Status;
  severity: Severity;
  reason: string;
  evidence: string[];
  locations?: Location[];
};

export type CategoryResult = {
  id: CategoryId;
  name: string;
  status: Status;
  checks: CheckResult[];
};

export type Report = {
  version: typeof REPORT_VERSION;
  mode: Mode;
  namespace: string;
  source: string;
  generatedAt: string;
  durationMs: number;
  failOn: FailOn;
  passed: boolean;
  categories: CategoryResult[];
};

const RANK: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

export function statusOf(outcome: Outcome, severity: Severity): Status {
  if (outcome.result === 'problem')
    return severity === 'critical' || severity === 'high' ? 'fail' : 'warn';
  return outcome.result;
}

/** A category passes when nothing in it failed or warned and at least one check ran. */
export function categoryStatus(checks: CheckResult[]): Status {
  return checks.reduce<Status>(
    (worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst),
    'skip',
  );
}

async function runOne(check: Check, ctx: CheckContext): Promise<CheckResult> {
  let outcome: Outcome;
  try {
    outcome = await check.run(ctx);
  } catch (error) {
    if (ctx.signal?.aborted) throw ctx.signal.reason;
    // A source failing mid-run (Prometheus down, AWS throttling) fails that check, not the report.
    outcome = {
      result: 'problem',
      reason: `could not evaluate: ${describeError(error)}`,
      evidence: [],
    };
  }
  return {
    id: check.id,
    title: check.title,
    severity: check.severity,
    status: statusOf(outcome, check.severity),
    reason: outcome.reason,
    evidence: outcome.evidence,
    ...(outcome.locations?.length ? { locations: outcome.locations } : {}),
  };
}

export async function runChecks(
  checks: readonly Check[],
  ctx: CheckContext,
  options: { categories: CategoryId[]; failOn: FailOn; source: string; now?: () => number },
): Promise<Report> {
  const now = options.now ?? Date.now;
  const started = now();
  // Independent reads: every check runs concurrently.
  const results = await Promise.all(
    checks.map((c) =>
      options.categories.includes(c.category)
        ? runOne(c, ctx)
        : Promise.resolve<CheckResult>({
            id: c.id,
            title: c.title,
            severity: c.severity,
            status: 'skip',
            reason: 'category not selected (input categories)',
            evidence: [],
          }),
    ),
  );
  const categories = CATEGORIES.map((cat) => {
    const mine = results.filter((_, i) => checks[i]!.category === cat.id);
    return { id: cat.id, name: cat.name, status: categoryStatus(mine), checks: mine };
  });
  return {
    version: REPORT_VERSION,
    mode: ctx.mode,
    namespace: ctx.namespace,
    source: options.source,
    generatedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    failOn: options.failOn,
    passed: blocking(categories, options.failOn).length === 0,
    categories,
  };
}

/** The checks that make the run fail under `fail-on`. */
export function blocking(categories: CategoryResult[], failOn: FailOn): CheckResult[] {
  return categories.flatMap((c) =>
    c.checks.filter((k) => k.status === 'fail' || (failOn === 'warn' && k.status === 'warn')),
  );
}

const ICON: Record<Status, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  skip: '⏭️ skip',
};

export function renderSummary(report: Report): string {
  const passed = report.categories.filter((c) => c.status === 'pass').length;
  const skipped = report.categories.filter((c) => c.status === 'skip').length;
  const lines = [
    `## Production readiness (${report.mode}): ${passed}/${report.categories.length} categories passed`,
    '',
    `${report.passed ? '✅ Ready' : '❌ Not ready'} — namespace \`${report.namespace}\`, ${report.source}, fail-on \`${report.failOn}\`${skipped ? `, ${skipped} categories skipped` : ''}.`,
    '',
    table(
      ['Category', 'Status', 'Checks (pass / warn / fail / skip)'],
      report.categories.map((c) => {
        const n = (s: Status) => c.checks.filter((k) => k.status === s).length;
        return [
          c.name,
          ICON[c.status],
          `${n('pass')} / ${n('warn')} / ${n('fail')} / ${n('skip')}`,
        ];
      }),
    ),
  ];
  const problems = report.categories.flatMap((c) =>
    c.checks.filter((k) => k.status === 'fail' || k.status === 'warn'),
  );
  if (problems.length) {
    lines.push(
      '',
      '### Failing and warning checks',
      '',
      table(
        ['Check', 'Status', 'Severity', 'Finding', 'Evidence'],
        problems.map((k) => [
          `${k.id} ${k.title}`,
          ICON[k.status],
          k.severity,
          k.reason,
          k.evidence.map((e) => `\`${e.replace(/`/g, "'")}\``).join('<br>') || '-',
        ]),
      ),
    );
  }
  const skippedChecks = report.categories.flatMap((c) =>
    c.checks.filter((k) => k.status === 'skip'),
  );
  if (skippedChecks.length) {
    lines.push('', `<details><summary>${skippedChecks.length} checks skipped</summary>`, '');
    for (const k of skippedChecks)
      lines.push(`- ${k.id} ${escapeCell(k.title)}: ${escapeCell(k.reason)}`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
