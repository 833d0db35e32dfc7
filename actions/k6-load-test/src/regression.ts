/**
 * Regression against a baseline: the one-sided Mann–Whitney U test on
 * per-request latency samples (does the current run tend to be slower?) AND a
 * minimum effect on p95 (is it slower by enough to matter?). Significance
 * alone flags trivial shifts on large samples; effect alone flags noise on
 * small ones. Both must hold.
 */

export type RegressionEvidence = {
  service: string;
  baselineN: number;
  currentN: number;
  baselineP95: number;
  currentP95: number;
  /** currentP95 / baselineP95 - 1. */
  p95Change: number;
  u: number;
  z: number;
  /** One-sided p-value for "current is stochastically larger". */
  pValue: number;
  regression: boolean;
};

export type RegressionOptions = { alpha: number; minEffect: number; minSamples: number };
export const DEFAULT_REGRESSION: RegressionOptions = {
  alpha: 0.01,
  minEffect: 0.1,
  minSamples: 30,
};

export function quantileOf(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** U of `current` over `baseline` with mid-ranks for ties, and its normal approximation. */
export function mannWhitney(
  baseline: readonly number[],
  current: readonly number[],
): { u: number; z: number; pValue: number } {
  const n1 = current.length;
  const n2 = baseline.length;
  const all = [
    ...current.map((v) => ({ v, cur: true })),
    ...baseline.map((v) => ({ v, cur: false })),
  ].sort((a, b) => a.v - b.v);
  let rankSumCurrent = 0;
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const midRank = (i + j) / 2 + 1;
    const t = j - i + 1;
    if (t > 1) tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) if (all[k]!.cur) rankSumCurrent += midRank;
    i = j + 1;
  }
  const u = rankSumCurrent - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  // Continuity correction towards the mean.
  const z = variance > 0 ? (u - mean - 0.5) / Math.sqrt(variance) : 0;
  return { u, z, pValue: 1 - normalCdf(z) };
}

/** Φ(z) via the Abramowitz–Stegun erfc approximation (error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

export function compareSamples(
  service: string,
  baseline: readonly number[],
  current: readonly number[],
  options: RegressionOptions = DEFAULT_REGRESSION,
): RegressionEvidence {
  const baselineP95 = quantileOf(baseline, 0.95);
  const currentP95 = quantileOf(current, 0.95);
  const p95Change = currentP95 / baselineP95 - 1;
  const enough = baseline.length >= options.minSamples && current.length >= options.minSamples;
  const { u, z, pValue } = enough ? mannWhitney(baseline, current) : { u: 0, z: 0, pValue: 1 };
  return {
    service,
    baselineN: baseline.length,
    currentN: current.length,
    baselineP95,
    currentP95,
    p95Change,
    u,
    z,
    pValue,
    regression: enough && pValue < options.alpha && p95Change >= options.minEffect,
  };
}
