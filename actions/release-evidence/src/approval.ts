/**
 * Who approved this run's deployment to the environment, from GitHub's review
 * history of the run (GET /repos/{repo}/actions/runs/{run}/approvals). The
 * history carries no time; the gated job cannot start before the approval,
 * so the job's own start time (from the run's jobs) bounds it.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import type { EvidenceRecord } from '../../_shared/src/evidence';
import { GitHubApiError, type GitHubClient } from '../../_shared/src/github';

type Review = {
  state: 'approved' | 'rejected' | 'pending';
  comment?: string;
  user?: { login?: string };
  environments?: { name?: string }[];
};

type Job = { runner_name?: string | null; status?: string; started_at?: string };

export async function lookUpApproval(
  client: GitHubClient,
  repository: string,
  runId: string,
  attempt: string,
  environment: string,
  runnerName: string | undefined,
): Promise<EvidenceRecord['approval']> {
  let reviews: Review[];
  try {
    reviews = await client.paginate<Review>(`/repos/${repository}/actions/runs/${runId}/approvals`);
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      throw new ConfigurationError(
        `Cannot read the environment approvals of run ${runId} (${error.status}): give the job \`actions: read\` permission. ${error.message}`,
        'approval-unavailable',
      );
    }
    throw error;
  }
  const mine = reviews.filter((r) => r.environments?.some((e) => e.name === environment));
  const decided = mine.filter((r) => r.state === 'approved' || r.state === 'rejected');
  if (decided.length === 0) {
    return { required: false, state: 'none', reviewers: [], approvedBefore: null };
  }
  const state = decided.some((r) => r.state === 'rejected') ? 'rejected' : 'approved';
  return {
    required: true,
    state,
    reviewers: decided
      .filter((r) => r.state === state)
      .map((r) => ({ login: r.user?.login ?? '', comment: r.comment ?? '' })),
    approvedBefore: await jobStartedAt(client, repository, runId, attempt, runnerName),
  };
}

async function jobStartedAt(
  client: GitHubClient,
  repository: string,
  runId: string,
  attempt: string,
  runnerName: string | undefined,
): Promise<string | null> {
  if (!runnerName) return null;
  const jobs = await client.paginate<Job>(
    `/repos/${repository}/actions/runs/${runId}/attempts/${attempt || '1'}/jobs`,
    'jobs',
  );
  const job = jobs.find((j) => j.runner_name === runnerName && j.status === 'in_progress');
  return job?.started_at ?? null;
}
