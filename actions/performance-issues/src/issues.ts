/**
 * One issue per finding key, found by the hidden marker in its body:
 *   active, no issue        -> open one
 *   active, closed issue    -> reopen it, comment
 *   active, open issue      -> refresh its body, comment
 *   inactive, open issue    -> comment "recovered", close it
 *   not checked tonight     -> leave it alone
 * Comments carry the run's own marker, so a retried POST never comments twice.
 */
import type { GitHubClient } from '../../_shared/src/github';
import { BODY_LIMIT } from './constants';
import type { Finding } from './findings';

type Issue = {
  number: number;
  state: 'open' | 'closed';
  body?: string | null;
  updated_at?: string;
  pull_request?: unknown;
};
type Comment = { id: number; body?: string };

export type RunInfo = { id: string; url: string };
export type SyncResult = { opened: number[]; updated: number[]; closed: number[] };

export const findingMarker = (key: string) => `<!-- medimind:nightly-finding key=${key} -->`;
const runMarker = (run: RunInfo) => `<!-- medimind:nightly-run id=${run.id} -->`;

export function issueBody(finding: Finding, run: RunInfo): string {
  const head = `${findingMarker(finding.key)}\n**${finding.title}**\n\nLatest: [run ${run.id}](${run.url}). This issue is kept by the nightly workflow: it is updated while the finding lasts and closed when a night recovers.\n\n`;
  const room = BODY_LIMIT - head.length;
  const body =
    finding.body.length > room
      ? `${finding.body.slice(0, room - 200)}\n\n… (shortened; the full report is in the run's summary and artifacts)`
      : finding.body;
  return head + body;
}

export async function syncIssues(
  client: GitHubClient,
  repository: string,
  findings: Finding[],
  labels: string[],
  run: RunInfo,
): Promise<SyncResult> {
  const result: SyncResult = { opened: [], updated: [], closed: [] };
  const label = labels[0] ? `&labels=${encodeURIComponent(labels[0])}` : '';
  const issues = (
    await client.paginate<Issue>(
      `/repos/${repository}/issues?state=all${label}&sort=updated&direction=desc`,
    )
  ).filter((i) => !i.pull_request);
  const existing = (key: string) => {
    const mine = issues.filter((i) => i.body?.includes(findingMarker(key)));
    return mine.find((i) => i.state === 'open') ?? mine[0];
  };
  const comment = async (issue: number, text: string) => {
    const body = `${runMarker(run)}\n${text}`;
    await client.createOnce(`/repos/${repository}/issues/${issue}/comments`, { body }, async () =>
      (await client.paginate<Comment>(`/repos/${repository}/issues/${issue}/comments`)).find((c) =>
        c.body?.includes(runMarker(run)),
      ),
    );
  };

  for (const finding of findings) {
    if (!finding.checked) continue;
    const issue = existing(finding.key);
    if (finding.active) {
      const body = issueBody(finding, run);
      if (!issue) {
        const created = await client.createOnce<Issue>(
          `/repos/${repository}/issues`,
          { title: finding.title, body, labels },
          async () => {
            const again = await client.paginate<Issue>(
              `/repos/${repository}/issues?state=open${label}`,
            );
            return again.find((i) => i.body?.includes(findingMarker(finding.key)));
          },
        );
        result.opened.push(created.number);
      } else if (issue.state === 'closed') {
        await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, {
          state: 'open',
          body,
        });
        await comment(issue.number, `Back in [run ${run.id}](${run.url}).`);
        result.opened.push(issue.number);
      } else {
        await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, { body });
        await comment(issue.number, `Still present in [run ${run.id}](${run.url}).`);
        result.updated.push(issue.number);
      }
    } else if (issue?.state === 'open') {
      await comment(issue.number, `Recovered in [run ${run.id}](${run.url}); closing.`);
      await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, {
        state: 'closed',
        state_reason: 'completed',
      });
      result.closed.push(issue.number);
    }
  }
  return result;
}
