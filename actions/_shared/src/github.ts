/**
 * The few GitHub REST calls the actions make, with Node's fetch against
 * GITHUB_API_URL (GitHub Enterprise Server works too). Plain fetch, not
 * @actions/github: nothing to load for the common no-comment path, and tests
 * fake GitHub with a real HTTP server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import type { Sleep } from './cancel';
import { isRetryableStatus, isTransientNetworkError, withTimeout } from './http';
import { retry } from './retry';

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type GitHubClientOptions = {
  apiUrl: string;
  token: string;
  signal?: AbortSignal;
  sleep?: Sleep;
  timeoutMs?: number;
};

export type IssueComment = { id: number; body?: string; html_url?: string };

export class GitHubClient {
  constructor(private readonly options: GitHubClientOptions) {}

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ data: T; headers: Headers }> {
    const { apiUrl, token, signal, timeoutMs = 30_000 } = this.options;
    const url = path.startsWith('http') ? path : `${apiUrl.replace(/\/$/, '')}${path}`;
    return retry(
      async () => {
        const response = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'medimind-delivery',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: withTimeout(signal, timeoutMs),
        });
        const text = await response.text();
        if (!response.ok) {
          let message = text;
          try {
            message = (JSON.parse(text) as { message?: string }).message ?? text;
          } catch {}
          throw new GitHubApiError(
            response.status,
            `GitHub API ${method} ${path} returned ${response.status}: ${message}`,
          );
        }
        return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
      },
      {
        attempts: 4,
        signal,
        sleep: this.options.sleep,
        isRetryable: (e) =>
          e instanceof GitHubApiError ? isRetryableStatus(e.status) : isTransientNetworkError(e),
      },
    );
  }

  async listIssueComments(repository: string, issue: number): Promise<IssueComment[]> {
    const all: IssueComment[] = [];
    let next: string | undefined = `/repos/${repository}/issues/${issue}/comments?per_page=100`;
    for (let page = 0; next && page < 50; page++) {
      const response: { data: IssueComment[]; headers: Headers } = await this.request<
        IssueComment[]
      >('GET', next);
      all.push(...response.data);
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    return all;
  }

  /** Edits the comment carrying `marker` in place, or creates it. */
  async upsertIssueComment(
    repository: string,
    issue: number,
    marker: string,
    body: string,
  ): Promise<{ action: 'created' | 'updated'; id: number; url?: string }> {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    const existing = (await this.listIssueComments(repository, issue)).find((c) =>
      c.body?.includes(marker),
    );
    if (existing) {
      const { data } = await this.request<IssueComment>(
        'PATCH',
        `/repos/${repository}/issues/comments/${existing.id}`,
        { body: text },
      );
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await this.request<IssueComment>(
      'POST',
      `/repos/${repository}/issues/${issue}/comments`,
      { body: text },
    );
    return { action: 'created', id: data.id, url: data.html_url };
  }
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
