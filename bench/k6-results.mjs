#!/usr/bin/env node
// k6-load-test's results reader over a synthetic 5-million-point NDJSON in
// k6's exact `--out json` line format (the metric mix k6 writes per HTTP
// request: 11 metrics, plus iterations), side by side with `jq -c .` merely
// reprinting the same lines (`| wc -l`), in the same run, alternating.
// Whole processes: the worker includes Node start-up and tsx's transpiling.
// Targets: <= 10 s and <= 200 MB peak RSS, and faster than jq.
//   BENCH_POINTS=5000000 BENCH_RUNS=3 node bench/k6-results.mjs
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POINTS = Number(process.env.BENCH_POINTS) || 5_000_000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const LIMIT_S = 10;
const LIMIT_MB = 200;
const scratch = mkdtempSync(join(tmpdir(), 'bench-k6-'));
const file = join(scratch, 'out.ndjson');

const METRICS = [
  ['http_reqs', 'counter', 'default'],
  ['http_req_duration', 'trend', 'time'],
  ['http_req_blocked', 'trend', 'time'],
  ['http_req_connecting', 'trend', 'time'],
  ['http_req_tls_handshaking', 'trend', 'time'],
  ['http_req_sending', 'trend', 'time'],
  ['http_req_waiting', 'trend', 'time'],
  ['http_req_receiving', 'trend', 'time'],
  ['http_req_failed', 'rate', 'default'],
  ['data_sent', 'counter', 'data'],
  ['data_received', 'counter', 'data'],
  ['iterations', 'counter', 'default'],
];
const SERVICES = ['backend-api', 'ml-pipeline', 'voice-analysis', 'database-pool'];

async function generate() {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let seed = 1;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const start = Date.UTC(2026, 0, 1, 2, 0, 0);
  let written = 0;
  let chunk = '';
  for (const [name, type, contains] of METRICS) {
    chunk += `{"type":"Metric","data":{"name":"${name}","type":"${type}","contains":"${contains}","thresholds":[],"submetrics":null},"metric":"${name}"}\n`;
  }
  for (let i = 0; written < POINTS; i++) {
    const service = SERVICES[i % SERVICES.length];
    const ms = start + i * 0.5;
    const iso = new Date(Math.floor(ms)).toISOString().slice(0, 19);
    const time = `${iso}.${String(Math.floor((ms % 1000) * 1e6)).padStart(9, '0')}Z`;
    const failed = rand() < 0.001;
    const tags = `{"endpoint":"main","expected_response":"${failed ? 'false' : 'true'}","group":"","method":"GET","name":"http://127.0.0.1:8080/api/v1/patients","proto":"HTTP/1.1","scenario":"${service}","service":"${service}","status":"${failed ? '503' : '200'}","tls_version":""}`;
    const duration = (20 * Math.exp(0.4 * (rand() + rand() + rand() - 1.5))).toFixed(6);
    for (const [name] of METRICS) {
      if (written >= POINTS) break;
      const value =
        name === 'http_req_duration'
          ? duration
          : name === 'http_req_failed'
            ? failed
              ? 1
              : 0
            : name.startsWith('data_')
              ? 512
              : name.startsWith('http_req_')
                ? (rand() * 2).toFixed(6)
                : 1;
      const t =
        name === 'iterations'
          ? `{"group":"","scenario":"${service}","service":"${service}"}`
          : tags;
      chunk += `{"type":"Point","data":{"time":"${time}","value":${value},"tags":${t}},"metric":"${name}"}\n`;
      written++;
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function timed(cmd, args, opts = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  const s = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { s, stdout: r.stdout };
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let problems = 0;
try {
  await generate();
  const size = statSync(file).size;
  console.log(
    `${POINTS.toLocaleString('en')} points, ${(size / 1e6).toFixed(0)} MB of NDJSON; ${RUNS} alternating runs`,
  );
  const reader = [];
  const jq = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const ours = () => {
      const r = timed(process.execPath, [
        '--import',
        'tsx',
        join(import.meta.dirname, 'k6-results-worker.ts'),
        file,
      ]);
      last = JSON.parse(r.stdout);
      reader.push({ s: r.s, rss: last.maxRssMb });
    };
    const theirs = () => {
      const r = timed('sh', ['-c', `jq -c . "${file}" | wc -l`]);
      jq.push({ s: r.s, lines: Number(r.stdout.trim()) });
    };
    if (i % 2 === 0) {
      ours();
      theirs();
    } else {
      theirs();
      ours();
    }
  }
  const readerS = median(reader.map((r) => r.s));
  const rss = Math.max(...reader.map((r) => r.rss));
  const jqS = median(jq.map((r) => r.s));
  if (jq[0].lines !== last.lines) problems++;
  // Three aggregated points per request (http_reqs, http_req_duration, http_req_failed), four services.
  const requests = last.groups.reduce((sum, g) => sum + g.requests, 0);
  if (last.points !== requests * 3 || last.groups.length !== SERVICES.length) problems++;
  const rows = [
    {
      case: 'k6-load-test reader (whole process)',
      'median s': readerS.toFixed(2),
      'peak RSS MB': rss.toFixed(0),
      target:
        readerS <= LIMIT_S && rss <= LIMIT_MB ? `<= ${LIMIT_S} s, <= ${LIMIT_MB} MB ok` : 'MISSED',
    },
    {
      case: 'jq -c . | wc -l (baseline)',
      'median s': jqS.toFixed(2),
      'peak RSS MB': '-',
      target: '-',
    },
    {
      case: 'ratio reader / jq',
      'median s': (readerS / jqS).toFixed(2),
      'peak RSS MB': '-',
      target: readerS < jqS ? '< 1 ok' : 'MISSED',
    },
  ];
  console.table(rows);
  console.log(
    `lines ${last.lines} (jq counted ${jq[0].lines}); HTTP points aggregated ${last.points}; groups ${JSON.stringify(last.groups)}`,
  );
  if (readerS > LIMIT_S || rss > LIMIT_MB || readerS >= jqS) problems++;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = problems ? 1 : 0;
