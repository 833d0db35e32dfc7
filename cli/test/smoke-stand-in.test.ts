/**
 * The rehearsal's k6 stand-in: real requests, judged against the SLO file,
 * results in k6-load-test's schema and its outputs — and a broken service
 * fails it (thresholds-failed), so a rehearsal without k6 still gates.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RESULTS_SCHEMA } from '../../actions/k6-load-test/src/constants';
import type { ResultsDocument } from '../../actions/k6-load-test/src/results';
import { runSmokeStandIn } from '../src/rehearsal/smoke-stand-in';
import { repoRoot } from '../src/run-bundle';
import type { StepCall } from '../src/workflow/executor';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

async function server(status: (path: string) => number): Promise<string> {
  const s: Server = createServer((req, res) => {
    res.writeHead(status(req.url ?? '/'));
    res.end('ok');
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  cleanup.push(() => s.close());
  return `http://127.0.0.1:${(s.address() as { port: number }).port}`;
}

function call(): { call: StepCall; outputs: Record<string, string>; log: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  return {
    outputs,
    log,
    call: {
      uses: 'medimind/delivery/actions/k6-load-test@v1',
      label: 'k6 smoke test',
      inputs: { 'slo-file': 'loadtests/slo.yaml', 'results-directory': join(dir, 'k6') },
      env: {},
      job: {
        path: 'release-staging',
        environment: 'staging',
        runnerTemp: dir,
        workspace: repoRoot,
      },
      log: (l) => log.push(l),
      setOutput: (k, v) => {
        outputs[k] = v;
      },
      exportEnv: () => {},
      mask: () => {},
    },
  };
}

describe('the rehearsal smoke stand-in (k6 not installed)', () => {
  it('passes healthy Services, writes results.json in the k6 schema and says k6 was not installed', async () => {
    const url = await server(() => 200);
    const { call: c, outputs, log } = call();
    const outcome = await runSmokeStandIn(c, async () => url);
    expect(outcome.status).toBe('success');
    expect(outputs).toMatchObject({ passed: 'true', 'failure-reason': '', regression: 'false' });
    const doc = JSON.parse(readFileSync(outputs['results-file']!, 'utf8')) as ResultsDocument;
    expect(doc.schema).toBe(RESULTS_SCHEMA);
    expect(doc.profile).toBe('smoke');
    expect(doc.services.map((s) => s.service).sort()).toEqual([
      'backend-api',
      'database-pool',
      'ml-pipeline',
      'voice-analysis',
    ]);
    expect(doc.slo.every((s) => s.passed)).toBe(true);
    expect(readFileSync(outputs['summary-markdown-path']!, 'utf8')).toContain('install k6');
    expect(log.join('\n')).toMatch(
      /k6 not installed: the smoke ran on the rehearsal's built-in HTTP stand-in \(\d+ requests .*install k6 \(https:\/\/grafana\.com\/docs\/k6\/latest\/set-up\/install-k6\/\) to run the real scripts/,
    );
  });

  it('never logs credentials a base URL carries', async () => {
    const url = await server(() => 200);
    const { call: c, log } = call();
    const withAuth = url.replace('http://', 'http://smoke:canary-s3cret@');
    await runSmokeStandIn(c, async () => withAuth);
    expect(log.join('\n')).not.toContain('canary-s3cret');
    expect(log.join('\n')).toContain(`backend-api → ${url}:`);
  });

  it('fails with thresholds-failed when a service answers errors, naming the broken objective', async () => {
    const good = await server(() => 200);
    const bad = await server(() => 503);
    const { call: c, outputs, log } = call();
    const outcome = await runSmokeStandIn(c, async (s) => (s.app === 'ml-pipeline' ? bad : good));
    expect(outcome.status).toBe('failure');
    expect(outputs).toMatchObject({ passed: 'false', 'failure-reason': 'thresholds-failed' });
    expect(log.join('\n')).toMatch(/ml-pipeline → .*SLO broken: error rate \d+\/\d+/);
    const doc = JSON.parse(readFileSync(outputs['results-file']!, 'utf8')) as ResultsDocument;
    expect(doc.passed).toBe(false);
    expect(doc.slo.filter((s) => !s.passed).map((s) => s.service)).toEqual([
      'ml-pipeline',
      'voice-analysis',
    ]);
  });

  it('does not pretend to be a load test: other profiles are skipped with why', async () => {
    const { call: c, outputs } = call();
    c.inputs.profile = 'load';
    const outcome = await runSmokeStandIn(c, async () => 'http://127.0.0.1:9');
    expect(outcome.status).toBe('skipped');
    expect(outcome.message).toMatch(/the load profile needs the real k6/);
    expect(outputs).toEqual({});
  });

  it('fails naming the service when it has no URL', async () => {
    const { call: c, outputs } = call();
    const outcome = await runSmokeStandIn(c, async () => undefined);
    expect(outcome).toMatchObject({ status: 'failure' });
    expect(outcome.message).toMatch(/no base URL for service \S+/);
    expect(outputs['failure-reason']).toBe('bad-input');
  });
});
