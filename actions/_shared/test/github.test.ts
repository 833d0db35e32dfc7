import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeGitHub } from '../../../test/bundles/terraform-helpers';
import { GitHubApiError, GitHubClient, pullRequestNumber } from '../src/github';

const noSleep = async () => {};
let server: Awaited<ReturnType<typeof fakeGitHub>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GitHubClient.upsertIssueComment', () => {
  it('creates once, then edits the comment carrying the marker in place (across pages)', async () => {
    server = await fakeGitHub({ perPage: 2 });
    server.seed(5);
    const client = new GitHubClient({ apiUrl: server.url, token: 'ghs_test', sleep: noSleep });
    const first = await client.upsertIssueComment('medimind/delivery', 7, '<!-- m:a -->', 'one');
    expect(first.action).toBe('created');
    server.seed(3);
    const second = await client.upsertIssueComment('medimind/delivery', 7, '<!-- m:a -->', 'two');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const other = await client.upsertIssueComment('medimind/delivery', 7, '<!-- m:b -->', 'three');
    expect(other.action).toBe('created');
    expect(server.comments.filter((c) => c.body.includes('<!-- m:a -->'))).toEqual([
      expect.objectContaining({ id: first.id, body: '<!-- m:a -->\ntwo' }),
    ]);
    // The list was paged through (5 seeded + 1 ours + 3 more = 9 comments, 2 per page).
    expect(server.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(4);
    expect(server.requests.every((r) => r.auth === 'Bearer ghs_test')).toBe(true);
  });

  it('surfaces 403 and 422 as GitHubApiError with the status', async () => {
    for (const status of [403, 422]) {
      server = await fakeGitHub({ failWith: status });
      const client = new GitHubClient({ apiUrl: server.url, token: 't', sleep: noSleep });
      const error = await client.upsertIssueComment('o/r', 1, '<!-- x -->', 'b').catch((e) => e);
      expect(error).toBeInstanceOf(GitHubApiError);
      expect((error as GitHubApiError).status).toBe(status);
      await server.close();
      server = undefined;
    }
  });
});

describe('pullRequestNumber', () => {
  it('reads the number from the pull_request event payload only', () => {
    const path = join(tmpdir(), `event-${process.pid}.json`);
    writeFileSync(path, JSON.stringify({ pull_request: { number: 42 } }));
    expect(pullRequestNumber({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).toBe(
      42,
    );
    expect(
      pullRequestNumber({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path }),
    ).toBeUndefined();
  });
});
