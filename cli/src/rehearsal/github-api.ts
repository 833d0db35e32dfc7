/**
 * The GitHub REST API as far as a rehearsed run can know it: the run's
 * environment approvals (the gates passed with --approve) and the job in
 * progress; a repository with no earlier workflow runs and no earlier
 * artifacts; issues and their comments kept in memory (printed at the end).
 * Every other request is answered 404 with a message saying so, and listed at
 * the end of the rehearsal: a step that needs more of the API fails visibly
 * instead of reaching github.com.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export type Issue = {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  html_url: string;
  comments: { id: number; body: string }[];
};

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((done) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      try {
        done(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch {
        done({});
      }
    });
  });
}

export type RunState = {
  approvals: { environment: string; at: string }[];
  current?: { runnerName: string; startedAt: string; path: string };
};

export class GitHubApiDouble {
  readonly unanswered: string[] = [];
  readonly issues: Issue[] = [];
  private nextId = 1;
  private server?: Server;
  url = '';

  constructor(private readonly run: () => RunState) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '').replace(/\?.*$/, '');
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const state = this.run();
      if (
        req.method === 'GET' &&
        /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/approvals$/.test(path)
      ) {
        return send(
          200,
          state.approvals.map((a) => ({
            state: 'approved',
            comment: `approved with medimind rehearse --approve ${a.environment}`,
            user: { login: 'rehearsal' },
            environments: [{ name: a.environment }],
          })),
        );
      }
      if (
        req.method === 'GET' &&
        /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/attempts\/\d+\/jobs$/.test(path)
      ) {
        const jobs = state.current
          ? [
              {
                name: state.current.path,
                runner_name: state.current.runnerName,
                status: 'in_progress',
                started_at: state.current.startedAt,
              },
            ]
          : [];
        return send(200, { total_count: jobs.length, jobs });
      }
      if (
        req.method === 'GET' &&
        /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/[^/]+\/runs$/.test(path)
      ) {
        return send(200, { total_count: 0, workflow_runs: [] });
      }
      if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.test(path)) {
        return send(200, { total_count: 0, artifacts: [] });
      }
      const issues =
        /^\/repos\/([^/]+\/[^/]+)\/issues(?:\/(\d+)(?:\/(comments))?|\/comments\/(\d+))?$/.exec(
          path,
        );
      if (issues) {
        void this.issuesApi(req, res, issues, send);
        return;
      }
      this.unanswered.push(`${req.method} ${path}`);
      return send(404, {
        message: `Not Found: the rehearsal's GitHub API double answers only the run's approvals and jobs (${req.method} ${path})`,
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  private async issuesApi(
    req: IncomingMessage,
    _res: unknown,
    [, repo, number, comments, commentId]: RegExpExecArray,
    send: (status: number, body: unknown) => void,
  ): Promise<void> {
    const query = new URL(req.url ?? '', 'http://x').searchParams;
    const body = req.method === 'GET' ? {} : await readBody(req);
    const issue = number ? this.issues.find((i) => i.number === Number(number)) : undefined;
    if (commentId) {
      const comment = this.issues
        .flatMap((i) => i.comments)
        .find((c) => c.id === Number(commentId));
      if (!comment || req.method !== 'PATCH') return send(404, { message: 'Not Found' });
      comment.body = String(body.body ?? comment.body);
      return send(200, comment);
    }
    if (number && !issue) return send(404, { message: `Not Found: no issue #${number}` });
    if (issue && comments) {
      if (req.method === 'GET') return send(200, issue.comments);
      const comment = { id: this.nextId++, body: String(body.body ?? '') };
      issue.comments.push(comment);
      return send(201, comment);
    }
    if (issue) {
      if (req.method === 'GET') return send(200, issue);
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      return send(200, issue);
    }
    if (req.method === 'POST') {
      const created: Issue = {
        number: this.issues.length + 1,
        title: String(body.title ?? ''),
        body: String(body.body ?? ''),
        state: 'open',
        labels: (Array.isArray(body.labels) ? body.labels : []).map((l) => ({ name: String(l) })),
        html_url: `https://github.com/${repo}/issues/${this.issues.length + 1}`,
        comments: [],
      };
      this.issues.push(created);
      return send(201, created);
    }
    const state = query.get('state') ?? 'open';
    const labels = (query.get('labels') ?? '').split(',').filter(Boolean);
    return send(
      200,
      this.issues.filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          labels.every((l) => i.labels.some((x) => x.name === l)),
      ),
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}
