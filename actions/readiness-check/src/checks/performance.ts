/** 8. Performance: the SLOs of slo.yaml evaluated as PromQL over the window, and the alert thresholds checked against them. */
import type { Check, CheckContext } from '../types';
import { type Finding, liveOnly, skip, verdict } from './helpers';
import { definedAlerts } from './monitoring';

/** Where each SLO'd service's numbers live: the histogram the alert rules and dashboards use, and its app. */
export const SERVICE_METRICS: Record<string, { app: string; histogram: string; alert: string }> = {
  'backend-api': {
    app: 'backend-api',
    histogram: 'http_request_duration_seconds',
    alert: 'APILatencyHigh',
  },
  'ml-pipeline': {
    app: 'ml-pipeline',
    histogram: 'medimind_ml_prediction_duration_seconds',
    alert: 'MLPredictionLatencyHigh',
  },
  'voice-analysis': {
    app: 'ml-pipeline',
    histogram: 'medimind_voice_analysis_duration_seconds',
    alert: 'VoiceAnalysisLatencyHigh',
  },
};

const range = (ctx: CheckContext) => `${Math.max(1, Math.round(ctx.windowMs / 1000))}s`;

export function latencyQuery(ctx: CheckContext, service: string, quantile: number): string {
  const m = SERVICE_METRICS[service]!;
  return `histogram_quantile(${quantile}, sum by (le) (rate(${m.histogram}_bucket{namespace="${ctx.namespace}", app="${m.app}"}[${range(ctx)}])))`;
}

export function errorRateQuery(ctx: CheckContext, app: string): string {
  const sel = `namespace="${ctx.namespace}", app="${app}"`;
  // `or vector(0)`: with no 5xx at all the numerator has no series, and the ratio would be empty.
  return `(sum(rate(http_requests_total{${sel}, status=~"5.."}[${range(ctx)}])) or vector(0)) / sum(rate(http_requests_total{${sel}}[${range(ctx)}]))`;
}

function needsSlos(ctx: CheckContext) {
  if (!ctx.slos) return skip(ctx.missing.slos ?? 'no SLO file');
  return undefined;
}

async function scalar(ctx: CheckContext, q: string): Promise<number | undefined> {
  const r = await ctx.prometheus!.query(q);
  const v = r.length ? Number(r[0]!.value[1]) : Number.NaN;
  return Number.isFinite(v) ? v : undefined;
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
      // One query per target, all at once.
      const targets = ctx.slos!.services.flatMap((s) =>
        SERVICE_METRICS[s.name]
          ? s.latency.map((t) => ({ s, t, q: latencyQuery(ctx, s.name, t.quantile) }))
          : [],
      );
      const values = await Promise.all(targets.map(({ q }) => scalar(ctx, q)));
      for (const s of ctx.slos!.services) {
        if (!SERVICE_METRICS[s.name]) evidence.push(`${s.name}: no metric mapping, not evaluated`);
      }
      for (const [i, { s, t, q }] of targets.entries()) {
        const v = values[i];
        const label = `${s.name} p${Math.round(t.quantile * 1000) / 10}`;
        evidence.push(
          `${q} = ${v === undefined ? 'no data' : `${(v * 1000).toFixed(1)} ms`} (SLO < ${t.maxMs} ms)`,
        );
        if (v === undefined) noData.push(label);
        else if (v * 1000 > t.maxMs)
          findings.push({
            problem: `${label} is ${(v * 1000).toFixed(1)} ms (SLO < ${t.maxMs} ms)`,
          });
      }
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
      const budgets = new Map<string, number>();
      for (const s of ctx.slos!.services) {
        const app = SERVICE_METRICS[s.name]?.app;
        const budget =
          s.errorRate ??
          (ctx.slos!.availability !== undefined ? 1 - ctx.slos!.availability : undefined);
        if (app && budget !== undefined) budgets.set(app, Math.min(budgets.get(app) ?? 1, budget));
      }
      const findings: Finding[] = [];
      const evidence: string[] = [];
      const noData: string[] = [];
      const entries = [...budgets].map(([app, budget]) => ({
        app,
        budget,
        q: errorRateQuery(ctx, app),
      }));
      const values = await Promise.all(entries.map(({ q }) => scalar(ctx, q)));
      for (const [i, { app, budget, q }] of entries.entries()) {
        const v = values[i];
        evidence.push(
          `${q} = ${v === undefined ? 'no data' : `${(v * 100).toFixed(2)} %`} (budget ${(budget * 100).toFixed(2)} %)`,
        );
        if (v === undefined) noData.push(app);
        else if (v > budget)
          findings.push({
            problem: `${app} answers ${(v * 100).toFixed(2)} % with 5xx (budget ${(budget * 100).toFixed(2)} %)`,
          });
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
      for (const s of ctx.slos!.services) {
        const m = SERVICE_METRICS[s.name];
        const target = s.latency.find((t) => t.quantile === 0.95) ?? s.latency[0];
        const alert = m && alerts.find((a) => a.alert === m.alert);
        if (!m || !target || !alert) continue;
        const q = /histogram_quantile\(\s*([\d.]+)/.exec(alert.expr);
        const threshold = /\)\s*>\s*([\d.]+)\s*$/.exec(alert.expr.trim());
        const quantile = q ? Number(q[1]) : undefined;
        const seconds = threshold ? Number(threshold[1]) : undefined;
        evidence.push(
          `${alert.alert}: p${quantile === undefined ? '?' : quantile * 100} > ${seconds === undefined ? '?' : `${seconds * 1000} ms`}; ${ctx.slos!.file} ${s.name}: p${target.quantile * 100} < ${target.maxMs} ms`,
        );
        if (
          quantile !== target.quantile ||
          seconds === undefined ||
          Math.abs(seconds * 1000 - target.maxMs) > 1e-6
        ) {
          findings.push({
            problem: `${alert.alert} alerts at p${quantile === undefined ? '?' : quantile * 100} > ${seconds === undefined ? '?' : seconds * 1000} ms but the SLO for ${s.name} is p${target.quantile * 100} < ${target.maxMs} ms`,
            object: alert.rule,
          });
        }
      }
      return evidence.length === 0
        ? skip('no latency alert matches a service in the SLO file')
        : verdict(ctx, findings, 'alert thresholds match the SLOs', evidence);
    },
  },
];
