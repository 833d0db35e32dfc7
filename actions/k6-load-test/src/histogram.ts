/**
 * A log-bucketed latency histogram: fixed memory whatever the sample count,
 * percentiles within 1 % of the exact value (each bucket spans 1 %). Enough to
 * report k6's p50..p99 from millions of points without keeping them.
 */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** Smallest distinguished value, ms; everything below lands in bucket 0. */
const FLOOR_MS = 0.01;
/** 0.01 ms .. ~10 min. */
export const BUCKETS = Math.ceil(Math.log(600_000 / FLOOR_MS) / LOG_GROWTH) + 2;

export function bucketOf(ms: number): number {
  if (!(ms > FLOOR_MS)) return 0;
  const b = Math.ceil(Math.log(ms / FLOOR_MS) / LOG_GROWTH);
  return b < BUCKETS ? b : BUCKETS - 1;
}

/** The upper edge of a bucket: the value a percentile in it is reported as. */
export function bucketValue(bucket: number): number {
  return bucket === 0 ? FLOOR_MS : FLOOR_MS * GROWTH ** bucket;
}

export class Histogram {
  readonly counts = new Uint32Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(ms: number): void {
    this.counts[bucketOf(ms)]!++;
    this.count++;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  merge(other: Histogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** The q-quantile (0..1), clamped to the observed min and max; NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, bucketValue(i)));
    }
    return this.max;
  }
}

/** A seeded PRNG (mulberry32): reproducible samples and tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform sample of fixed size from a stream (Vitter's algorithm R). */
export class Reservoir {
  readonly values: number[] = [];
  private seen = 0;
  constructor(
    readonly size: number,
    private readonly random: () => number,
  ) {}

  add(value: number): void {
    this.seen++;
    if (this.values.length < this.size) this.values.push(value);
    else {
      const j = Math.floor(this.random() * this.seen);
      if (j < this.size) this.values[j] = value;
    }
  }
}
