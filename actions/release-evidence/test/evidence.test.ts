// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a GitHub expression left unevaluated is the input under test
/**
 * release-evidence run(): the record against its JSON Schema, the approval
 * from a fake GitHub (real HTTP through the kernel client), the S3 Object
 * Lock put through the real SDK code (aws-sdk-client-mock), and the token
 * canary never leaving the process.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../_shared/src/evidence.schema.json';
import { runAction } from '../../_shared/src/run-action';
import { type FakeGitHub, paged, startFakeGitHub } from '../../_shared/testing/fake-github';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';
import { blueGreenOutcome } from '../src/outcome';

const TOKEN = 'ghs_CANARY_evidence_token_5f1e';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const NOW = new Date('2026-11-29T12:00:00.000Z');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const s3 = mockClient(S3Client);
let gh: FakeGitHub;
let runner: RunnerFixture;
let reviews: unknown[] = [];
let approvalsStatus = 200;
const scratch = mkdtempSync(join(tmpdir(), 'evidence-'));

beforeAll(async () => {
  gh = await startFakeGitHub();
  // GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals (docs.github.com/rest/actions/workflow-runs)
  gh.route('GET', /^\/repos\/medimind\/app\/actions\/runs\/(\d+)\/approvals$/, (req, base) =>
    approvalsStatus === 200
      ? paged(req, base, reviews)
      : { status: approvalsStatus, body: { message: 'Resource not accessible by integration' } },
  );
  // GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs
  gh.route(
    'GET',
    /^\/repos\/medimind\/app\/actions\/runs\/\d+\/attempts\/\d+\/jobs$/,
    (req, base) =>
      paged(
        req,
        base,
        [
          {
            runner_name: 'GitHub Actions 2',
            status: 'completed',
            started_at: '2026-11-29T10:00:00Z',
          },
          {
            runner_name: 'GitHub Actions 7',
            status: 'in_progress',
            started_at: '2026-11-29T11:58:00Z',
          },
        ],
        (jobs) => ({ total_count: 2, jobs }),
      ),
  );
});
afterAll(() => gh.close());
afterEach(() => {
  runner?.restore();
  s3.reset();
  approvalsStatus = 200;
});

function start(inputs: Record<string, string>) {
  runner = runnerFixture({
    'github-token': TOKEN,
    'evidence-directory': join(mkdtempSync(join(scratch, 'out-')), 'evidence'),
    'evidence-prefix': 'release-evidence/',
    'retention-days': '2192',
    'k6-profile': 'smoke',
    'rolled-back': 'false',
    ...inputs,
  });
  Object.assign(process.env, {
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'medimind/app',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW_REF: 'medimind/app/.github/workflows/rollout.yml@refs/heads/main',
    RUNNER_NAME: 'GitHub Actions 7',
  });
}

const execute = () =>
  runAction((ctx) => run(ctx, { now: () => NOW }), { env: process.env, reasons: FAILURE_REASONS });

function released(extra: Record<string, string> = {}) {
  const report = join(scratch, 'readiness.json');
  const results = join(scratch, 'k6.json');
  writeFileSync(report, '{"passed":true}');
  writeFileSync(results, '{"metrics":{}}');
  return {
    environment: 'production',
    'release-id': 'r-2026.11.29-1',
    images: `backend-api=111111111111.dkr.ecr.us-east-1.amazonaws.com/backend-api@${DIGEST}`,
    'terraform-plan-sha256': 'b'.repeat(64),
    'deploy-outcome': 'success',
    'active-color': 'green',
    'previous-color': 'blue',
    'switched-at': '2026-11-29T11:59:00Z',
    'finalize-outcome': 'success',
    'readiness-passed': 'true',
    'readiness-report': report,
    'k6-passed': 'true',
    'k6-results': results,
    'started-at': '2026-11-29T11:55:00Z',
    ...extra,
  };
}

describe('release-evidence', () => {
  it('writes a schema-valid record with the approval, digests and verdicts, and locks a copy in S3', async () => {
    reviews = [
      {
        state: 'approved',
        comment: 'LGTM, change window CHG-1',
        user: { login: 'lead-sre' },
        environments: [{ id: 1, name: 'production' }],
      },
      { state: 'approved', comment: '', user: { login: 'x' }, environments: [{ name: 'staging' }] },
    ];
    s3.on(PutObjectCommand).resolves({ VersionId: 'v-1' });
    start({
      ...released(),
      'evidence-bucket': 'medimind-release-evidence',
      'aws-region': 'us-east-1',
    });
    await execute();
    expect(runner.errors()).toEqual([]);
    const outputs = runner.outputs();
    const text = readFileSync(outputs['evidence-file']!, 'utf8');
    const record = JSON.parse(text);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record).toMatchObject({
      schemaVersion: 1,
      releaseId: 'r-2026.11.29-1',
      environment: 'production',
      actor: 'octocat',
      run: { url: 'https://github.com/medimind/app/actions/runs/4242' },
      approval: {
        required: true,
        state: 'approved',
        reviewers: [{ login: 'lead-sre', comment: 'LGTM, change window CHG-1' }],
        approvedBefore: '2026-11-29T11:58:00Z',
      },
      terraform: { planSha256: 'b'.repeat(64) },
      images: [{ name: 'backend-api', digest: DIGEST }],
      blueGreen: { outcome: 'finalized', activeColor: 'green' },
      readiness: { verdict: 'passed' },
      k6: { verdict: 'passed', profile: 'smoke' },
      verdict: 'passed',
    });
    expect(record.readiness.reportSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs.verdict).toBe('passed');

    const put = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
    expect(put).toMatchObject({
      Bucket: 'medimind-release-evidence',
      Key: 'release-evidence/production/r-2026.11.29-1/4242-1.json',
      ObjectLockMode: 'COMPLIANCE',
      ChecksumAlgorithm: 'SHA256',
      IfNoneMatch: '*',
      Body: text,
    });
    expect((put.ObjectLockRetainUntilDate as Date).toISOString()).toBe('2032-11-29T12:00:00.000Z');
    expect(outputs['s3-uri']).toBe(
      's3://medimind-release-evidence/release-evidence/production/r-2026.11.29-1/4242-1.json',
    );
    expect(runner.summary()).toContain('approved by @lead-sre');

    for (const place of [
      runner.stdout().replace(/^::add-mask::.*$/gm, ''),
      runner.summary(),
      text,
      JSON.stringify(outputs),
    ])
      expect(place).not.toContain(TOKEN);
    expect(gh.requests.every((r) => r.auth === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('records a failed smoke test after the switch as rolled back, verdict failed, no approval needed in staging', async () => {
    reviews = [];
    start(
      released({
        environment: 'staging',
        'k6-passed': 'false',
        'finalize-outcome': 'skipped',
        'rollback-outcome': 'success',
      }),
    );
    await execute();
    expect(runner.errors()).toEqual([]);
    const record = JSON.parse(readFileSync(runner.outputs()['evidence-file']!, 'utf8'));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.approval).toEqual({
      required: false,
      state: 'none',
      reviewers: [],
      approvedBefore: null,
    });
    expect(record.blueGreen.outcome).toBe('rolled-back');
    expect(record.verdict).toBe('failed');
    expect(runner.outputs()['s3-uri']).toBe('');
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('fails with approval-unavailable when the token cannot read the approvals', async () => {
    approvalsStatus = 403;
    start(released());
    await execute();
    expect(process.exitCode).toBe(1);
    expect(runner.outputs()['failure-reason']).toBe('approval-unavailable');
    expect(runner.errors()[0]).toMatch(/actions: read/);
  });

  it('fails with evidence-upload-failed when S3 refuses, after writing the local record', async () => {
    reviews = [];
    s3.on(PutObjectCommand).rejects(
      Object.assign(new Error('Access Denied'), { name: 'AccessDenied' }),
    );
    start({
      ...released(),
      'evidence-bucket': 'medimind-release-evidence',
      'aws-region': 'us-east-1',
    });
    await execute();
    expect(process.exitCode).toBe(1);
    expect(runner.outputs()['failure-reason']).toBe('evidence-upload-failed');
    expect(runner.outputs()['evidence-file']).toBeTruthy();
  });

  it.each([
    [{ 'terraform-plan-sha256': 'abc' }, /terraform-plan-sha256 must be a sha256/],
    [{ 'deploy-outcome': 'ok' }, /deploy-outcome must be one of/],
    [{ 'release-id': 'a b' }, /release-id may hold only/],
    [{ 'evidence-bucket': 'Bad_Bucket' }, /evidence-bucket must be an S3 bucket name/],
    [{ 'readiness-report': '/nonexistent/report.json' }, /readiness-report names/],
    [
      { 'evidence-directory': '${{ runner.temp }}/release-evidence' },
      /evidence-directory holds an unevaluated expression/,
    ],
  ])('refuses bad input %j with bad-input and writes nothing', async (bad, message) => {
    start(released(bad));
    await execute();
    expect(process.exitCode).toBe(1);
    expect(runner.errors()).toEqual([expect.stringMatching(message)]);
    expect(runner.outputs()).toEqual({ 'failure-reason': 'bad-input' });
  });
});

describe('blue-green outcome from step outcomes', () => {
  const base = {
    deployOutcome: 'success' as const,
    rolledBack: false,
    switchedAt: '2026-11-29T11:59:00Z',
    finalizeOutcome: '' as const,
    rollbackOutcome: '' as const,
  };
  it.each([
    [{ deployOutcome: '' as const }, 'not-run'],
    [{ finalizeOutcome: 'success' as const }, 'finalized'],
    [{ rollbackOutcome: 'success' as const }, 'rolled-back'],
    [{ deployOutcome: 'failure' as const, rolledBack: true }, 'rolled-back'],
    [{ deployOutcome: 'failure' as const, switchedAt: null }, 'failed-before-switch'],
    [{ rollbackOutcome: 'failure' as const }, 'incomplete'],
    [{ deployOutcome: '' as const, rollbackOutcome: 'success' as const }, 'rolled-back'],
  ])('%j -> %s', (change, expected) => {
    expect(blueGreenOutcome({ ...base, ...change })).toBe(expected);
  });
});
