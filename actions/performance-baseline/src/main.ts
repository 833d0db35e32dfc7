import { ConfigurationError } from '../../_shared/src/errors';
import { clientFromEnv, GitHubApiError, type GitHubClient } from '../../_shared/src/github';
import { group } from '../../_shared/src/log';
import { setOutputs } from '../../_shared/src/outputs';
import type { ActionContext } from '../../_shared/src/run-action';
import { addMask, notice } from '../../_shared/src/runner';
import { gatherBaseline } from './baseline';
import { OUTPUTS } from './constants';
import { readBaselineInputs } from './inputs';

export async function run(ctx: ActionContext, deps: { github?: GitHubClient } = {}): Promise<void> {
  const config = readBaselineInputs(ctx.env);
  addMask(config.githubToken);
  const client = deps.github ?? clientFromEnv(config.githubToken, ctx.env, { signal: ctx.signal });
  const current = Number(ctx.env.GITHUB_RUN_ID) || undefined;
  const { runIds } = await group(
    `Baseline: last ${config.count} successful runs of ${config.workflow}`,
    () =>
      gatherBaseline(client, ctx.env.GITHUB_REPOSITORY ?? '', config, current).catch((error) => {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404))
          throw new ConfigurationError(
            `Cannot read the runs or artifacts of ${config.workflow} (${error.status}): give the job \`actions: read\` permission. ${error.message}`,
            'baseline-unavailable',
          );
        throw error;
      }),
  );
  if (runIds.length === 0)
    notice(
      `No earlier successful run of ${config.workflow} has ${config.artifactName}: no baseline yet`,
    );
  setOutputs({
    [OUTPUTS.directory]: config.directory,
    [OUTPUTS.runs]: runIds.length,
    [OUTPUTS.runIds]: runIds.join(','),
  });
}
