/**
 * The GitHub REST API as far as a rehearsed run can know it: the run's
 * environment approvals (the gates passed with --approve) and the job in
 * progress. Every other request is answered 404 with a message saying so, and
 * listed at the end of the rehearsal: a step that needs more of the API fails
 * visibly instead of reaching github.com.
 */
import { createServer, type Server } from 'node:http';

export type RunState = {
  approvals: { environment: string; at: string }[];
  current?: { runnerName: string; startedAt: string; path: string };
};

export class GitHubApiDouble {
  readonly unanswered: string[] = [];
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

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}
