// The regression test on seeded synthetic latency samples: equal
// distributions must not be flagged (>= 95 % of trials), a +20 % shift must be
// (>= 95 %). Log-normal latencies like a real service's, 2,000 samples a side
// (the action keeps up to 5,000 per service).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/histogram';
import { compareSamples, mannWhitney, normalCdf } from '../src/regression';

function latencies(n: number, medianMs: number, random: () => number): number[] {
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return medianMs * Math.exp(0.35 * z);
  });
}

const TRIALS = 200;
const N = 2000;

describe('regression detection', () => {
  it('equal distributions: no regression in at least 95 % of trials', () => {
    const random = seededRandom(11);
    let flagged = 0;
    for (let i = 0; i < TRIALS; i++) {
      if (compareSamples('api', latencies(N, 40, random), latencies(N, 40, random)).regression)
        flagged++;
    }
    expect(flagged / TRIALS).toBeLessThanOrEqual(0.05);
  });

  it('a +20 % shift: detected in at least 95 % of trials', () => {
    const random = seededRandom(12);
    let detected = 0;
    for (let i = 0; i < TRIALS; i++) {
      if (compareSamples('api', latencies(N, 40, random), latencies(N, 48, random)).regression)
        detected++;
    }
    expect(detected / TRIALS).toBeGreaterThanOrEqual(0.95);
  });

  it('significant but smaller than the minimum effect is not a regression', () => {
    const random = seededRandom(13);
    const e = compareSamples('api', latencies(5000, 40, random), latencies(5000, 41.6, random));
    expect(e.pValue).toBeLessThan(0.01);
    expect(e.p95Change).toBeLessThan(0.1);
    expect(e.regression).toBe(false);
  });

  it('faster is never a regression; too few samples never are', () => {
    const random = seededRandom(14);
    expect(
      compareSamples('api', latencies(N, 48, random), latencies(N, 40, random)).regression,
    ).toBe(false);
    expect(
      compareSamples('api', latencies(10, 40, random), latencies(10, 400, random)).regression,
    ).toBe(false);
  });

  it('Mann–Whitney U and Φ match textbook values', () => {
    // Every current value above every baseline value: U = n1*n2.
    expect(mannWhitney([1, 2, 3], [4, 5, 6, 7]).u).toBe(12);
    // Ties get mid-ranks: identical samples give U = n1*n2/2.
    expect(mannWhitney([5, 5, 5], [5, 5, 5]).u).toBe(4.5);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-2.326348)).toBeCloseTo(0.01, 6);
  });
});
