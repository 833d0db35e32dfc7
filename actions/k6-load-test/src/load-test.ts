import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CancelledError } from '../../_shared/src/cancel';
import { ActionFailure } from '../../_shared/src/errors';
import { group } from '../../_shared/src/log';
import { setOutputs } from '../../_shared/src/outputs';
import { type ActionContext, FAILURE_REASON_OUTPUT } from '../../_shared/src/run-action';
import { info, notice, setOutput, warning } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { groupResults, knees, sloChecks, throughputChecks } from './analysis';
import { findBaseline } from './baseline';
import type { Config } from './config';
import { DEFAULT_RELEASES_URL, Outputs, RELEASES_URL_ENV, RESULTS_SCHEMA } from './constants';
import type { FailureReason } from './failure-reasons';
import { installK6 } from './install';
import { k6Environment, runScript, type ScriptRun } from './k6-run';
import { aggregateFile, ResultsAggregator } from './ndjson';
import { type Signal, sampleSignals } from './prometheus';
import { compareSamples, type RegressionEvidence } from './regression';
import { renderReport } from './report';
import { type ResultsDocument, toJson } from './results';
import { readSummaryExport, thresholdVerdicts } from './summary-export';

/** Time buckets for the charts and the knee: ~120 over the profile, at least 1 s. */
function bucketMsFor(cfg: Config): number {
  const duration = cfg.slo.profiles[cfg.profile]?.durationMs ?? 60_000;
  return Math.max(1000, Math.round(duration / 120 / 1000) * 1000);
}

/** The most telling reason among the scripts' outcomes: an error beats a verdict. */
function k6Reason(runs: ScriptRun[]): FailureReason | undefined {
  const reasons = runs.map((r) => r.reason).filter((r): r is FailureReason => r !== undefined);
  return (
    reasons.find((r) => r === 'cancelled') ??
    reasons.find((r) => r !== 'thresholds-failed') ??
    reasons[0]
  );
}

/** Install, run every script, read the results, judge, report. */
export async function loadTest(cfg: Config, ctx: ActionContext): Promise<void> {
  mkdirSync(cfg.resultsDirectory, { recursive: true });
  const installed = await group('Install k6', () =>
    installK6({
      version: cfg.k6Version,
      platform: cfg.platform,
      sha256: cfg.k6Sha256,
      releasesUrl: ctx.env[RELEASES_URL_ENV] || DEFAULT_RELEASES_URL,
      signal: ctx.signal,
      env: ctx.env,
    }),
  );

  // k6 gets slo.yaml as JSON; its scripts derive thresholds and load shapes from it.
  const k6Env = k6Environment(cfg, cfg.sloJson, ctx.env);
  const startedAt = new Date();
  const runs: ScriptRun[] = [];
  for (const script of cfg.scripts) {
    if (ctx.signal.aborted) break;
    const label = relative(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), script);
    runs.push(
      await group(`k6 run ${label} (${cfg.profile})`, () =>
        runScript(installed.binary, script, cfg, k6Env, ctx.signal),
      ),
    );
  }
  const endedAt = new Date();

  const aggregator = new ResultsAggregator({ bucketMs: bucketMsFor(cfg), seed: 20260101 });
  const thresholds = await group('Read results', async () => {
    const verdicts = [];
    for (const r of runs) {
      await aggregateFile(r.ndjsonFile, aggregator).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
        info(`${r.name}: k6 wrote no NDJSON output`);
      });
      verdicts.push(...thresholdVerdicts(r.name, await readSummaryExport(r.summaryFile)));
    }
    info(
      `${aggregator.lines} lines, ${aggregator.points} points read${aggregator.malformed ? `, ${aggregator.malformed} malformed skipped` : ''}`,
    );
    return verdicts;
  });
  const results = groupResults(aggregator);
  const slo = sloChecks(cfg.slo, results);
  const throughput = throughputChecks(cfg.slo, cfg.profile, results);
  const stressKnees = cfg.profile === 'stress' ? knees(cfg.slo, results) : [];

  let evidence: RegressionEvidence[] = [];
  let baselineNote: string | undefined;
  let baselineFile: string | undefined;
  if (cfg.baseline) {
    const found = findBaseline(cfg.baseline, cfg.profile);
    if (!found)
      baselineNote = `No ${cfg.profile} results in ${cfg.baseline}: nothing compared (the first run becomes the baseline).`;
    else {
      baselineFile = found.file;
      evidence = results.flatMap((r) => {
        const before = found.document.services.find(
          (b) => b.service === r.service && b.scenario === r.scenario,
        );
        return before
          ? [
              compareSamples(r.service, before.samples, r.samples, {
                alpha: 0.01,
                minEffect: cfg.minEffect,
                minSamples: 30,
              }),
            ]
          : [];
      });
    }
    if (baselineNote) notice(baselineNote);
  }
  const regressed = evidence.some((e) => e.regression);

  let signals: Signal[] | undefined;
  if (cfg.prometheusUrl) {
    signals = await group('Prometheus signals', () =>
      sampleSignals(cfg.prometheusUrl!, startedAt.getTime(), endedAt.getTime(), ctx.signal),
    );
    for (const s of signals) if (s.error) warning(`Prometheus ${s.name}: ${s.error}`);
  }

  const k6Failure = k6Reason(runs);
  const thresholdsFailed = k6Failure === 'thresholds-failed' || thresholds.some((t) => !t.passed);
  const verdictReason: FailureReason | undefined =
    k6Failure && k6Failure !== 'thresholds-failed'
      ? k6Failure
      : thresholdsFailed
        ? 'thresholds-failed'
        : throughput.some((t) => !t.reached)
          ? 'throughput-not-reached'
          : regressed && cfg.failOn === 'regression'
            ? 'regression-detected'
            : undefined;
  const passed = verdictReason === undefined;

  const doc: ResultsDocument = {
    schema: RESULTS_SCHEMA,
    profile: cfg.profile,
    k6Version: installed.version,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    passed,
    failureReason: verdictReason ?? null,
    scripts: runs.map((r) => ({ script: r.name, exitCode: r.exitCode, reason: r.reason ?? null })),
    services: results,
    slo,
    thresholds,
    throughput,
    knees: stressKnees,
    regression: { baseline: baselineFile ?? null, detected: regressed, evidence },
    prometheus: signals ?? null,
    points: { lines: aggregator.lines, points: aggregator.points, malformed: aggregator.malformed },
  };
  const resultsFile = join(cfg.resultsDirectory, 'results.json');
  writeFileSync(resultsFile, toJson(doc));
  const markdown = renderReport({
    profile: cfg.profile,
    passed,
    failureReason: verdictReason,
    k6Version: installed.version,
    scripts: runs,
    results,
    sloChecks: slo,
    thresholds,
    throughput,
    knees: stressKnees,
    regression: {
      // Not found: the input is still named, and the note says nothing was compared.
      baseline: baselineFile ? relative(cfg.resultsDirectory, baselineFile) : cfg.baseline,
      evidence,
      note: baselineNote,
    },
    signals,
    sloTargetsP95: new Map(
      cfg.slo.services.flatMap((s) => (s.latencyMs.p95 ? [[s.name, s.latencyMs.p95]] : [])),
    ),
  });
  const summaryFile = join(cfg.resultsDirectory, 'summary.md');
  writeFileSync(summaryFile, markdown);
  setOutputs({
    [Outputs.Passed]: passed,
    [Outputs.ResultsFile]: resultsFile,
    [Outputs.Regression]: regressed,
    [Outputs.SummaryMarkdownPath]: summaryFile,
  });
  const dashboards = runs.flatMap((r) => (r.dashboardFile ? [r.dashboardFile] : []));
  if (dashboards.length > 0) setOutput(Outputs.DashboardFile, dashboards.join('\n'));
  await writeSummary(markdown, ctx.env);

  if (ctx.signal.aborted || k6Failure === 'cancelled')
    throw new CancelledError(ctx.signal.reason?.signal ?? 'SIGTERM');
  if (!verdictReason) return;
  const failsStep =
    cfg.failOn !== 'none' ||
    !['thresholds-failed', 'throughput-not-reached', 'regression-detected'].includes(verdictReason);
  const message = describe(verdictReason, runs, throughput);
  if (failsStep) throw new ActionFailure(message, verdictReason);
  // fail-on: none still says why the run did not pass.
  setOutput(FAILURE_REASON_OUTPUT, verdictReason);
  warning(`${message} (fail-on: none)`);
}

function describe(
  reason: FailureReason,
  runs: ScriptRun[],
  throughput: ReturnType<typeof throughputChecks>,
): string {
  switch (reason) {
    case 'thresholds-failed':
      return 'k6 thresholds failed: see the thresholds table in the job summary';
    case 'throughput-not-reached':
      return `Target throughput not reached: ${throughput
        .filter((t) => !t.reached)
        .map((t) => `${t.service} ${t.achievedRps} req/s of ${t.targetRps}`)
        .join(', ')} (latency may still have passed)`;
    case 'regression-detected':
      return 'Latency regressed against the baseline: see the regression table in the job summary';
    default: {
      const failed = runs
        .filter((r) => r.reason === reason)
        .map((r) => `${r.name} (exit ${r.exitCode})`);
      return `k6 failed: ${reason} in ${failed.join(', ')}`;
    }
  }
}
