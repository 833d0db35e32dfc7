import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiDouble, type RunState } from '../src/rehearsal/github-api';

let api: GitHubApiDouble | undefined;
afterEach(async () => {
  await api?.stop();
});

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${api!.url}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe("the rehearsal's GitHub API double", () => {
  it('answers the approvals and the job in progress from the run', async () => {
    const state: RunState = { approvals: [] };
    api = new GitHubApiDouble(() => state);
    await api.start();
    expect((await call('GET', '/repos/o/r/actions/runs/1000/approvals')).body).toEqual([]);
    state.approvals.push({ environment: 'production', at: '2026-01-01T00:00:00Z' });
    state.current = {
      path: 'release',
      runnerName: 'rehearsal-release',
      startedAt: '2026-01-01T00:00:01Z',
    };
    expect((await call('GET', '/repos/o/r/actions/runs/1000/approvals')).body).toMatchObject([
      { state: 'approved', environments: [{ name: 'production' }], user: { login: 'rehearsal' } },
    ]);
    expect((await call('GET', '/repos/o/r/actions/runs/1000/attempts/1/jobs')).body).toMatchObject({
      jobs: [{ runner_name: 'rehearsal-release', status: 'in_progress' }],
    });
  });

  it('keeps issues and comments in memory, and lists what it cannot answer', async () => {
    api = new GitHubApiDouble(() => ({ approvals: [] }));
    await api.start();
    const created = await call('POST', '/repos/o/r/issues', {
      title: 'p95 regression',
      body: 'x',
      labels: ['performance'],
    });
    expect(created).toMatchObject({ status: 201, body: { number: 1, state: 'open' } });
    await call('POST', '/repos/o/r/issues/1/comments', { body: 'still slow' });
    expect(
      (await call('GET', '/repos/o/r/issues?state=open&labels=performance')).body,
    ).toHaveLength(1);
    expect((await call('GET', '/repos/o/r/issues?state=open&labels=other')).body).toHaveLength(0);
    await call('PATCH', '/repos/o/r/issues/1', { state: 'closed' });
    expect((await call('GET', '/repos/o/r/issues?state=open')).body).toHaveLength(0);
    expect(api.issues[0]).toMatchObject({ state: 'closed', comments: [{ body: 'still slow' }] });
    expect((await call('GET', '/repos/o/r/actions/workflows/nightly.yml/runs')).body).toEqual({
      total_count: 0,
      workflow_runs: [],
    });
    expect((await call('DELETE', '/repos/o/r/git/refs/heads/main')).status).toBe(404);
    expect(api.unanswered).toEqual(['DELETE /repos/o/r/git/refs/heads/main']);
  });
});
