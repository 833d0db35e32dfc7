/**
 * GitHub Actions artifacts through the REST API (list by name, download the
 * ZIP, read its files): how evidence and earlier results are read back from
 * other workflow runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type GitHubClient, nextLink } from './github';
import { readZip, safeEntryName, type ZipEntry } from './zip';

export type Artifact = {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string;
  workflow_run?: { id: number; head_sha?: string; head_branch?: string };
};

export type WorkflowRun = {
  id: number;
  run_number?: number;
  head_sha: string;
  head_branch?: string;
  html_url: string;
  created_at: string;
  conclusion: string | null;
};

/** Unexpired artifacts of the repository with this exact name, newest first. */
export async function artifactsNamed(
  client: GitHubClient,
  repository: string,
  name: string,
): Promise<Artifact[]> {
  const all = await client.paginate<Artifact>(
    `/repos/${repository}/actions/artifacts?name=${encodeURIComponent(name)}`,
    'artifacts',
  );
  return all
    .filter((a) => a.name === name && !a.expired)
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/** Unexpired artifacts of one workflow run, optionally by exact name. */
export async function runArtifacts(
  client: GitHubClient,
  repository: string,
  runId: number,
  name?: string,
): Promise<Artifact[]> {
  const query = name ? `?name=${encodeURIComponent(name)}` : '';
  const all = await client.paginate<Artifact>(
    `/repos/${repository}/actions/runs/${runId}/artifacts${query}`,
    'artifacts',
  );
  return all.filter((a) => !a.expired && (name === undefined || a.name === name));
}

export async function downloadArtifact(
  client: GitHubClient,
  repository: string,
  artifactId: number,
): Promise<ZipEntry[]> {
  const { data } = await client.request<ArrayBuffer | Buffer | string>(
    'GET',
    `/repos/${repository}/actions/artifacts/${artifactId}/zip`,
  );
  const bytes =
    typeof data === 'string' ? Buffer.from(data, 'binary') : Buffer.from(data as ArrayBuffer);
  return readZip(bytes);
}

/** Writes entries under `directory`, refusing names that would escape it. */
export function extractTo(entries: ZipEntry[], directory: string): string[] {
  const written: string[] = [];
  for (const entry of entries) {
    const name = safeEntryName(entry.name);
    if (!name)
      throw new Error(`artifact entry ${JSON.stringify(entry.name)} escapes its directory`);
    const path = join(directory, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.data);
    written.push(path);
  }
  return written;
}

/** Successful runs of one workflow file on a branch, newest first, at most `count`. */
export async function successfulRuns(
  client: GitHubClient,
  repository: string,
  workflowFile: string,
  branch: string,
  count: number,
  excludeRunId?: number,
): Promise<WorkflowRun[]> {
  const runs: WorkflowRun[] = [];
  const path = `/repos/${repository}/actions/workflows/${encodeURIComponent(workflowFile)}/runs?status=success&branch=${encodeURIComponent(branch)}&per_page=${Math.min(100, count + 1)}`;
  // Only the first page or two are needed: stop paging once `count` runs are found.
  let next: string | undefined = path;
  while (next && runs.length < count) {
    const response: Awaited<ReturnType<GitHubClient['request']>> = await client.request<{
      workflow_runs: WorkflowRun[];
    }>('GET', next);
    const page = (response.data as { workflow_runs: WorkflowRun[] }).workflow_runs ?? [];
    for (const run of page) if (run.id !== excludeRunId && runs.length < count) runs.push(run);
    next = nextLink(response.headers.get('link'));
  }
  return runs;
}
