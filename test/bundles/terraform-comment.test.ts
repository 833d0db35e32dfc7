/**
 * The plan comment on a pull request, against a fake GitHub REST API on
 * 127.0.0.1 (GITHUB_API_URL), with real terraform.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANARY,
  fakeGitHub,
  fixture,
  plan,
  terraformAvailable,
  visible,
} from './terraform-helpers';

describe.runIf(terraformAvailable)('terraform-plan PR comment', () => {
  let github: Awaited<ReturnType<typeof fakeGitHub>>;
  const dir = fixture('basic');
  const scratch = mkdtempSync(join(tmpdir(), 'tf-comment-'));
  const eventPath = join(scratch, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42 } }),
  );
  const prEnv = () => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: github.url,
  });
  const inputs = (extra: Record<string, string> = {}) => ({
    'comment-on-pr': 'true',
    'github-token': 'ghs_fake_token',
    variables: `api_token=${CANARY}`,
    redact: 'token',
    'bundle-directory': mkdtempSync(join(scratch, 'bundle-')),
    ...extra,
  });

  beforeAll(async () => {
    github = await fakeGitHub();
    github.seed(3);
  });
  afterAll(() => github.close());

  it('creates one comment per (directory, environment, workspace) and edits it in place', async () => {
    const first = await plan(dir, inputs(), prEnv());
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(/comment created/);
    const second = await plan(
      dir,
      inputs({ variables: `api_token=${CANARY}\ngeneration=2` }),
      prEnv(),
    );
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/comment updated/);
    const production = await plan(dir, inputs({ environment: 'production' }), prEnv());
    expect(production.exitCode).toBe(0);

    const ours = github.comments.filter((c) => c.body.includes('<!-- medimind:terraform-plan'));
    expect(ours).toHaveLength(2);
    const staging = ours.find((c) => c.body.includes('env=staging'))!;
    expect(staging.body).toContain(
      '<!-- medimind:terraform-plan dir=. env=staging workspace=default -->',
    );
    // Edited in place: the second plan's content replaced the first.
    expect(staging.body).toContain('| generation | create |  | `"2"` |');
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(github.requests.every((r) => r.auth === 'Bearer ghs_fake_token')).toBe(true);
    for (const c of github.comments) expect(c.body).not.toContain(CANARY);
    for (const run of [first, second, production])
      expect(visible(run.stdout)).not.toContain('ghs_fake_token');
  });

  it('shortens a comment over 60,000 characters to the table and a link to the job summary', async () => {
    const run = await plan(
      dir,
      inputs({ variables: 'bulk=600', workspace: 'default', environment: 'bulk' }),
      prEnv(),
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const comment = github.comments.find((c) => c.body.includes('env=bulk'))!;
    expect(run.summary.length).toBeGreaterThan(60_000);
    expect(comment.body.length).toBeLessThanOrEqual(60_000);
    expect(comment.body).toContain('| Create | Update | Replace |');
    expect(comment.body).toContain(
      'The full plan is in the [job summary](https://github.com/medimind/delivery/actions/runs/1000).',
    );
  });

  it('turns a 403 or 422 from GitHub into a warning, not a failure', async () => {
    const forbidden = await fakeGitHub({ failWith: 403 });
    try {
      const run = await plan(dir, inputs({ environment: 'forked' }), {
        ...prEnv(),
        GITHUB_API_URL: forbidden.url,
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^::warning::Could not comment on pull request #42 \(403\)/m);
      expect(run.outputs['failure-reason']).toBeUndefined();
    } finally {
      await forbidden.close();
    }
  });
});
