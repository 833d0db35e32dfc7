/**
 * The committed k6-load-test bundle, run as the runner runs it, end to end.
 * `k6` is the test double replaying recordings (test/k6-double/) — or, when
 * K6_BINARY or PATH has a real k6, that k6 against a local HTTP service whose
 * latency each scenario sets: the same scenarios, the same assertions.
 * Scenarios only the double can stage (an exact throughput shortfall, a
 * latency shift against a baseline) run with the double only.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type BundleRun, repoRoot, runBundle } from '../../cli/src/run-bundle';
import { thresholdsFor } from '../../loadtests/lib/slo';
import {
  binDirWith,
  DOUBLE,
  fakeArchive,
  findRealK6,
  type Served,
  startReleases,
  startTarget,
} from '../k6-double/harness';
import { type RecordedScript, writeRecording } from '../k6-double/recording';

/** A Prometheus answering every query_range with one DCGM series (documented matrix format). */
async function startPrometheus(): Promise<Served> {
  const { createServer } = await import('node:http');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(decodeURIComponent(req.url ?? ''));
    const u = new URL(req.url ?? '', 'http://x');
    const start = Number(u.searchParams.get('start'));
    const result = (u.searchParams.get('query') ?? '').includes('DCGM')
      ? [{ metric: { Hostname: 'gpu-node-1' }, values: [[start, '91']] }]
      : [];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const REAL_K6 = findRealK6();
const CANARY = 'CANARY-k6-token-5f1d2c9e8b7a6d4c3b2a1908f7e6d5c4';
const work = mkdtempSync(join(tmpdir(), 'k6-bundle-'));
const sloText = readFileSync(join(repoRoot, 'loadtests', 'slo.yaml'), 'utf8');
const SLO_JSON = parse(sloText);

/** slo.yaml with a shorter smoke profile, so a real k6 finishes quickly. */
function sloFile(name: string, smokeDuration: string): string {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, sloText.replace(/( {2}smoke:\n {4}duration: )\S+/, `$1${smokeDuration}`));
  return file;
}
const SHORT_SLO = sloFile('slo-short', '4s');
const LONG_SLO = sloFile('slo-long', '60s');
const BROKEN = join(work, 'broken.ts');
writeFileSync(BROKEN, "throw new Error('broken on purpose');\nexport default function () {}\n");

const binDir = binDirWith(REAL_K6 ?? DOUBLE);
let target: Served;
let slowTarget: Served;
beforeAll(async () => {
  [target, slowTarget] = await Promise.all([startTarget(2), startTarget(150)]);
});
afterAll(async () => {
  await Promise.all([target.close(), slowTarget.close()]);
});

const backend = (over: Partial<RecordedScript> = {}): RecordedScript => ({
  name: 'backend-api',
  service: 'backend-api',
  rps: 20,
  seconds: 4,
  medianMs: 5,
  thresholds: thresholdsFor(SLO_JSON, 'backend-api'),
  ...over,
});

let count = 0;
type Scenario = {
  inputs?: Record<string, string>;
  recording?: RecordedScript[];
  env?: Record<string, string>;
  slow?: boolean;
  signal?: AbortSignal;
  /** Sees stdout and stderr (k6 prints progress to either, depending on the terminal). */
  onOutput?: (chunk: string) => void;
};
type Ran = BundleRun & { results: string; log: { args: string[]; env: Record<string, string> }[] };

async function run(s: Scenario): Promise<Ran> {
  const n = ++count;
  const results = join(work, `results-${n}`);
  const log = join(work, `double-${n}.log`);
  const recording = s.recording ? writeRecording(join(work, `recording-${n}`), s.recording) : '';
  const r = await runBundle({
    action: 'k6-load-test',
    cwd: repoRoot,
    inputs: {
      scripts: 'loadtests/backend-api.ts',
      'base-urls': `backend-api=${(s.slow ? slowTarget : target).url}`,
      'slo-file': SHORT_SLO,
      'results-directory': results,
      'auth-token': CANARY,
      ...s.inputs,
    },
    env: {
      PATH: `${binDir}:/usr/bin:/bin`,
      K6_DOUBLE_RECORDING: recording,
      K6_DOUBLE_LOG: log,
      RUNNER_TOOL_CACHE: join(work, `tools-${n}`),
      ...s.env,
    },
    signal: s.signal,
    onStdout: s.onOutput,
    onStderr: s.onOutput,
  });
  const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
  return { ...r, results, log: lines.map((l) => JSON.parse(l)) };
}

/** Nothing but the mask command itself may hold the canary. */
function expectNoCanary(r: Ran): void {
  const stdout = r.stdout.replace(/^::add-mask::.*$/gm, '');
  expect(stdout).not.toContain(CANARY);
  expect(r.stderr).not.toContain(CANARY);
  expect(r.summary).not.toContain(CANARY);
  expect(JSON.stringify(r.outputs)).not.toContain(CANARY);
  if (existsSync(r.results)) {
    for (const f of readdirSync(r.results))
      expect(readFileSync(join(r.results, f), 'utf8')).not.toContain(CANARY);
  }
  for (const entry of r.log) expect(entry.args.join(' ')).not.toContain(CANARY);
}

function results(r: Ran) {
  return JSON.parse(readFileSync(r.outputs['results-file']!, 'utf8'));
}

describe(`k6-load-test bundle with ${REAL_K6 ? `a real k6 (${REAL_K6})` : 'the k6 test double'}`, () => {
  it('smoke passes: results file, summary with SLO table and charts, token only in the environment', async () => {
    const r = await run({ recording: [backend()] });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', regression: 'false' });
    expect(r.outputs['failure-reason']).toBeUndefined();
    const doc = results(r);
    expect(doc.schema).toBe('medimind.k6-results/v1');
    expect(doc.services[0]).toMatchObject({ service: 'backend-api', scenario: 'backend-api' });
    expect(doc.services[0].latencyMs.p95).toBeLessThan(100);
    expect(doc.throughput[0]).toMatchObject({ targetRps: 20, reached: true });
    expect(doc.thresholds.map((t: { expression: string }) => t.expression).sort()).toEqual([
      'p(95)<100',
      'rate<0.001',
    ]);
    expect(r.summary).toContain('## k6 smoke: ✓ passed');
    expect(r.summary).toContain('xychart-beta');
    expect(r.summary).toContain(readFileSync(r.outputs['summary-markdown-path']!, 'utf8').trim());
    expect(existsSync(join(r.results, 'backend-api.ndjson'))).toBe(true);
    expect(existsSync(join(r.results, 'backend-api.summary.json'))).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${CANARY}`);
    if (!REAL_K6) {
      expect(r.log).toHaveLength(1);
      expect(r.log[0]!.env).toMatchObject({
        PROFILE: 'smoke',
        MEDIMIND_AUTH_TOKEN: '<set>',
        MEDIMIND_SLO_JSON: '<json>',
        BASE_URL_BACKEND_API: target.url,
      });
    } else expect(target.requests.length).toBeGreaterThan(50);
    expectNoCanary(r);
  });

  it('a slow service fails its thresholds: thresholds-failed, ✗ in the summary', async () => {
    const r = await run({ slow: true, recording: [backend({ medianMs: 150, sigma: 0.05 })] });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', 'failure-reason': 'thresholds-failed' });
    expect(r.stdout).toMatch(/^::error::k6 thresholds failed/m);
    expect(r.summary).toMatch(
      /\| ✗ \| backend-api \| http_req_duration\{service:backend-api\} \| p\(95\)<100 \|/,
    );
    expect(results(r).passed).toBe(false);
    expectNoCanary(r);
  });

  it('a script error is script-error (k6 exit 107)', async () => {
    const r = await run({
      inputs: { scripts: BROKEN },
      recording: [{ ...backend(), name: 'broken', exitCode: 107, rps: 0 }],
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('script-error');
    expect(r.stdout).toMatch(/^::error::k6 failed: script-error in broken \(exit 107\)/m);
  });

  it('SIGINT reaches k6, which still writes its summary: cancelled, results kept', async () => {
    const controller = new AbortController();
    let output = '';
    const r = await run({
      inputs: { 'slo-file': LONG_SLO },
      recording: [backend({ holdMs: 60_000 })],
      signal: controller.signal,
      onOutput: (chunk) => {
        output += chunk;
        if (/k6-double: running|running \(/.test(output)) controller.abort();
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('cancelled');
    expect(existsSync(r.outputs['results-file']!)).toBe(true);
    expect(results(r).scripts[0].exitCode).toBe(105);
    expect(r.summary).toContain('## k6 smoke');
  });

  it('bad input: one ::error::, bad-input, k6 never started', async () => {
    const r = await run({ inputs: { profile: 'spike' }, recording: [backend()] });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(r.stdout).toContain(
      '::error::Input profile must be one of smoke, load, stress, soak; got "spike"',
    );
    expect(r.outputs).toEqual({ 'failure-reason': 'bad-input' });
    expect(r.log).toEqual([]);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe.skipIf(REAL_K6)('k6-load-test bundle: scenarios staged by the test double', () => {
  it('latency passed but the rate was never reached: throughput-not-reached', async () => {
    const r = await run({ recording: [backend({ rps: 10 })] });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failure-reason']).toBe('throughput-not-reached');
    expect(r.stdout).toMatch(
      /::error::Target throughput not reached: backend-api [\d.]+ req\/s of 20/,
    );
    expect(r.summary).toMatch(/\| ✗ \| backend-api \| throughput \| ≥ 20 req\/s \|/);
  });

  it('a +30 % latency shift against the baseline is a regression (fail-on: regression); none only reports', async () => {
    const before = await run({
      recording: [backend({ rps: 100, seconds: 10, medianMs: 20, seed: 1 })],
    });
    expect(before.exitCode).toBe(0);
    const slower = [backend({ rps: 100, seconds: 10, medianMs: 26, seed: 2 })];
    const after = await run({
      recording: slower,
      inputs: { baseline: before.results, 'fail-on': 'regression' },
    });
    expect(after.exitCode).toBe(1);
    expect(after.outputs).toMatchObject({
      regression: 'true',
      passed: 'false',
      'failure-reason': 'regression-detected',
    });
    expect(after.summary).toMatch(
      /\| ✗ regression \| backend-api \| [\d.]+ → [\d.]+ \| \+\d+\.\d %/,
    );
    const same = await run({
      recording: [backend({ rps: 100, seconds: 10, medianMs: 20, seed: 3 })],
      inputs: { baseline: before.results, 'fail-on': 'regression' },
    });
    expect(same.outputs).toMatchObject({ regression: 'false', passed: 'true' });
    const reportOnly = await run({
      recording: slower,
      inputs: { baseline: before.results, 'fail-on': 'none' },
    });
    expect(reportOnly.exitCode).toBe(0);
    expect(reportOnly.outputs).toMatchObject({ regression: 'true' });
  });

  it('stress (fail-on: none, it is meant to break the SLO): the knee in the summary and results', async () => {
    const r = await run({
      inputs: { profile: 'stress', 'fail-on': 'none' },
      recording: [backend({ rps: 20, seconds: 120, medianMs: 20, sigma: 0.05, rampMs: 300 })],
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'false', 'failure-reason': 'thresholds-failed' });
    expect(r.stdout).toMatch(/^::warning::k6 thresholds failed.*\(fail-on: none\)/m);
    const [knee] = results(r).knees;
    expect(knee).toMatchObject({ service: 'backend-api' });
    expect(knee.holdsUpToRps).toBeGreaterThan(0);
    expect(knee.broken).toMatch(/^p95 [\d.]+ ms ≥ 100 ms at t=\d+s$/);
    expect(r.summary).toContain('### Stress: where the SLO breaks');
  });

  it('prometheus-url and web-dashboard: platform signals in results and summary, the HTML report as a file', async () => {
    const prometheus = await startPrometheus();
    try {
      const r = await run({
        recording: [backend()],
        inputs: { 'prometheus-url': prometheus.url, 'web-dashboard': 'true' },
      });
      expect(r.exitCode, r.stdout).toBe(0);
      const doc = results(r);
      const gpu = doc.prometheus.find((s: { name: string }) => s.name === 'gpu-utilisation');
      expect(gpu.series[0]).toMatchObject({ labels: { Hostname: 'gpu-node-1' }, max: 91 });
      expect(r.summary).toMatch(
        /\| GPU utilisation \(DCGM\) \| Hostname=gpu-node-1 \| 91% \| 91% \| 91% \|/,
      );
      expect(
        prometheus.requests.some(
          (q) => q.includes('query_range') && q.includes('DCGM_FI_DEV_GPU_UTIL'),
        ),
      ).toBe(true);
      expect(readFileSync(r.outputs['dashboard-file']!, 'utf8')).toContain(
        'k6 report: backend-api',
      );
    } finally {
      await prometheus.close();
    }
  });

  describe('installing k6 from a release server (none on PATH)', () => {
    const archive = fakeArchive('1.7.2');
    const checksums = `${archive.sha256}  ${archive.name}\n`;
    let releases: Served;
    let tampered: Served;
    beforeAll(async () => {
      releases = await startReleases({
        '/v1.7.2/k6-v1.7.2-checksums.txt': checksums,
        [`/v1.7.2/${archive.name}`]: archive.bytes,
      });
      tampered = await startReleases({
        '/v1.7.2/k6-v1.7.2-checksums.txt': checksums,
        [`/v1.7.2/${archive.name}`]: Buffer.concat([archive.bytes, Buffer.from('tampered')]),
      });
    });
    afterAll(async () => {
      await Promise.all([releases.close(), tampered.close()]);
    });

    it.runIf(process.platform === 'linux' && process.arch === 'x64')(
      'downloads, verifies and runs it',
      async () => {
        const r = await run({
          recording: [backend()],
          env: { PATH: '/usr/bin:/bin', MEDIMIND_K6_RELEASES_URL: releases.url },
        });
        expect(r.exitCode, r.stdout).toBe(0);
        expect(r.stdout).toContain(`SHA-256 ${archive.sha256} matches k6-v1.7.2-checksums.txt`);
        expect(r.log).toHaveLength(1);
      },
    );

    it.runIf(process.platform === 'linux' && process.arch === 'x64')(
      'a checksum mismatch runs nothing',
      async () => {
        const r = await run({
          recording: [backend()],
          env: { PATH: '/usr/bin:/bin', MEDIMIND_K6_RELEASES_URL: tampered.url },
        });
        expect(r.exitCode).toBe(1);
        expect(r.outputs).toEqual({ 'failure-reason': 'install-checksum-mismatch' });
        expect(r.log).toEqual([]);
        expect(existsSync(r.results) ? readdirSync(r.results) : []).toEqual([]);
      },
    );
  });
});
