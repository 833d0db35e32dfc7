/**
 * Everything that restates an SLO, compared with loadtests/slo.yaml: the
 * PrometheusRule latency and availability alerts, the blue-green analysis
 * examples in the docs and workflows, and the k6 thresholds the scripts
 * derive. Each disagreement is one message naming both sides.
 */
import { parse } from 'yaml';
import type { Slo } from '../../actions/_shared/src/slo';
import { burnRateThreshold } from '../../actions/_shared/src/slo';
import { type SloDoc, thresholdsFor } from '../../loadtests/lib/slo';

type Rule = { alert?: string; expr?: string };

const QUANTILE = /histogram_quantile\(\s*([\d.]+)\s*,[\s\S]*?([a-z_:]+)_bucket\{([^}]*)\}/;
const app = (selector: string) => selector.match(/app="([^"]+)"/)?.[1];
const threshold = (expr: string) => Number(expr.match(/>\s*([\d.]+)\s*$/)?.[1]);
const percentileKey = (q: number) => `p${Math.round(q * 100)}` as 'p95';

/** The SLO a latency query is about: by histogram (and app), else the service named after the app. */
function serviceFor(slo: Slo, metric: string, appName: string | undefined) {
  return (
    slo.services.find((s) => s.metric === metric && (!appName || s.app === appName)) ??
    slo.services.find((s) => s.name === appName)
  );
}

export function alertDrift(slo: Slo, rulesYaml: string): string[] {
  const rules: Rule[] = (parse(rulesYaml)?.spec?.groups ?? []).flatMap(
    (g: { rules: Rule[] }) => g.rules,
  );
  const problems: string[] = [];
  for (const s of slo.services.filter((x) => x.metric)) {
    const rule = rules.find((r) => r.expr?.includes(`${s.metric}_bucket`) && app(r.expr) === s.app);
    const m = rule?.expr?.match(QUANTILE);
    if (!rule || !m) {
      problems.push(
        `no PrometheusRule alerts on ${s.metric} for app ${s.app} (slo.yaml services.${s.name})`,
      );
      continue;
    }
    const key = percentileKey(Number(m[1]));
    const target = s.latencyMs[key];
    const seconds = threshold(rule.expr!);
    if (target === undefined) {
      problems.push(
        `${rule.alert} alerts on ${key}, which slo.yaml services.${s.name}.latency-ms does not set`,
      );
    } else if (seconds * 1000 !== target) {
      problems.push(
        `${rule.alert} fires at ${key} > ${seconds} s; slo.yaml services.${s.name}.latency-ms.${key} is ${target} ms`,
      );
    }
  }
  const burn = burnRateThreshold(slo);
  const availability = rules.find(
    (r) =>
      /http_requests_total\{[^}]*status=~"5\.\."/.test(r.expr ?? '') && threshold(r.expr!) === burn,
  );
  if (!availability) {
    problems.push(
      `no PrometheusRule alerts on the 5xx ratio at ${burn} (slo.yaml availability ${slo.availability} × alerting.burn-rate ${slo.burnRate})`,
    );
  }
  return problems;
}

/** `prometheus:` analysis checks with a `max:` inside `analysis:` blocks of docs and workflows. */
export function analysisDrift(slo: Slo, file: string, text: string): string[] {
  const problems: string[] = [];
  const pattern = /- prometheus: (.+)\n\s+max: ([\d.]+)/g;
  for (const m of text.matchAll(pattern)) {
    const q = m[1]!.match(QUANTILE);
    if (!q) continue;
    const s = serviceFor(slo, q[2]!, app(q[3]!));
    const key = percentileKey(Number(q[1]));
    const target = s?.latencyMs[key];
    if (!s || target === undefined) {
      problems.push(
        `${file}: analysis check on ${q[2]} {app=${app(q[3]!)}} ${key} matches no SLO in slo.yaml`,
      );
    } else if (Number(m[2]) * 1000 !== target) {
      problems.push(
        `${file}: analysis check ${key} max ${m[2]} s for ${s.name}; slo.yaml says ${target} ms`,
      );
    }
  }
  return problems;
}

/** The k6 thresholds the scripts derive from slo.yaml say exactly what it says. */
export function k6Drift(slo: Slo, doc: SloDoc): string[] {
  const problems: string[] = [];
  for (const s of slo.services) {
    const t = thresholdsFor(doc, s.name);
    const expected = Object.entries(s.latencyMs).map(([p, ms]) => `p(${p.slice(1)})<${ms}`);
    const latency = t[`http_req_duration{service:${s.name}}`] ?? [];
    if (latency.join() !== expected.join()) {
      problems.push(
        `k6 thresholds for ${s.name}: ${latency.join(', ')}; slo.yaml: ${expected.join(', ')}`,
      );
    }
    const errors = t[`http_req_failed{service:${s.name}}`] ?? [];
    if (errors.join() !== `rate<${s.errorRate}`) {
      problems.push(
        `k6 error threshold for ${s.name}: ${errors.join(', ')}; slo.yaml error-rate ${s.errorRate}`,
      );
    }
  }
  return problems;
}
