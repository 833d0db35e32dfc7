/**
 * The rehearsal's stand-in for the k6 smoke test when no k6 is installed:
 * real HTTP requests through the sandbox's live Services, one bounded burst
 * per service of the SLO file's `smoke` profile, judged against that
 * service's latency and error-rate targets. It writes results.json in
 * k6-load-test's schema and sets the same outputs, so everything downstream
 * (release-evidence, the finalize/rollback decision) runs as it would after
 * k6. It is not k6: no scripts, no request bodies, GET only (the sandbox pods
 * answer every path) — the log says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadSlo, type ServiceSlo, type Slo } from '../../../actions/_shared/src/slo';
import type { GroupResult, SloCheck } from '../../../actions/k6-load-test/src/analysis';
import { RESULTS_SCHEMA } from '../../../actions/k6-load-test/src/constants';
import type { ResultsDocument } from '../../../actions/k6-load-test/src/results';
import { generateLoad, type LoadReport } from '../../../sandbox/index';
import type { StepCall, StepOutcome } from '../workflow/executor';

export const K6_INSTALL_URL = 'https://grafana.com/docs/k6/latest/set-up/install-k6/';
/** Bounds: the stand-in is a smoke, not a load test (and shares 2 cores with terraform). */
export const STAND_IN_MAX_REQUESTS = 40;
const STAND_IN_MAX_MS = 10_000;
const STAND_IN_LABEL = 'rehearsal HTTP stand-in (k6 not installed)';

/** service name → base URL: from `base-urls` when given, else the environment's Services. */
export type UrlResolver = (service: ServiceSlo) => Promise<string | undefined>;

function plannedRequests(service: ServiceSlo, slo: Slo): number {
  const smoke = slo.profiles.smoke ?? { durationMs: 30_000, rate: 0.01 };
  const perSecond = (service.throughputRps ?? service.maxVus ?? 1) * smoke.rate;
  const planned = Math.ceil(perSecond * (smoke.durationMs / 1000));
  return Math.max(10, Math.min(STAND_IN_MAX_REQUESTS, planned));
}

/** Judges one service's burst against its SLO (p90 is judged on p95, the closest measured and never lower). */
export function judge(service: ServiceSlo, report: LoadReport): SloCheck[] {
  const checks: SloCheck[] = [];
  for (const [percentile, target] of Object.entries(service.latencyMs)) {
    if (target === undefined) continue;
    const measured = percentile === 'p50' ? 'p50' : percentile === 'p99' ? 'p99' : 'p95';
    const observed = report.latencyMs[measured];
    checks.push({
      service: service.name,
      objective: `latency ${percentile}`,
      target: `< ${target} ms`,
      observed: `${observed.toFixed(1)} ms${measured !== percentile ? ` (${measured})` : ''}`,
      passed: report.sent > 0 && observed < target,
    });
  }
  const errorRate = report.sent ? report.failed / report.sent : 1;
  checks.push({
    service: service.name,
    objective: 'error rate',
    target: `<= ${service.errorRate}`,
    observed: `${report.failed}/${report.sent}`,
    passed: report.sent > 0 && errorRate <= service.errorRate,
  });
  return checks;
}

function groupResult(service: ServiceSlo, report: LoadReport): GroupResult {
  const l = report.latencyMs;
  return {
    service: service.name,
    scenario: 'smoke',
    requests: report.sent,
    errorRate: report.sent ? report.failed / report.sent : 1,
    rps: Number(report.rps.toFixed(2)),
    droppedIterations: 0,
    // The load generator reports p50/p95/p99/max; p90 is not measured (NaN → null in JSON).
    latencyMs: {
      p50: l.p50,
      p90: Number.NaN,
      p95: l.p95,
      p99: l.p99,
      min: Number.NaN,
      max: l.max,
      avg: Number.NaN,
    },
    timeline: [],
    samples: [],
  };
}

/** A URL without its credentials (base-urls may carry basic auth). */
const shown = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
};

export async function runSmokeStandIn(call: StepCall, urlOf: UrlResolver): Promise<StepOutcome> {
  const profile = call.inputs.profile || 'smoke';
  if (profile !== 'smoke') {
    // A burst of requests is no load test: claiming a `load` verdict from it would mislead.
    return {
      status: 'skipped',
      message: `k6 not installed: the ${profile} profile needs the real k6 (the rehearsal's HTTP stand-in covers smoke only); install k6 (${K6_INSTALL_URL}) to run it`,
    };
  }
  const root = call.job.workspace;
  const at = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const sloFile = call.inputs['slo-file'] || 'loadtests/slo.yaml';
  let slo: Slo;
  try {
    slo = loadSlo(at(sloFile), sloFile);
  } catch (error) {
    call.setOutput('passed', 'false');
    call.setOutput('failure-reason', 'bad-input');
    return { status: 'failure', message: (error as Error).message };
  }
  const startedAt = new Date().toISOString();
  const services: GroupResult[] = [];
  const checks: SloCheck[] = [];
  let total = 0;
  for (const service of slo.services) {
    const owner = slo.services.find((s) => s.name === service.baseUrlOf) ?? service;
    const url = await urlOf(owner);
    if (!url) {
      call.setOutput('passed', 'false');
      call.setOutput('failure-reason', 'bad-input');
      return {
        status: 'failure',
        message: `no base URL for service ${owner.name} (base-urls, or a rehearsal Service for app ${owner.app})`,
      };
    }
    const secret = (() => {
      try {
        return new URL(url).password;
      } catch {
        return '';
      }
    })();
    if (secret) call.mask(decodeURIComponent(secret));
    const report = await generateLoad({
      url,
      requests: plannedRequests(service, slo),
      durationMs: STAND_IN_MAX_MS,
      concurrency: 2,
    });
    total += report.sent;
    services.push(groupResult(service, report));
    const judged = judge(service, report);
    checks.push(...judged);
    call.log(
      `${service.name} → ${shown(url)}: ${report.sent} requests, ${report.failed} failed${report.failed ? ` ${JSON.stringify(report.failureKinds)}` : ''}, p95 ${report.latencyMs.p95.toFixed(1)} ms — ${
        judged.every((c) => c.passed)
          ? 'SLO held'
          : `SLO broken: ${judged
              .filter((c) => !c.passed)
              .map((c) => `${c.objective} ${c.observed} (target ${c.target})`)
              .join(', ')}`
      }`,
    );
  }
  const passed = checks.every((c) => c.passed);
  const reason = passed ? null : 'thresholds-failed';
  const dir = at(call.inputs['results-directory'] || join(call.job.runnerTemp, 'k6-results'));
  mkdirSync(dir, { recursive: true });
  const doc: ResultsDocument = {
    schema: RESULTS_SCHEMA,
    profile: 'smoke',
    k6Version: STAND_IN_LABEL,
    startedAt,
    endedAt: new Date().toISOString(),
    passed,
    failureReason: reason,
    scripts: [{ script: STAND_IN_LABEL, exitCode: passed ? 0 : 99, reason }],
    services,
    slo: checks,
    thresholds: [],
    throughput: [],
    knees: [],
    regression: { baseline: null, detected: false, evidence: [] },
    prometheus: null,
    points: { lines: 0, points: 0, malformed: 0 },
  };
  const resultsFile = join(dir, 'results.json');
  writeFileSync(
    resultsFile,
    `${JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`,
  );
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(
    summaryFile,
    [
      `## smoke (${STAND_IN_LABEL}): ${passed ? '✓ passed' : '✗ failed (`thresholds-failed`)'}`,
      '',
      '| service | objective | target | observed | |',
      '| --- | --- | --- | --- | --- |',
      ...checks.map(
        (c) =>
          `| ${c.service} | ${c.objective} | ${c.target} | ${c.observed} | ${c.passed ? '✓' : '✗'} |`,
      ),
      '',
      `k6 was not installed: install k6 (${K6_INSTALL_URL}) to run the real scripts.`,
      '',
    ].join('\n'),
  );
  call.log(
    `k6 not installed: the smoke ran on the rehearsal's built-in HTTP stand-in (${total} requests across ${slo.services.length} services of ${sloFile}, GET through the live Services, judged against the SLO latency/error targets); install k6 (${K6_INSTALL_URL}) to run the real scripts`,
  );
  call.setOutput('passed', String(passed));
  call.setOutput('results-file', resultsFile);
  call.setOutput('failure-reason', reason ?? '');
  call.setOutput('regression', 'false');
  call.setOutput('summary-markdown-path', summaryFile);
  return passed
    ? { status: 'success' }
    : { status: 'failure', message: 'the smoke stand-in broke an SLO target (thresholds-failed)' };
}
