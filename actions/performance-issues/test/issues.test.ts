/**
 * performance-issues over several nights against a fake GitHub Issues API
 * (docs.github.com/rest/issues: list with state/labels, create, update,
 * comments), including a create whose answer is lost after it landed.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../_shared/src/run-action';
import { type FakeGitHub, paged, startFakeGitHub } from '../../_shared/testing/fake-github';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';

type Issue = {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: string[];
  comments: string[];
};
let gh: FakeGitHub;
let runner: RunnerFixture;
const issues: Issue[] = [];
let loseNextCreateAnswer = false;
const scratch = mkdtempSync(join(tmpdir(), 'issues-'));

beforeAll(async () => {
  gh = await startFakeGitHub();
  issues.push({
    number: 1,
    title: 'someone else',
    body: 'unrelated',
    state: 'open',
    labels: ['performance'],
    comments: [],
  });
  gh.route('GET', /^\/repos\/medimind\/app\/issues$/, (req, base) => {
    const state = req.query.get('state');
    const label = req.query.get('labels');
    const list = issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => !label || i.labels.includes(label))
      .map((i) => ({ number: i.number, state: i.state, body: i.body, title: i.title }));
    return paged(req, base, list);
  });
  gh.route('POST', /^\/repos\/medimind\/app\/issues$/, (req) => {
    const b = req.body as { title: string; body: string; labels: string[] };
    const issue = { number: issues.length + 1, ...b, state: 'open', comments: [] };
    issues.push(issue);
    if (loseNextCreateAnswer) {
      loseNextCreateAnswer = false;
      return { status: 502, body: { message: 'Bad Gateway' } };
    }
    return { status: 201, body: issue };
  });
  gh.route('PATCH', /^\/repos\/medimind\/app\/issues\/(\d+)$/, (req) => {
    const issue = issues.find((i) => i.number === Number(req.params[0]))!;
    Object.assign(issue, req.body);
    return { body: issue };
  });
  gh.route('GET', /^\/repos\/medimind\/app\/issues\/(\d+)\/comments$/, (req, base) => {
    const issue = issues.find((i) => i.number === Number(req.params[0]))!;
    return paged(
      req,
      base,
      issue.comments.map((body, id) => ({ id, body })),
    );
  });
  gh.route('POST', /^\/repos\/medimind\/app\/issues\/(\d+)\/comments$/, (req) => {
    const issue = issues.find((i) => i.number === Number(req.params[0]))!;
    issue.comments.push((req.body as { body: string }).body);
    return { status: 201, body: { id: issue.comments.length } };
  });
});
afterAll(() => gh.close());
afterEach(() => runner?.restore());

async function night(runId: number, findings: string) {
  runner = runnerFixture({ findings, labels: 'performance, nightly', 'github-token': 'ghs_t' });
  Object.assign(process.env, {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'medimind/app',
    GITHUB_RUN_ID: String(runId),
  });
  await runAction((ctx) => run(ctx), { env: process.env, reasons: FAILURE_REASONS });
  expect(runner.errors()).toEqual([]);
  return runner.outputs();
}

const report = join(scratch, 'k6-summary.md');
writeFileSync(report, '| metric | tonight | baseline |\n|---|---|---|\n| p95 | 240 ms | 180 ms |');
const findings = (regression: boolean, readiness: boolean | 'unchecked') => `
- key: k6/regression
  title: Nightly load test regressed against the baseline
  active: ${regression}
  body-file: ${report}
- key: readiness
  title: Live readiness check failed
  active: ${readiness === true}
  checked: ${readiness !== 'unchecked'}
  body: "failed checks: hpa-max-replicas"
`;

describe('performance-issues across nights', () => {
  it('opens, updates, closes and reopens one issue per finding, never a duplicate', async () => {
    loseNextCreateAnswer = true; // night 1's create lands but its answer is lost
    const n1 = await night(101, findings(true, false));
    const regression = issues.find((i) => i.body.includes('key=k6/regression'))!;
    expect(n1).toMatchObject({ opened: String(regression.number), updated: '', closed: '' });
    expect(issues.filter((i) => i.body.includes('key=k6/regression'))).toHaveLength(1);
    expect(regression.labels).toEqual(['performance', 'nightly']);
    expect(regression.body).toContain('| p95 | 240 ms | 180 ms |');

    const n2 = await night(102, findings(true, true));
    const readiness = issues.find((i) => i.body.includes('key=readiness'))!;
    expect(n2).toMatchObject({
      opened: String(readiness.number),
      updated: String(regression.number),
    });
    expect(regression.comments).toEqual([expect.stringContaining('Still present in [run 102]')]);
    expect(regression.body).toContain('run 102');

    const n3 = await night(103, findings(false, 'unchecked'));
    expect(n3).toMatchObject({ opened: '', updated: '', closed: String(regression.number) });
    expect(regression.state).toBe('closed');
    expect(readiness.state).toBe('open'); // not evaluated tonight: left alone

    const n4 = await night(104, findings(true, false));
    expect(n4).toMatchObject({
      opened: String(regression.number),
      closed: String(readiness.number),
    });
    expect(regression.state).toBe('open');
    expect(issues.filter((i) => i.body.includes('key=k6/regression'))).toHaveLength(1);
    expect(issues.find((i) => i.number === 1)).toMatchObject({
      state: 'open',
      body: 'unrelated',
      comments: [],
    });
  });

  it.each([
    ['- key: a\n  title: t', /item 1 needs active/],
    ['- key: a\n  title: t\n  active: maybe', /active must be true or false/],
    ['- {key: a, title: t, active: true}\n- {key: a, title: u, active: false}', /repeats key "a"/],
    ['- {key: a, title: t, active: true, colour: red}', /unknown field\(s\) colour/],
    ['key: a', /must be a YAML list/],
  ])('refuses findings %j as bad input', async (text, message) => {
    runner = runnerFixture({ findings: text, 'github-token': 'ghs_t' });
    await runAction((ctx) => run(ctx), { env: process.env, reasons: FAILURE_REASONS });
    expect(runner.outputs()['failure-reason']).toBe('bad-input');
    expect(runner.errors()).toEqual([expect.stringMatching(message)]);
  });
});

describe('performance-issues without issues: write', () => {
  it('fails with issues-unavailable and says which permission to grant', async () => {
    const denied = await startFakeGitHub();
    try {
      denied.route('GET', /^\/repos\/medimind\/app\/issues$/, (req, base) => paged(req, base, []));
      denied.route('POST', /^\/repos\/medimind\/app\/issues$/, () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }));
      runner = runnerFixture({
        findings: '- {key: a, title: t, active: true}',
        'github-token': 'ghs_t',
      });
      Object.assign(process.env, { GITHUB_API_URL: denied.url, GITHUB_REPOSITORY: 'medimind/app' });
      await runAction((ctx) => run(ctx), { env: process.env, reasons: FAILURE_REASONS });
      expect(runner.outputs()['failure-reason']).toBe('issues-unavailable');
      expect(runner.errors()).toEqual([expect.stringMatching(/issues: write/)]);
    } finally {
      await denied.close();
    }
  });
});
