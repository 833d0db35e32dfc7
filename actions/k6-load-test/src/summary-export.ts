/**
 * k6's legacy `--summary-export` file (the default in 1.x; fixture
 * test/fixtures/k6/summary-export.json): `metrics` maps a metric or submetric
 * name to flat values, and `thresholds` maps each expression to a boolean that
 * is **true when the threshold FAILED** (k6 summary-wrapper.js:
 * `thresholds[name] = !threshold.ok`).
 */
import { readFile } from 'node:fs/promises';

export type ThresholdVerdict = {
  script: string;
  metric: string;
  expression: string;
  passed: boolean;
  /** The measured value the expression is about, when the export has it. */
  observed?: number;
};

type ExportedMetric = Record<string, number | Record<string, boolean>> & {
  thresholds?: Record<string, boolean>;
};

export function thresholdVerdicts(script: string, exported: unknown): ThresholdVerdict[] {
  const metrics = (exported as { metrics?: Record<string, ExportedMetric> })?.metrics;
  if (!metrics || typeof metrics !== 'object') return [];
  const verdicts: ThresholdVerdict[] = [];
  for (const [metric, values] of Object.entries(metrics)) {
    for (const [expression, failed] of Object.entries(values.thresholds ?? {})) {
      verdicts.push({
        script,
        metric,
        expression,
        passed: failed !== true,
        observed: observedFor(expression, values),
      });
    }
  }
  return verdicts;
}

/** `p(95)<200` → values["p(95)"]; `rate<0.01` → values.value (k6 exports a Rate as `value`). */
function observedFor(expression: string, values: ExportedMetric): number | undefined {
  const stat = expression.match(/^\s*([a-z]+(?:\(\d+(?:\.\d+)?\))?)\s*[<>=!]/)?.[1];
  if (!stat) return undefined;
  const key = stat === 'rate' && !('rate' in values) ? 'value' : stat;
  const v = values[key];
  return typeof v === 'number' ? v : undefined;
}

/** Reads an export; a missing or unreadable file (k6 died early) yields no verdicts. */
export async function readSummaryExport(path: string): Promise<unknown | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
