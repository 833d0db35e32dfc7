/**
 * The job summary: verdict, SLO table and k6 thresholds (✓/✗), Mermaid
 * `xychart-beta` charts GitHub renders itself (no chart service, nothing
 * leaves the runner), the stress knee, the regression evidence and the
 * Prometheus signals.
 */
import { details, table } from '../../_shared/src/summary';
import type { GroupResult, Knee, SloCheck, ThroughputCheck, TimelinePoint } from './analysis';
import { percent } from './analysis';
import type { Signal } from './prometheus';
import type { RegressionEvidence } from './regression';
import type { ThresholdVerdict } from './summary-export';

export type ReportInput = {
  profile: string;
  /** The SLO file as the user named it. */
  sloFile: string;
  passed: boolean;
  failureReason: string | undefined;
  k6Version: string;
  scripts: { script: string; exitCode: number | null; reason: string | undefined }[];
  results: GroupResult[];
  sloChecks: SloCheck[];
  thresholds: ThresholdVerdict[];
  throughput: ThroughputCheck[];
  knees: Knee[];
  regression: { baseline: string | undefined; evidence: RegressionEvidence[]; note?: string };
  signals: Signal[] | undefined;
  sloTargetsP95: Map<string, number>;
};

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const MAX_CHART_POINTS = 40;

export function renderReport(r: ReportInput): string {
  const out: string[] = [];
  out.push(
    `## k6 ${r.profile}: ${r.passed ? '✓ passed' : `✗ failed${r.failureReason ? ` (\`${r.failureReason}\`)` : ''}`}`,
  );
  out.push(
    `k6 ${r.k6Version} · ${r.scripts.map((s) => `\`${s.script}\` exit ${s.exitCode ?? 'signal'}`).join(' · ')}`,
  );
  out.push(`### Service-level objectives (${r.sloFile})`);
  if (r.results.length === 0) out.push('k6 recorded no HTTP requests.');
  else {
    out.push(
      table(
        ['service', 'scenario', 'requests', 'req/s', 'p50 / p90 / p95 / p99 (ms)', 'errors'],
        r.results.map((g) => [
          g.service,
          g.scenario,
          String(g.requests),
          g.rps.toFixed(1),
          `${g.latencyMs.p50} / ${g.latencyMs.p90} / ${g.latencyMs.p95} / ${g.latencyMs.p99}`,
          percent(g.errorRate),
        ]),
      ),
    );
  }
  if (r.sloChecks.length > 0 || r.throughput.length > 0) {
    out.push(
      table(
        ['', 'service', 'objective', 'target', 'observed'],
        [
          ...r.sloChecks.map((c) => [mark(c.passed), c.service, c.objective, c.target, c.observed]),
          ...r.throughput.map((t) => [
            mark(t.reached),
            t.service,
            'throughput',
            `≥ ${t.targetRps} req/s`,
            `${t.achievedRps} req/s`,
          ]),
        ],
      ),
    );
  }
  if (r.thresholds.length > 0) {
    out.push('### k6 thresholds');
    out.push(
      table(
        ['', 'script', 'metric', 'threshold', 'observed'],
        r.thresholds.map((t) => [
          mark(t.passed),
          t.script,
          t.metric,
          t.expression,
          t.observed === undefined ? '' : String(Number(t.observed.toFixed(4))),
        ]),
      ),
    );
  }
  if (r.knees.length > 0) {
    out.push('### Stress: where the SLO breaks');
    out.push(
      table(
        ['service', 'SLOs hold up to', 'first broke at', 'what broke'],
        r.knees.map((k) => [
          k.service,
          k.holdsUpToRps === undefined ? '—' : `${k.holdsUpToRps} req/s`,
          k.brokeAtRps === undefined ? 'never (held to the end)' : `${k.brokeAtRps} req/s`,
          k.broken ?? '',
        ]),
      ),
    );
  }
  const charts = r.results.filter((g) => g.timeline.length >= 2);
  if (charts.length > 0) {
    out.push('### Over time');
    for (const g of charts) out.push(chartsFor(g, r.sloTargetsP95.get(g.service)));
  }
  out.push(renderRegression(r.regression));
  if (r.signals) out.push(renderSignals(r.signals));
  return `${out.filter(Boolean).join('\n\n')}\n`;
}

/** Merges neighbouring points so a chart has at most MAX_CHART_POINTS (p95: the worst, rate: the mean). */
export function downsample(points: TimelinePoint[], max = MAX_CHART_POINTS): TimelinePoint[] {
  if (points.length <= max) return points;
  const per = Math.ceil(points.length / max);
  const out: TimelinePoint[] = [];
  for (let i = 0; i < points.length; i += per) {
    const slice = points.slice(i, i + per);
    out.push({
      t: slice[0]!.t,
      rps: Number((slice.reduce((a, p) => a + p.rps, 0) / slice.length).toFixed(2)),
      p95: Math.max(...slice.map((p) => p.p95).filter(Number.isFinite)),
      errorRate: Math.max(...slice.map((p) => p.errorRate)),
      requests: slice.reduce((a, p) => a + p.requests, 0),
    });
  }
  return out;
}

/** Two charts per group; Mermaid reads quoted text as markup, so titles hold no "<". */
function chartsFor(g: GroupResult, p95Target: number | undefined): string {
  const points = downsample(g.timeline);
  const xs = `[${points.map((p) => `"${p.t}s"`).join(', ')}]`;
  const p95s = points.map((p) => (Number.isFinite(p.p95) ? p.p95 : 0));
  const top = Math.ceil(Math.max(...p95s, p95Target ?? 0) * 1.1) || 1;
  const latency = [
    'xychart-beta',
    `    title "${g.service}: p95 latency (ms)${p95Target ? ` vs the SLO line at ${p95Target} ms` : ''}"`,
    `    x-axis ${xs}`,
    `    y-axis "ms" 0 --> ${top}`,
    `    line [${p95s.join(', ')}]`,
    ...(p95Target ? [`    line [${points.map(() => p95Target).join(', ')}]`] : []),
  ];
  const rpsTop = Math.ceil(Math.max(...points.map((p) => p.rps)) * 1.1) || 1;
  const rps = [
    'xychart-beta',
    `    title "${g.service}: requests per second"`,
    `    x-axis ${xs}`,
    `    y-axis "req/s" 0 --> ${rpsTop}`,
    `    bar [${points.map((p) => p.rps).join(', ')}]`,
  ];
  return [
    `\`\`\`mermaid\n${latency.join('\n')}\n\`\`\``,
    `\`\`\`mermaid\n${rps.join('\n')}\n\`\`\``,
  ].join('\n\n');
}

function renderRegression(r: ReportInput['regression']): string {
  const head = '### Regression against the baseline';
  if (!r.baseline) return `${head}\n\nNo baseline given: nothing compared.`;
  if (r.evidence.length === 0)
    return `${head}\n\n${r.note ?? 'No comparable service in the baseline.'}`;
  const rows = r.evidence.map((e) => [
    e.regression ? '✗ regression' : '✓',
    e.service,
    `${e.baselineP95.toFixed(1)} → ${e.currentP95.toFixed(1)}`,
    `${e.p95Change >= 0 ? '+' : ''}${(e.p95Change * 100).toFixed(1)} %`,
    e.pValue < 1e-4 ? '< 0.0001' : e.pValue.toFixed(4),
    `${e.baselineN} / ${e.currentN}`,
  ]);
  return [
    head,
    `Baseline: \`${r.baseline}\`. A regression needs both a one-sided Mann–Whitney U test on per-request latency samples significant at α = 0.01 and a p95 increase of at least the minimum effect.`,
    table(
      ['', 'service', 'p95 ms (baseline → now)', 'change', 'p-value', 'samples (baseline / now)'],
      rows,
    ),
  ].join('\n\n');
}

function renderSignals(signals: Signal[]): string {
  const rows: string[][] = [];
  for (const s of signals) {
    if (s.error) rows.push([s.title, '', `query failed: ${s.error}`, '', '']);
    else if (s.series.length === 0) rows.push([s.title, '', 'no data', '', '']);
    for (const series of s.series) {
      const label = Object.entries(series.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      const f = (n: number) => `${Number.isFinite(n) ? Number(n.toFixed(2)) : '—'}${s.unit}`;
      rows.push([s.title, label, f(series.min), f(series.avg), f(series.max)]);
    }
  }
  return details(
    'Platform signals during the run (Prometheus)',
    table(['signal', 'series', 'min', 'avg', 'max'], rows),
    true,
  );
}
