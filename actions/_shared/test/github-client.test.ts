/**
 * The GitHub client's retry, rate-limit, write-once and pagination rules,
 * against a scripted GitHub on 127.0.0.1 (real HTTP through @actions/github).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { downloadArtifact } from '../src/artifacts';
import {
  GitHubAmbiguousWriteError,
  GitHubApiError,
  GitHubClient,
  GitHubRateLimitError,
  nextLink,
} from '../src/github';
import { decideRetry, serverWaitMs } from '../src/github-retry';
import { type FakeGitHub, paged, startFakeGitHub } from '../testing/fake-github';
import { writeZip } from '../testing/zip-writer';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

function client(url: string, waits: number[], extra = {}) {
  return new GitHubClient({
    apiUrl: url,
    token: 'ghs_canary_token',
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => NOW,
    random: () => 0,
    ...extra,
  });
}

describe('retry policy (pure)', () => {
  const facts = (method: string, status: number | undefined, headers = {}, message = 'x') => ({
    method,
    status,
    headers,
    message,
  });
  it('retries idempotent calls after 5xx and dropped connections, never a POST', () => {
    expect(decideRetry(facts('GET', 502), NOW).retry).toBe(true);
    expect(decideRetry(facts('PATCH', undefined), NOW).retry).toBe(true);
    expect(decideRetry(facts('POST', 502), NOW).retry).toBe(false);
    expect(decideRetry(facts('POST', undefined), NOW).retry).toBe(false);
    expect(decideRetry(facts('GET', 404), NOW).retry).toBe(false);
    expect(
      decideRetry(facts('GET', 403, {}, 'Resource not accessible by integration'), NOW).retry,
    ).toBe(false);
  });
  it('treats rate limits as rate limits, POST included (GitHub refused before acting)', () => {
    const secondary = decideRetry(
      facts('POST', 403, {}, 'You have exceeded a secondary rate limit'),
      NOW,
    );
    expect(secondary).toEqual({ retry: true, rateLimit: 'secondary', waitMs: 60_000 });
    const primary = decideRetry(
      facts('GET', 403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 30),
      }),
      NOW,
    );
    expect(primary).toEqual({ retry: true, rateLimit: 'primary', waitMs: 31_000 });
  });
  it('reads retry-after as seconds or an HTTP date', () => {
    expect(serverWaitMs({ 'retry-after': '7' }, NOW)).toBe(7000);
    expect(serverWaitMs({ 'retry-after': new Date(NOW + 5000).toUTCString() }, NOW)).toBe(5000);
    expect(serverWaitMs({}, NOW)).toBeUndefined();
  });
  it('follows rel="next" among several links', () => {
    expect(nextLink('<https://x/a?page=1>; rel="prev", <https://x/a?page=3>; rel="next"')).toBe(
      'https://x/a?page=3',
    );
    expect(nextLink('<https://x/a?page=1>; rel="first"')).toBeUndefined();
  });
});

describe('GitHubClient over HTTP', () => {
  it('waits what retry-after says, then succeeds', async () => {
    gh = await startFakeGitHub();
    let calls = 0;
    gh.route('GET', /^\/repos\/o\/r$/, () =>
      ++calls === 1
        ? { status: 429, headers: { 'retry-after': '7' }, body: { message: 'slow down' } }
        : { body: { full_name: 'o/r' } },
    );
    const waits: number[] = [];
    const { data } = await client(gh.url, waits).request<{ full_name: string }>(
      'GET',
      '/repos/o/r',
    );
    expect(data.full_name).toBe('o/r');
    expect(waits).toEqual([7000]);
    expect(gh.requests.every((r) => r.auth === 'Bearer ghs_canary_token')).toBe(true);
  });

  it('waits until x-ratelimit-reset when the primary limit is exhausted', async () => {
    gh = await startFakeGitHub();
    let calls = 0;
    gh.route('GET', /^\/rate$/, () =>
      ++calls === 1
        ? {
            status: 403,
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 20) },
            body: { message: 'API rate limit exceeded for installation ID 1.' },
          }
        : { body: {} },
    );
    const waits: number[] = [];
    await client(gh.url, waits).request('GET', '/rate');
    expect(waits).toEqual([21_000]);
  });

  it('reports a secondary rate limit as such, not as a missing permission', async () => {
    gh = await startFakeGitHub();
    gh.route('POST', /comments$/, () => ({
      status: 403,
      headers: { 'retry-after': '600' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    }));
    const error = await client(gh.url, [], { maxWaitMs: 60_000 })
      .request('POST', '/repos/o/r/issues/1/comments', { body: 'x' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect(error).not.toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ kind: 'secondary', status: 403, waitMs: 600_000 });
    expect(error.message).toMatch(/secondary rate limit.*wait 600 s/);
    expect(gh.requests).toHaveLength(1);
  });

  it('retries a GET after a dropped connection and a 502', async () => {
    gh = await startFakeGitHub();
    let calls = 0;
    gh.route('GET', /^\/flaky$/, () => {
      calls++;
      if (calls === 1) return { reset: true };
      if (calls === 2) return { status: 502, body: { message: 'Bad gateway' } };
      return { body: { ok: true } };
    });
    const { data } = await client(gh.url, []).request<{ ok: boolean }>('GET', '/flaky');
    expect(data.ok).toBe(true);
    expect(calls).toBe(3);
  });

  it('never repeats a POST blindly: a 502 that did land is found, not posted twice', async () => {
    gh = await startFakeGitHub();
    const comments: { id: number; body: string }[] = [];
    gh.route('GET', /^\/repos\/o\/r\/issues\/7\/comments$/, (req, base) =>
      paged(req, base, comments),
    );
    gh.route('POST', /^\/repos\/o\/r\/issues\/7\/comments$/, (req) => {
      comments.push({ id: 900 + comments.length, body: (req.body as { body: string }).body });
      // The write happened; the gateway lost the answer.
      return { status: 502, body: { message: 'Server Error' } };
    });
    const result = await client(gh.url, []).upsertIssueComment('o/r', 7, '<!-- m -->', 'hello');
    expect(result).toMatchObject({ action: 'created', id: 900 });
    expect(comments).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('posts again when the ambiguous POST did not land, and gives up after three', async () => {
    gh = await startFakeGitHub();
    gh.route('GET', /comments$/, (req, base) => paged(req, base, []));
    gh.route('POST', /comments$/, () => ({ status: 503, body: { message: 'unavailable' } }));
    const error = await client(gh.url, [])
      .upsertIssueComment('o/r', 7, '<!-- m -->', 'hello')
      .catch((e) => e);
    expect(error).toBeInstanceOf(GitHubAmbiguousWriteError);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('pages through every page (no 50-page cap)', async () => {
    gh = await startFakeGitHub();
    const items = Array.from({ length: 130 }, (_, i) => ({ id: i }));
    gh.route('GET', /^\/repos\/o\/r\/actions\/artifacts$/, (req, base) => {
      req.query.set('per_page', '2');
      return paged(req, base, items, (page) => ({ total_count: items.length, artifacts: page }));
    });
    const all = await client(gh.url, []).paginate<{ id: number }>(
      '/repos/o/r/actions/artifacts',
      'artifacts',
    );
    expect(all.map((a) => a.id)).toEqual(items.map((a) => a.id));
    expect(gh.requests.length).toBe(65);
  });
});

describe('artifact download', () => {
  it('follows the redirect to blob storage without sending the token there', async () => {
    gh = await startFakeGitHub();
    const blob = await startFakeGitHub();
    try {
      blob.route('GET', /^\/artifact\.zip$/, () => ({
        raw: writeZip({ 'a.json': '{"ok":true}' }),
      }));
      // GET /repos/{o}/{r}/actions/artifacts/{id}/zip answers 302 with a signed URL elsewhere.
      gh.route('GET', /^\/repos\/o\/r\/actions\/artifacts\/7\/zip$/, () => ({
        status: 302,
        headers: { location: `${blob.url}/artifact.zip?sig=signed` },
      }));
      const entries = await downloadArtifact(client(gh.url, []), 'o/r', 7);
      expect(entries.map((e) => [e.name, e.data.toString()])).toEqual([['a.json', '{"ok":true}']]);
      expect(gh.requests[0]?.auth).toBe('Bearer ghs_canary_token');
      expect(blob.requests).toHaveLength(1);
      expect(blob.requests[0]?.auth).toBeUndefined();
    } finally {
      await blob.close();
    }
  });
});
