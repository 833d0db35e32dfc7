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
import { compareWithBaseline } from './baseline';
import type { Config } from './config';
import { DEFAULT_RELEASES_URL, Outputs, RELEASES_URL_ENV, RESULTS_SCHEMA } from './constants';
import { installK6 } from './install';
import { k6Environment, runScript, type ScriptRun } from './k6-run';
import { aggregateFile, ResultsAggregator } from './ndjson';
import { type Signal, sampleSignals } from './prometheus';
import { renderReport } from './report';
import { type ResultsDocument, toJson } from './results';
import { readSummaryExport, thresholdVerdicts } from './summary-export';
import { decideVerdict } from './verdict';

/** Time buckets for the charts and the knee: ~120 over the profile, at least 1 s. */
function bucketMsFor(cfg: Config): number {
  const duration = cfg.slo.profiles[cfg.profile]?.durationMs ?? 60_000;
  return Math.max(1000, Math.round(duration / 120 / 1000) * 1000);
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
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const startedAt = new Date();
  const runs: ScriptRun[] = [];
  for (const script of cfg.scripts) {
    if (ctx.signal.aborted) break;
    const label = relative(workspace, script);
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

  const baseline = cfg.baseline
    ? compareWithBaseline(cfg.baseline, cfg.profile, results, cfg.minEffect)
    : undefined;
  if (baseline?.note) notice(baseline.note);
  const evidence = baseline?.evidence ?? [];
  const regressed = evidence.some((e) => e.regression);

  let signals: Signal[] | undefined;
  if (cfg.prometheusUrl) {
    signals = await group('Prometheus signals', () =>
      sampleSignals(cfg.prometheusUrl!, startedAt.getTime(), endedAt.getTime(), ctx.signal),
    );
    for (const s of signals) if (s.error) warning(`Prometheus ${s.name}: ${s.error}`);
  }

  const verdict = decideVerdict({ runs, thresholds, throughput, regressed, failOn: cfg.failOn });
  const { passed } = verdict;

  const doc: ResultsDocument = {
    schema: RESULTS_SCHEMA,
    profile: cfg.profile,
    k6Version: installed.version,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    passed,
    failureReason: verdict.reason ?? null,
    scripts: runs.map((r) => ({ script: r.name, exitCode: r.exitCode, reason: r.reason ?? null })),
    services: results,
    slo,
    thresholds,
    throughput,
    knees: stressKnees,
    regression: { baseline: baseline?.file ?? null, detected: regressed, evidence },
    prometheus: signals ?? null,
    points: { lines: aggregator.lines, points: aggregator.points, malformed: aggregator.malformed },
  };
  const resultsFile = join(cfg.resultsDirectory, 'results.json');
  writeFileSync(resultsFile, toJson(doc));
  const markdown = renderReport({
    profile: cfg.profile,
    passed,
    failureReason: verdict.reason,
    k6Version: installed.version,
    sloFile: cfg.sloFile,
    scripts: runs.map((r) => ({ ...r, script: relative(workspace, r.script) })),
    results,
    sloChecks: slo,
    thresholds,
    throughput,
    knees: stressKnees,
    regression: {
      // Not found: the input is still named, and the note says nothing was compared.
      baseline: baseline?.file ? relative(cfg.resultsDirectory, baseline.file) : cfg.baseline,
      evidence,
      note: baseline?.note,
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

  if (ctx.signal.aborted || verdict.reason === 'cancelled') {
    throw new CancelledError(ctx.signal.reason?.signal ?? 'SIGTERM');
  }
  if (!verdict.reason) return;
  if (verdict.failsStep) throw new ActionFailure(verdict.message, verdict.reason);
  // fail-on: none still says why the run did not pass.
  setOutput(FAILURE_REASON_OUTPUT, verdict.reason);
  warning(`${verdict.message} (fail-on: none)`);
}
