/**
 * k6's `--out json` NDJSON, streamed: a 10-minute run at 2,000 req/s is tens
 * of millions of lines, so the file is never read whole and no point is kept,
 * only per-group histograms, counters, a per-time-bucket timeline and a fixed
 * size latency sample (for the baseline comparison).
 *
 * Line format (k6 internal/output/json; fixture test/fixtures/k6/out-json.ndjson):
 *   {"type":"Point","data":{"time":"<RFC 3339>","value":N,"tags":{...},"metadata":{...}},"metric":"<name>"}
 * "Metric" lines declare a metric once and are skipped. Points are read by a
 * fast path that looks fields up by position (k6 always writes this field
 * order); a line with escapes or an unexpected layout goes through JSON.parse.
 */
import { createReadStream } from 'node:fs';
import { Histogram, Reservoir, seededRandom } from './histogram';

const WANTED = new Set(['http_req_duration', 'http_req_failed', 'http_reqs', 'dropped_iterations']);
export const UNTAGGED = '(untagged)';
const MAX_TIMELINE_BUCKETS = 2000;

export type TimeBucket = {
  latency: Histogram;
  requests: number;
  failed: number;
  failedPoints: number;
};

export class GroupStats {
  readonly latency = new Histogram();
  requests = 0;
  failed = 0;
  failedPoints = 0;
  dropped = 0;
  firstMs = Number.POSITIVE_INFINITY;
  lastMs = Number.NEGATIVE_INFINITY;
  readonly timeline = new Map<number, TimeBucket>();
  readonly sample: Reservoir;

  constructor(
    readonly service: string,
    readonly scenario: string,
    sampleSize: number,
    seed: number,
  ) {
    this.sample = new Reservoir(sampleSize, seededRandom(seed));
  }

  bucket(index: number): TimeBucket | undefined {
    let b = this.timeline.get(index);
    if (!b && this.timeline.size < MAX_TIMELINE_BUCKETS) {
      b = { latency: new Histogram(), requests: 0, failed: 0, failedPoints: 0 };
      this.timeline.set(index, b);
    }
    return b;
  }

  /** Failed requests / requests, from k6's http_req_failed rate points. */
  get errorRate(): number {
    return this.failedPoints === 0 ? 0 : this.failed / this.failedPoints;
  }

  /** Requests per second over the window in which this group sent any. */
  get rps(): number {
    const seconds = (this.lastMs - this.firstMs) / 1000;
    return seconds > 0 ? this.requests / seconds : this.requests;
  }
}

export type AggregatorOptions = { bucketMs: number; sampleSize?: number; seed?: number };

export class ResultsAggregator {
  readonly groups = new Map<string, GroupStats>();
  lines = 0;
  points = 0;
  malformed = 0;
  startMs = Number.POSITIVE_INFINITY;
  private readonly timeCache = new Map<string, number>();

  constructor(readonly options: AggregatorOptions) {}

  group(service: string, scenario: string): GroupStats {
    const key = `${service}\u0000${scenario}`;
    let g = this.groups.get(key);
    if (!g) {
      g = new GroupStats(
        service,
        scenario,
        this.options.sampleSize ?? 5000,
        (this.options.seed ?? 1) + this.groups.size,
      );
      this.groups.set(key, g);
    }
    return g;
  }

  addLine(line: string): void {
    this.lines++;
    if (line.length === 0) return;
    if (!line.startsWith('{"type":"Point"') || line.includes('\\')) {
      if (line.includes('"Point"')) this.slowLine(line);
      return;
    }
    const m = line.lastIndexOf('"metric":"');
    if (m < 0) {
      this.slowLine(line);
      return;
    }
    const mEnd = line.indexOf('"', m + 10);
    const metric = line.slice(m + 10, mEnd);
    if (!WANTED.has(metric)) return;
    const t = line.indexOf('"time":"');
    const v = line.indexOf('"value":');
    if (t < 0 || v < 0) {
      this.slowLine(line);
      return;
    }
    const time = line.slice(t + 8, line.indexOf('"', t + 8));
    let vEnd = v + 8;
    while (vEnd < line.length && line.charCodeAt(vEnd) !== 44 && line.charCodeAt(vEnd) !== 125)
      vEnd++;
    const value = Number(line.slice(v + 8, vEnd));
    const tagsAt = line.indexOf('"tags":{', vEnd);
    let service = UNTAGGED;
    let scenario = 'default';
    if (tagsAt >= 0) {
      const tagsEnd = line.indexOf('}', tagsAt);
      service = tagValue(line, '"service":"', tagsAt, tagsEnd) ?? UNTAGGED;
      scenario = tagValue(line, '"scenario":"', tagsAt, tagsEnd) ?? 'default';
    }
    this.addPoint(metric, this.parseTime(time), value, service, scenario);
  }

  private slowLine(line: string): void {
    let parsed: {
      type?: string;
      metric?: string;
      data?: { time?: string; value?: number; tags?: Record<string, string> | null };
    };
    try {
      parsed = JSON.parse(line);
    } catch {
      this.malformed++;
      return;
    }
    if (parsed.type !== 'Point' || !parsed.metric || !WANTED.has(parsed.metric)) return;
    const { time, value, tags } = parsed.data ?? {};
    if (typeof time !== 'string' || typeof value !== 'number') {
      this.malformed++;
      return;
    }
    this.addPoint(
      parsed.metric,
      this.parseTime(time),
      value,
      tags?.service ?? UNTAGGED,
      tags?.scenario ?? 'default',
    );
  }

  /** RFC 3339 with nanoseconds; the whole-second part is parsed once per second. */
  parseTime(time: string): number {
    let end = 19;
    let fractionMs = 0;
    if (time.charCodeAt(19) === 46) {
      end = 20;
      while (end < time.length && time.charCodeAt(end) >= 48 && time.charCodeAt(end) <= 57) end++;
      fractionMs = Number(`0.${time.slice(20, end)}`) * 1000;
    }
    const key = time.slice(0, 19) + time.slice(end);
    let seconds = this.timeCache.get(key);
    if (seconds === undefined) {
      seconds = Date.parse(key);
      if (this.timeCache.size > 10_000) this.timeCache.clear();
      this.timeCache.set(key, seconds);
    }
    return seconds + fractionMs;
  }

  private addPoint(
    metric: string,
    ms: number,
    value: number,
    service: string,
    scenario: string,
  ): void {
    if (!Number.isFinite(ms) || !Number.isFinite(value)) {
      this.malformed++;
      return;
    }
    this.points++;
    if (ms < this.startMs) this.startMs = ms;
    const g = this.group(service, scenario);
    const bucket = g.bucket(Math.floor(ms / this.options.bucketMs));
    switch (metric) {
      case 'http_req_duration':
        g.latency.add(value);
        g.sample.add(value);
        bucket?.latency.add(value);
        break;
      case 'http_req_failed':
        g.failed += value;
        g.failedPoints++;
        if (bucket) {
          bucket.failed += value;
          bucket.failedPoints++;
        }
        break;
      case 'http_reqs':
        g.requests += value;
        if (bucket) bucket.requests += value;
        if (ms < g.firstMs) g.firstMs = ms;
        if (ms > g.lastMs) g.lastMs = ms;
        break;
      case 'dropped_iterations':
        g.dropped += value;
        break;
    }
  }
}

function tagValue(line: string, key: string, from: number, to: number): string | undefined {
  const at = line.indexOf(key, from);
  if (at < 0 || at > to) return undefined;
  const start = at + key.length;
  return line.slice(start, line.indexOf('"', start));
}

const POINT_PREFIX = Buffer.from('{"type":"Point"');
const METRIC_KEY = Buffer.from('"metric":"');
const WANTED_BYTES = [...WANTED].map((name) => Buffer.from(`${name}"`));

/**
 * A Point line (k6's field order) whose metric is not one we aggregate,
 * decided on the raw bytes: most lines are such points (http_req_blocked,
 * data_sent, ...) and are never decoded into strings at all.
 */
function isUnwantedPoint(buf: Buffer, start: number, end: number): boolean {
  if (
    end - start < POINT_PREFIX.length ||
    buf.compare(POINT_PREFIX, 0, POINT_PREFIX.length, start, start + POINT_PREFIX.length) !== 0
  ) {
    return false;
  }
  // The real field is the last one; an escaped \"metric\":\" inside a tag value cannot match.
  const m = buf.lastIndexOf(METRIC_KEY, end - 1);
  if (m < start) return false;
  const at = m + METRIC_KEY.length;
  return !WANTED_BYTES.some(
    (name) =>
      at + name.length <= end && buf.compare(name, 0, name.length, at, at + name.length) === 0,
  );
}

/** Streams one NDJSON file into the aggregator, a chunk of bytes at a time. */
export async function aggregateFile(path: string, aggregator: ResultsAggregator): Promise<void> {
  let rest: Buffer | undefined;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    const buf = rest?.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      if (isUnwantedPoint(buf, start, nl)) aggregator.lines++;
      else aggregator.addLine(buf.toString('utf8', start, nl));
      start = nl + 1;
    }
    rest = buf.subarray(start);
  }
  if (rest?.length) aggregator.addLine(rest.toString('utf8'));
}
