// Worker for bench/k6-results.mjs: aggregates one k6 NDJSON file with the
// action's own streaming reader (the code the bundle runs) and prints what it
// found plus its peak RSS, as JSON on stdout.
import { groupResults } from '../actions/k6-load-test/src/analysis';
import { aggregateFile, ResultsAggregator } from '../actions/k6-load-test/src/ndjson';

const file = process.argv[2];
if (!file) throw new Error('usage: k6-results-worker.ts <file.ndjson>');
const agg = new ResultsAggregator({ bucketMs: 5000 });
await aggregateFile(file, agg);
const results = groupResults(agg);
process.stdout.write(
  `${JSON.stringify({
    lines: agg.lines,
    points: agg.points,
    groups: results.map((r) => ({
      service: r.service,
      requests: r.requests,
      p95: r.latencyMs.p95,
    })),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
