/**
 * 8. Performance: the SLOs of loadtests/slo.yaml (the shared typed loader's
 * `Slo`) evaluated as PromQL over the window, and the alert thresholds checked
 * against them. Each service names its Kubernetes `app` label and, when the app
 * exports one, its latency histogram (`metric`); a service without a metric is
 * judged on what exists (its app's error rate) and its latency is not measured here.
 * The latest k6 results file (input k6-results) is judged per service against
 * the same SLOs and the throughput target of the profile it ran.
 */
import type { GroupResult } from '../../../_shared/src/k6-results';
import {
  type Percentile,
  PROFILES,
  type Profile,
  type ServiceSlo,
  THROUGHPUT_TOLERANCE,
  targetRps,
} from '../../../_shared/src/slo';
import type { Check, CheckContext } from '../types';
import { type Finding, liveOnly, skip, verdict } from './helpers';
import { definedAlerts } from './monitoring';

const range = (ctx: CheckContext) => `${Math.max(1, Math.round(ctx.windowMs / 1000))}s`;

/** p95 -> 0.95 */
export const quantileOf = (p: Percentile): number => Number(p.slice(1)) / 100;

export function latencyQuery(
  ctx: CheckContext,
  s: ServiceSlo & { metric: string },
  quantile: number,
): string {
  return `histogram_quantile(${quantile}, sum by (le) (rate(${s.metric}_bucket{namespace="${ctx.namespace}", app="${s.app}"}[${range(ctx)}])))`;
}

export function errorRateQuery(ctx: CheckContext, app: string): string {
  const sel = `namespace="${ctx.namespace}", app="${app}"`;
  // `or vector(0)`: with no 5xx at all the numerator has no series, and the ratio would be empty.
  return `(sum(rate(http_requests_total{${sel}, status=~"5.."}[${range(ctx)}])) or vector(0)) / sum(rate(http_requests_total{${sel}}[${range(ctx)}]))`;
}

const withMetric = (s: ServiceSlo): s is ServiceSlo & { metric: string } => Boolean(s.metric);

function needsSlos(ctx: CheckContext) {
  if (!ctx.slos) return skip(ctx.missing.slos ?? 'no SLO file');
  return undefined;
}

async function scalar(ctx: CheckContext, q: string): Promise<number | undefined> {
  const r = await ctx.prometheus!.query(q);
  const v = r.length ? Number(r[0]!.value[1]) : Number.NaN;
  return Number.isFinite(v) ? v : undefined;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** One k6 result (a service's scenario) against its SLO: problems, and what was looked at. */
function judgeK6(
  s: ServiceSlo,
  r: GroupResult,
  target: number | undefined,
): { problems: string[]; noData: boolean; evidence: string } {
  const label = `${s.name}${r.scenario && r.scenario !== 'default' ? `/${r.scenario}` : ''}`;
  const problems: string[] = [];
  const seen: string[] = [];
  let noData = !(r.requests > 0);
  for (const [p, maxMs] of Object.entries(s.latencyMs) as [Percentile, number][]) {
    const v = r.latencyMs[p];
    seen.push(`${p} ${finite(v) ? `${v} ms` : 'no data'} (SLO < ${maxMs} ms)`);
    if (!finite(v)) noData = true;
    else if (v >= maxMs) problems.push(`${label} ${p} is ${v} ms (SLO < ${maxMs} ms)`);
  }
  seen.push(
    `errors ${finite(r.errorRate) ? pct(r.errorRate) : 'no data'} (budget < ${pct(s.errorRate)})`,
  );
  if (!finite(r.errorRate)) noData = true;
  else if (r.errorRate >= s.errorRate)
    problems.push(`${label} failed ${pct(r.errorRate)} of requests (budget < ${pct(s.errorRate)})`);
  if (target !== undefined) {
    seen.push(`${finite(r.rps) ? r.rps : 'no data'} req/s (target ${target} req/s)`);
    if (!finite(r.rps) || r.rps < target * THROUGHPUT_TOLERANCE)
      problems.push(
        `${label} reached ${finite(r.rps) ? r.rps : 0} req/s of its ${target} req/s target`,
      );
  }
  return { problems, noData, evidence: `${label}: ${seen.join(', ')}` };
}

export const performanceChecks: Check[] = [
  {
    id: 'MM-RDY-070',
    category: 'performance',
    title: 'Latency percentiles meet the SLOs over the window',
    severity: 'critical',
    async run(ctx) {
      const skipped = liveOnly(ctx, 'prometheus') ?? needsSlos(ctx);
      if (skipped) return skipped;
      const findings: Finding[] = [];
      const evidence: string[] = [];
      const noData: string[] = [];
      const services = ctx.slos!.services;
      // One query per target, all at once.
      const targets = services.filter(withMetric).flatMap((s) =>
        (Object.entries(s.latencyMs) as [Percentile, number][]).map(([p, maxMs]) => ({
          label: `${s.name} ${p}`,
          maxMs,
          q: latencyQuery(ctx, s, quantileOf(p)),
        })),
      );
      const values = await Promise.all(targets.map(({ q }) => scalar(ctx, q)));
      for (const s of services) {
        if (!s.metric)
          evidence.push(
            `${s.name}: no metric in the SLO file, latency not measured from Prometheus (app ${s.app})`,
          );
      }
      for (const [i, { label, maxMs, q }] of targets.entries()) {
        const v = values[i];
        evidence.push(
          `${q} = ${v === undefined ? 'no data' : `${(v * 1000).toFixed(1)} ms`} (SLO < ${maxMs} ms)`,
        );
        if (v === undefined) noData.push(label);
        else if (v * 1000 >= maxMs)
          findings.push({ problem: `${label} is ${(v * 1000).toFixed(1)} ms (SLO < ${maxMs} ms)` });
      }
      if (targets.length === 0)
        return skip('no service in the SLO file names a latency metric', evidence);
      if (findings.length === 0 && noData.length > 0) {
        return {
          result: 'warn',
          reason: `no traffic in the window for ${noData.join(', ')}: SLO not demonstrated`,
          evidence,
        };
      }
      return verdict(ctx, findings, 'every latency SLO met', evidence);
    },
  },
  {
    id: 'MM-RDY-071',
    category: 'performance',
    title: 'Error rates are within the SLO budgets over the window',
    severity: 'critical',
    async run(ctx) {
      const skipped = liveOnly(ctx, 'prometheus') ?? needsSlos(ctx);
      if (skipped) return skipped;
      // http_requests_total is per app: an app answers for the tightest budget of the services it serves.
      const budgets = new Map<string, { budget: number; services: string[] }>();
      for (const s of ctx.slos!.services) {
        const b = budgets.get(s.app);
        budgets.set(s.app, {
          budget: Math.min(b?.budget ?? 1, s.errorRate),
          services: [...(b?.services ?? []), s.name],
        });
      }
      const findings: Finding[] = [];
      const evidence: string[] = [];
      const noData: string[] = [];
      const entries = [...budgets].map(([app, b]) => ({ app, ...b, q: errorRateQuery(ctx, app) }));
      const values = await Promise.all(entries.map(({ q }) => scalar(ctx, q)));
      for (const [i, { app, budget, services, q }] of entries.entries()) {
        const v = values[i];
        evidence.push(
          `${q} = ${v === undefined ? 'no data' : pct(v)} (budget ${pct(budget)}: ${services.join(', ')})`,
        );
        if (v === undefined) noData.push(app);
        else if (v > budget)
          findings.push({ problem: `${app} answers ${pct(v)} with 5xx (budget ${pct(budget)})` });
      }
      if (findings.length === 0 && noData.length > 0) {
        return {
          result: 'warn',
          reason: `no traffic in the window for ${noData.join(', ')}: error budget not demonstrated`,
          evidence,
        };
      }
      return verdict(ctx, findings, 'every error rate within budget', evidence);
    },
  },
  {
    id: 'MM-RDY-072',
    category: 'performance',
    title: 'Latency alert thresholds agree with the SLO file',
    severity: 'high',
    run(ctx) {
      const skipped = needsSlos(ctx);
      if (skipped) return skipped;
      const alerts = definedAlerts(ctx);
      const findings: Finding[] = [];
      const evidence: string[] = [];
      for (const s of ctx.slos!.services.filter(withMetric)) {
        // The alert on this service's histogram (the same metric and app the SLO names).
        const alert = alerts.find(
          (a) =>
            a.expr.includes(`${s.metric}_bucket`) &&
            /histogram_quantile/.test(a.expr) &&
            a.expr.includes(`app="${s.app}"`),
        );
        if (!alert) continue;
        const q = /histogram_quantile\(\s*([\d.]+)/.exec(alert.expr);
        const threshold = /\)\s*>\s*([\d.]+)\s*$/.exec(alert.expr.trim());
        const quantile = q ? Number(q[1]) : undefined;
        const seconds = threshold ? Number(threshold[1]) : undefined;
        const p = `p${quantile === undefined ? '?' : Math.round(quantile * 1000) / 10}`;
        const target = s.latencyMs[p as Percentile];
        const alerted = `${p} > ${seconds === undefined ? '?' : `${seconds * 1000} ms`}`;
        evidence.push(
          `${alert.alert}: ${alerted}; ${ctx.sloFile} ${s.name}: ${target === undefined ? `no ${p} target` : `${p} < ${target} ms`}`,
        );
        if (target === undefined) {
          findings.push({
            problem: `${alert.alert} alerts on ${p}, which the SLO for ${s.name} does not set`,
            object: alert.rule,
          });
        } else if (seconds === undefined || Math.abs(seconds * 1000 - target) > 1e-6) {
          findings.push({
            problem: `${alert.alert} alerts at ${alerted} but the SLO for ${s.name} is ${p} < ${target} ms`,
            object: alert.rule,
          });
        }
      }
      return evidence.length === 0
        ? skip('no latency alert matches a service in the SLO file')
        : verdict(ctx, findings, 'alert thresholds match the SLOs', evidence);
    },
  },
  {
    id: 'MM-RDY-073',
    category: 'performance',
    title: 'The latest k6 run meets the SLOs and the throughput target',
    severity: 'critical',
    run(ctx) {
      const skipped =
        needsSlos(ctx) ?? (ctx.k6 ? undefined : skip(ctx.missing.k6 ?? 'no k6 results'));
      if (skipped) return skipped;
      const { file, doc } = ctx.k6!;
      const profile = (PROFILES as readonly string[]).includes(doc.profile)
        ? (doc.profile as Profile)
        : undefined;
      const evidence = [
        `${file}: profile ${doc.profile}, k6 ${doc.k6Version}, ${doc.startedAt} – ${doc.endedAt}`,
      ];
      const findings: Finding[] = [];
      const noData: string[] = [];
      for (const s of ctx.slos!.services) {
        const results = doc.services.filter((r) => r.service === s.name);
        if (results.length === 0) {
          evidence.push(`${s.name}: not in the results`);
          noData.push(s.name);
          continue;
        }
        // The rate this profile asked for (stress ramps past it: its knee is in the results file).
        const target = profile && targetRps(s, ctx.slos!, profile);
        for (const r of results) {
          const j = judgeK6(s, r, target);
          evidence.push(j.evidence);
          for (const problem of j.problems) findings.push({ problem });
          if (j.noData) noData.push(s.name);
        }
      }
      if (findings.length === 0 && noData.length > 0) {
        return {
          result: 'warn',
          reason: `no k6 measurements for ${[...new Set(noData)].join(', ')} in ${file}: SLO not demonstrated`,
          evidence,
        };
      }
      return verdict(
        ctx,
        findings,
        `every service met its SLOs in the ${doc.profile} run of ${doc.endedAt}`,
        evidence,
      );
    },
  },
];
