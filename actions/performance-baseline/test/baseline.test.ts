/**
 * performance-baseline against a fake GitHub: workflow runs
 * (GET /repos/{o}/{r}/actions/workflows/{file}/runs?status=success&branch=...),
 * each run's artifacts and their ZIPs.
 */

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../_shared/src/run-action';
import { type FakeGitHub, paged, startFakeGitHub } from '../../_shared/testing/fake-github';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { writeZip } from '../../_shared/testing/zip-writer';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { workflowFileOf } from '../src/inputs';
import { run } from '../src/main';

let gh: FakeGitHub;
let runner: RunnerFixture;
// Runs 101..140, newest first; run 138 lost its artifact; run 140 is the current one.
const runs = Array.from({ length: 40 }, (_, i) => 140 - i).map((id) => ({
  id,
  head_sha: 'a'.repeat(40),
  html_url: `https://github.com/medimind/app/actions/runs/${id}`,
  created_at: new Date(Date.UTC(2026, 10, 29) - (140 - id) * 86_400_000).toISOString(),
  conclusion: 'success',
}));
let runsStatus = 200;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.route(
    'GET',
    /^\/repos\/medimind\/app\/actions\/workflows\/nightly\.yml\/runs$/,
    (req, base) => {
      if (runsStatus !== 200)
        return { status: runsStatus, body: { message: 'Resource not accessible by integration' } };
      expect(req.query.get('status')).toBe('success');
      expect(req.query.get('branch')).toBe('main');
      req.query.set('per_page', '10'); // GitHub may page smaller than asked
      return paged(req, base, runs, (page) => ({ total_count: runs.length, workflow_runs: page }));
    },
  );
  gh.route('GET', /^\/repos\/medimind\/app\/actions\/runs\/(\d+)\/artifacts$/, (req, base) => {
    const id = Number(req.params[0]);
    const list =
      id === 138
        ? []
        : [
            {
              id: id * 10,
              name: req.query.get('name'),
              expired: false,
              created_at: '',
              size_in_bytes: 1,
            },
          ];
    return paged(req, base, list, (page) => ({ total_count: page.length, artifacts: page }));
  });
  gh.route('GET', /^\/repos\/medimind\/app\/actions\/artifacts\/(\d+)\/zip$/, (req) => ({
    raw: writeZip({ 'summary.json': JSON.stringify({ run: Number(req.params[0]) / 10 }) }),
  }));
});
afterAll(() => gh.close());
afterEach(() => {
  runner?.restore();
  runsStatus = 200;
});

async function baseline(inputs: Record<string, string>) {
  const directory = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'k6-baseline');
  runner = runnerFixture({
    'github-token': 'ghs_t',
    'artifact-name': 'k6-results-nightly',
    directory,
    ...inputs,
  });
  Object.assign(process.env, {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'medimind/app',
    GITHUB_RUN_ID: '140',
    GITHUB_REF_NAME: 'main',
    GITHUB_WORKFLOW_REF: 'medimind/app/.github/workflows/nightly.yml@refs/heads/main',
  });
  await runAction((ctx) => run(ctx), { env: process.env, reasons: FAILURE_REASONS });
  return { outputs: runner.outputs(), directory };
}

describe('performance-baseline', () => {
  it('takes the last N successful runs with results, skipping the current run and runs without the artifact', async () => {
    const { outputs, directory } = await baseline({ count: '5' });
    expect(runner.errors()).toEqual([]);
    expect(outputs['run-ids']).toBe('139,137,136,135,134');
    expect(outputs.runs).toBe('5');
    expect(readdirSync(directory).sort()).toEqual(['134', '135', '136', '137', '139']);
    expect(JSON.parse(readFileSync(join(directory, '139', 'summary.json'), 'utf8'))).toEqual({
      run: 139,
    });
  });

  it('pages past the first page of runs when N needs it (no page cap)', async () => {
    const before = gh.requests.length;
    const { outputs } = await baseline({ count: '30' });
    expect(outputs.runs).toBe('30');
    expect(outputs['run-ids']?.split(',').at(-1)).toBe('109');
    expect(gh.requests.slice(before).filter((r) => r.path.endsWith('/runs')).length).toBe(4);
  });

  it('reports a token without actions: read as baseline-unavailable', async () => {
    runsStatus = 403;
    const { outputs } = await baseline({ count: '3' });
    expect(outputs['failure-reason']).toBe('baseline-unavailable');
    expect(runner.errors()[0]).toMatch(/actions: read/);
  });

  it.each([
    [{ count: '0' }, /count must be a whole number from 1 to 30/],
    [{ workflow: 'nightly' }, /workflow must be a workflow file name/],
  ])('refuses %j as bad input', async (inputs, message) => {
    const { outputs, directory } = await baseline(inputs);
    expect(outputs['failure-reason']).toBe('bad-input');
    expect(runner.errors()).toEqual([expect.stringMatching(message)]);
    expect(existsSync(directory)).toBe(false);
  });

  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileOf('o/r/.github/workflows/nightly.yml@refs/heads/main')).toBe('nightly.yml');
    expect(workflowFileOf('garbage')).toBeUndefined();
  });
});
