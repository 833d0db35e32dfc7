/**
 * The baseline: the results artifact of each of the last N successful runs
 * of the workflow, extracted to <directory>/<run-id>/. A run whose artifact
 * has expired or was never uploaded is skipped, and the next older run is
 * used instead, so the baseline has N runs whenever N exist.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  downloadArtifact,
  extractTo,
  runArtifacts,
  successfulRuns,
} from '../../_shared/src/artifacts';
import type { GitHubClient } from '../../_shared/src/github';
import { info } from '../../_shared/src/runner';
import type { BaselineConfig } from './inputs';

export async function gatherBaseline(
  client: GitHubClient,
  repository: string,
  config: BaselineConfig,
  currentRunId: number | undefined,
): Promise<{ runIds: number[] }> {
  mkdirSync(config.directory, { recursive: true });
  // Ask for a few more runs than needed: some may have lost their artifact.
  const candidates = await successfulRuns(
    client,
    repository,
    config.workflow,
    config.branch,
    config.count * 2,
    currentRunId,
  );
  const runIds: number[] = [];
  for (const run of candidates) {
    if (runIds.length >= config.count) break;
    const [artifact] = await runArtifacts(client, repository, run.id, config.artifactName);
    if (!artifact) {
      info(`run ${run.id} has no unexpired ${config.artifactName} artifact; skipped`);
      continue;
    }
    const files = extractTo(
      await downloadArtifact(client, repository, artifact.id),
      join(config.directory, String(run.id)),
    );
    info(`run ${run.id} (${run.created_at}): ${files.length} file(s)`);
    runIds.push(run.id);
  }
  return { runIds };
}
