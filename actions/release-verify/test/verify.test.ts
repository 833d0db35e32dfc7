/**
 * release-verify against a fake GitHub serving evidence artifacts
 * (GET /repos/{o}/{r}/actions/artifacts?name=..., GET .../artifacts/{id}/zip).
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../_shared/src/evidence';
import { runAction } from '../../_shared/src/run-action';
import { type FakeGitHub, paged, startFakeGitHub } from '../../_shared/testing/fake-github';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { writeZip } from '../../_shared/testing/zip-writer';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';

const TOKEN = 'ghs_CANARY_verify_7d2a';
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const ECR = '111111111111.dkr.ecr.us-east-1.amazonaws.com';

function record(change: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    $schema: 'x',
    schemaVersion: 1,
    releaseId: 'r-42',
    environment: 'staging',
    repository: 'medimind/app',
    commit: 'c'.repeat(40),
    ref: 'refs/heads/main',
    run: {
      id: '900',
      attempt: '1',
      url: 'https://github.com/medimind/app/actions/runs/900',
      workflow: '',
    },
    actor: 'octocat',
    approval: { required: false, state: 'none', reviewers: [], approvedBefore: null },
    terraform: { planSha256: null },
    images: [
      { name: 'backend-api', ref: `${ECR}/backend-api@${D1}`, digest: D1 },
      { name: 'ml-pipeline', ref: `${ECR}/ml-pipeline@${D2}`, digest: D2 },
    ],
    blueGreen: {
      outcome: 'finalized',
      activeColor: 'green',
      previousColor: 'blue',
      switchedAt: null,
      failureReason: null,
    },
    readiness: { verdict: 'passed', reportSha256: null, failedChecks: [] },
    k6: { verdict: 'passed', resultsSha256: null, profile: 'smoke' },
    verdict: 'passed',
    timestamps: { startedAt: null, recordedAt: '2026-11-29T10:00:00Z' },
    ...change,
  };
}

let gh: FakeGitHub;
let runner: RunnerFixture;
let artifacts: { id: number; name: string; expired: boolean; created_at: string; zip: Buffer }[] =
  [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.route('GET', /^\/repos\/medimind\/app\/actions\/artifacts$/, (req, base) =>
    paged(
      req,
      base,
      artifacts
        .filter((a) => a.name === req.query.get('name'))
        .map(({ zip: _zip, ...a }) => ({ ...a, size_in_bytes: 1 })),
      (page) => ({ total_count: page.length, artifacts: page }),
    ),
  );
  gh.route('GET', /^\/repos\/medimind\/app\/actions\/artifacts\/(\d+)\/zip$/, (req) => {
    const a = artifacts.find((x) => x.id === Number(req.params[0]));
    return a ? { raw: a.zip } : { status: 404, body: { message: 'Not Found' } };
  });
});
afterAll(() => gh.close());
afterEach(() => runner?.restore());

function publish(
  rec: EvidenceRecord,
  id: number,
  createdAt: string,
  name = 'release-evidence-staging-r-42',
) {
  artifacts.push({
    id,
    name,
    expired: false,
    created_at: createdAt,
    zip: writeZip({ 'release-evidence.json': JSON.stringify(rec) }),
  });
}

async function verify(inputs: Record<string, string> = {}) {
  runner = runnerFixture({
    'release-id': 'r-42',
    environment: 'staging',
    'github-token': TOKEN,
    ...inputs,
  });
  Object.assign(process.env, { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'medimind/app' });
  await runAction((ctx) => run(ctx), { env: process.env, reasons: FAILURE_REASONS });
  return runner.outputs();
}

describe('release-verify', () => {
  it('verifies a release whose newest staging evidence passed, and outputs its images', async () => {
    artifacts = [];
    publish(
      record({
        verdict: 'failed',
        k6: { verdict: 'failed', resultsSha256: null, profile: 'smoke' },
      }),
      1,
      '2026-11-28T10:00:00Z',
    );
    publish(record(), 2, '2026-11-29T10:00:00Z');
    const out = await verify();
    expect(runner.errors()).toEqual([]);
    expect(out.verified).toBe('true');
    expect(out.images).toBe(
      `backend-api=${ECR}/backend-api@${D1}\nml-pipeline=${ECR}/ml-pipeline@${D2}`,
    );
    expect(out['evidence-run-url']).toBe('https://github.com/medimind/app/actions/runs/900');
    expect(runner.stdout().replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });

  it.each([
    [
      'a failed smoke test',
      record({
        k6: { verdict: 'failed', resultsSha256: null, profile: 'smoke' },
        verdict: 'failed',
      }),
      {},
      /k6 smoke test failed/,
    ],
    [
      'a rolled-back cutover',
      record({
        blueGreen: {
          outcome: 'rolled-back',
          activeColor: 'blue',
          previousColor: 'green',
          switchedAt: null,
          failureReason: 'analysis-failed',
        },
        verdict: 'failed',
      }),
      {},
      /cutover was rolled-back/,
    ],
    [
      'readiness not run',
      record({
        readiness: { verdict: 'not-run', reportSha256: null, failedChecks: [] },
        verdict: 'failed',
      }),
      {},
      /readiness check not-run/,
    ],
    [
      'other digests',
      record(),
      { images: `backend-api=${ECR}/backend-api@${D2}\nml-pipeline=${ECR}/ml-pipeline@${D2}` },
      /backend-api is sha256:2+ here but sha256:1+ in the evidence/,
    ],
    [
      'an image missing from the promotion',
      record(),
      { images: `backend-api=${ECR}/backend-api@${D1}` },
      /ml-pipeline of the verified release is not being promoted/,
    ],
  ])('refuses %s with release-not-verified', async (_label, rec, inputs, message) => {
    artifacts = [];
    publish(rec, 3, '2026-11-29T10:00:00Z');
    const out = await verify(inputs);
    expect(process.exitCode).toBe(1);
    expect(out['failure-reason']).toBe('release-not-verified');
    expect(out.verified).toBe('false');
    expect(runner.errors()).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a release with no evidence at all (never released there, or expired)', async () => {
    artifacts = [];
    publish(record(), 4, '2026-11-29T10:00:00Z', 'release-evidence-staging-r-41');
    const out = await verify();
    expect(out['failure-reason']).toBe('release-not-verified');
    expect(runner.errors()[0]).toMatch(/no artifact release-evidence-staging-r-42 was found/);
  });

  it('refuses images without digests as bad input', async () => {
    const out = await verify({ images: `backend-api=${ECR}/backend-api:1.2.3` });
    expect(out['failure-reason']).toBe('bad-input');
    expect(runner.errors()).toEqual([
      expect.stringMatching(/Input images must hold name=ref lines with @sha256 digests/),
    ]);
  });
});
