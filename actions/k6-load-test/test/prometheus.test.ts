// Platform signals from a fake Prometheus speaking the documented
// /api/v1/query_range format (resultType "matrix", values [unix, "string"]).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNALS, sampleSignals, stepSeconds } from '../src/prometheus';

const seen: URLSearchParams[] = [];
let url: string;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '', 'http://x');
  seen.push(u.searchParams);
  const q = u.searchParams.get('query') ?? '';
  if (u.pathname !== '/prom/api/v1/query_range') return void res.writeHead(404).end();
  if (q.includes('pg_stat')) {
    res.writeHead(400, { 'content-type': 'application/json' });
    return void res.end(
      JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error' }),
    );
  }
  const start = Number(u.searchParams.get('start'));
  const series = q.includes('DCGM')
    ? [
        {
          metric: { Hostname: 'gpu-node-1' },
          values: [
            [start, '40'],
            [start + 15, '95'],
            [start + 30, '60'],
          ],
        },
      ]
    : q.includes('horizontalpodautoscaler')
      ? [
          {
            metric: { horizontalpodautoscaler: 'backend-api' },
            values: [
              [start, '3'],
              [start + 15, '7'],
            ],
          },
        ]
      : [];
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: series } }));
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('sampleSignals', () => {
  it('queries every signal over the window and summarises each series; a failed query is recorded, not thrown', async () => {
    const start = Date.UTC(2026, 0, 1, 2, 0, 0);
    const signals = await sampleSignals(url, start, start + 600_000);
    expect(signals.map((s) => s.name)).toEqual(SIGNALS.map((s) => s.name));
    const gpu = signals.find((s) => s.name === 'gpu-utilisation')!;
    expect(gpu.series).toEqual([
      { labels: { Hostname: 'gpu-node-1' }, min: 40, max: 95, avg: 65, first: 40, last: 60 },
    ]);
    expect(signals.find((s) => s.name === 'hpa-replicas')!.series[0]).toMatchObject({
      min: 3,
      max: 7,
    });
    expect(signals.find((s) => s.name === 'db-connections')!.error).toBe('HTTP 400: parse error');
    expect(signals.find((s) => s.name === 'pod-restarts')!.series).toEqual([]);
    const gpuQuery = seen.find((p) => p.get('query')?.includes('DCGM'))!;
    expect(gpuQuery.get('start')).toBe(`${String(start / 1000)}.000`);
    expect(gpuQuery.get('end')).toBe(`${String(start / 1000 + 600)}.000`);
    expect(gpuQuery.get('step')).toBe('5s');
  });

  it('an unreachable Prometheus is an error per signal', async () => {
    const signals = await sampleSignals('http://127.0.0.1:9/', 0, 60_000);
    expect(signals.every((s) => s.error && s.series.length === 0)).toBe(true);
  });

  it('keeps the step coarse enough for long runs', () => {
    expect(stepSeconds(0, 2 * 3_600_000)).toBe(29);
  });
});
