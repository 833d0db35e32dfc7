/**
 * The one GitHub REST client every action uses. Built on @actions/github
 * (Octokit with the runner's proxy settings: HTTPS_PROXY/NO_PROXY), against
 * GITHUB_API_URL, so GitHub Enterprise Server works too. @actions/github is
 * ESM-only and large: it is imported on the first request, so an action that
 * never calls GitHub (or fails on a bad input) does not pay for loading it.
 *
 * What it adds over a bare Octokit:
 * - retries that wait as GitHub says (`retry-after`, `x-ratelimit-reset`),
 *   bounded by `maxWaitMs` so a job does not sleep for an hour;
 * - rate limits surface as GitHubRateLimitError (primary or secondary), never
 *   as a 403 that looks like a missing permission;
 * - a POST is never repeated after an ambiguous failure (5xx, dropped
 *   connection): `createOnce` looks for the created object first;
 * - pagination follows every `link: rel="next"`, with no page cap.
 */
import { readFileSync } from 'node:fs';
import { CancelledError, sleep as realSleep, type Sleep } from './cancel';
import { decideRetry, type FailureFacts, type RateLimitKind } from './github-retry';
import { withTimeout } from './http';
import { debug } from './runner';

export class GitHubApiError extends Error {
  override readonly name: string = 'GitHubApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GitHub refused because of a rate limit, and waiting more was not allowed. */
export class GitHubRateLimitError extends Error {
  override readonly name = 'GitHubRateLimitError';
  constructor(
    readonly kind: RateLimitKind,
    readonly status: number,
    readonly waitMs: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A create call failed in a way that leaves it unknown whether GitHub applied
 * it (5xx or no response); it was not repeated.
 */
export class GitHubAmbiguousWriteError extends GitHubApiError {
  override readonly name = 'GitHubAmbiguousWriteError';
}

export type GitHubClientOptions = {
  apiUrl: string;
  token: string;
  signal?: AbortSignal;
  sleep?: Sleep;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Attempts per request, including the first. */
  attempts?: number;
  /** The longest single wait the client accepts (a rate-limit reset further away fails). */
  maxWaitMs?: number;
  now?: () => number;
  random?: () => number;
};

export type IssueComment = { id: number; body?: string; html_url?: string };

type OctokitLike = {
  request: (options: Record<string, unknown>) => Promise<{
    status: number;
    data: unknown;
    headers: Record<string, string | number | undefined>;
  }>;
};

export type GitHubResponse<T> = { data: T; headers: Headers; status: number };

export class GitHubClient {
  private octokit: Promise<OctokitLike> | undefined;

  constructor(private readonly options: GitHubClientOptions) {}

  private client(): Promise<OctokitLike> {
    this.octokit ??= (async () => {
      // GitHub: Octokit with the REST and pagination plugins and the runner's
      // proxy-aware fetch. No auth plugin: the token goes in an explicit
      // `authorization: Bearer` header on each request.
      const { GitHub } = await import('@actions/github/lib/utils');
      return new GitHub({
        baseUrl: this.options.apiUrl.replace(/\/$/, ''),
        userAgent: 'medimind-delivery',
        // Octokit's own warnings go to the debug log, not the action's stdout.
        log: { debug, info: debug, warn: debug, error: debug },
      }) as unknown as OctokitLike;
    })();
    return this.octokit;
  }

  /** One REST call with the retry policy above. `path` may be a full URL (a `next` link). */
  async request<T>(method: string, path: string, body?: unknown): Promise<GitHubResponse<T>> {
    const {
      signal,
      timeoutMs = 30_000,
      attempts = 5,
      maxWaitMs = 120_000,
      sleep = realSleep,
      now = Date.now,
      random = Math.random,
    } = this.options;
    const octokit = await this.client();
    const upper = method.toUpperCase();
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason ?? new CancelledError();
      try {
        const response = await octokit.request({
          method: upper,
          url: path,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
          },
          ...(body === undefined ? {} : { data: body }),
          request: { signal: withTimeout(signal, timeoutMs) },
        });
        return {
          data: response.data as T,
          status: response.status,
          headers: toHeaders(response.headers),
        };
      } catch (thrown) {
        if (signal?.aborted) throw signal.reason ?? new CancelledError();
        const facts = failureFacts(upper, thrown);
        const decision = decideRetry(facts, now());
        const label = `GitHub API ${upper} ${displayPath(path)}`;
        const backoff = Math.floor(random() * Math.min(10_000, 500 * 2 ** (attempt - 1)));
        const wait = Math.max(decision.waitMs ?? 0, backoff);
        if (decision.retry && attempt < attempts && wait <= maxWaitMs) {
          debug(`${label}: ${facts.status ?? 'no response'}; retrying in ${wait} ms`);
          await sleep(wait, signal);
          continue;
        }
        throw finalError(label, facts, decision.rateLimit, decision.waitMs);
      }
    }
  }

  /**
   * Every item of a paged list, following `link: rel="next"` to the end.
   * `key` names the array in an object response (`artifacts`, `workflow_runs`).
   */
  async paginate<T>(path: string, key?: string): Promise<T[]> {
    const all: T[] = [];
    const seen = new Set<string>();
    let next: string | undefined = withPerPage(path);
    while (next) {
      if (seen.has(next)) throw new Error(`GitHub API pagination loops at ${displayPath(next)}`);
      seen.add(next);
      const response: GitHubResponse<unknown> = await this.request<unknown>('GET', next);
      const page = key
        ? ((response.data as Record<string, unknown>)?.[key] as T[] | undefined)
        : (response.data as T[]);
      if (!Array.isArray(page))
        throw new Error(`GitHub API GET ${displayPath(next)} did not return a list`);
      all.push(...page);
      next = nextLink(response.headers.get('link'));
    }
    return all;
  }

  /**
   * Creates something exactly once: POST, and if the POST failed in a way
   * that may have applied it, ask `find` before trying again.
   */
  async createOnce<T>(path: string, body: unknown, find: () => Promise<T | undefined>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.request<T>('POST', path, body)).data;
      } catch (error) {
        if (!(error instanceof GitHubAmbiguousWriteError) || attempt >= 3) throw error;
        const existing = await find();
        if (existing !== undefined) return existing;
        debug(`${error.message}; it did not land, posting again`);
      }
    }
  }

  async listIssueComments(repository: string, issue: number): Promise<IssueComment[]> {
    return this.paginate<IssueComment>(`/repos/${repository}/issues/${issue}/comments`);
  }

  /** Edits the comment carrying `marker` in place, or creates it (once). */
  async upsertIssueComment(
    repository: string,
    issue: number,
    marker: string,
    body: string,
  ): Promise<{ action: 'created' | 'updated'; id: number; url?: string }> {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    const find = async () =>
      (await this.listIssueComments(repository, issue)).find((c) => c.body?.includes(marker));
    const existing = await find();
    if (existing) {
      const { data } = await this.request<IssueComment>(
        'PATCH',
        `/repos/${repository}/issues/comments/${existing.id}`,
        { body: text },
      );
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const data = await this.createOnce<IssueComment>(
      `/repos/${repository}/issues/${issue}/comments`,
      { body: text },
      find,
    );
    return { action: 'created', id: data.id, url: data.html_url };
  }
}

function failureFacts(method: string, thrown: unknown): FailureFacts {
  const e = thrown as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  };
  if (!e?.response) {
    // No response: Octokit reports network failures as status 500 without one.
    return { method, status: undefined, headers: {}, message: describe(thrown) };
  }
  const data = e.response.data as { message?: string } | string | undefined;
  const message =
    typeof data === 'string' ? data : (data?.message ?? e.message ?? `HTTP ${e.status}`);
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(e.response.headers ?? {}))
    headers[k.toLowerCase()] = v === undefined ? undefined : String(v);
  return { method, status: e.status, headers, message };
}

function finalError(
  label: string,
  facts: FailureFacts,
  rateLimit: RateLimitKind | undefined,
  waitMs: number | undefined,
): Error {
  if (rateLimit) {
    const until =
      waitMs !== undefined ? ` (GitHub asks to wait ${Math.ceil(waitMs / 1000)} s)` : '';
    const what =
      rateLimit === 'secondary'
        ? 'hit a GitHub secondary rate limit (too many requests or writes in a short time)'
        : 'exhausted the GitHub API rate limit of this token';
    return new GitHubRateLimitError(
      rateLimit,
      facts.status ?? 0,
      waitMs,
      `${label} ${what}${until}: ${facts.message}`,
    );
  }
  if (facts.status === undefined || facts.status >= 500) {
    const text = `${label} failed${facts.status ? ` with ${facts.status}` : ''}: ${facts.message}`;
    return facts.method === 'POST'
      ? new GitHubAmbiguousWriteError(
          facts.status ?? 0,
          `${text} (it may or may not have been applied)`,
        )
      : new GitHubApiError(facts.status ?? 0, text);
  }
  return new GitHubApiError(facts.status, `${label} returned ${facts.status}: ${facts.message}`);
}

function describe(thrown: unknown): string {
  const e = thrown as { message?: string; cause?: { code?: string; message?: string } };
  return [e?.message, e?.cause?.code].filter(Boolean).join(' ') || String(thrown);
}

function toHeaders(raw: Record<string, string | number | undefined>): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) h.set(k, String(v));
  return h;
}

/** The path without query secrets or host, for messages. */
function displayPath(path: string): string {
  try {
    return path.startsWith('http') ? new URL(path).pathname : path.split('?')[0]!;
  } catch {
    return path;
  }
}

function withPerPage(path: string): string {
  if (/[?&]per_page=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
}

export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (m?.[2]?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

/** The pull request number when the workflow runs for a pull request, else undefined. */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!['pull_request', 'pull_request_target'].includes(env.GITHUB_EVENT_NAME ?? ''))
    return undefined;
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: number };
      number?: number;
    };
    return event.pull_request?.number ?? event.number;
  } catch {
    return undefined;
  }
}

/** A client for the workflow's own repository from the runner's environment. */
export function clientFromEnv(
  token: string,
  env: NodeJS.ProcessEnv,
  extra: Partial<GitHubClientOptions> = {},
): GitHubClient {
  return new GitHubClient({
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    token,
    ...extra,
  });
}
