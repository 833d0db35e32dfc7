import { ConfigurationError } from '../../_shared/src/errors';
import { clientFromEnv, GitHubApiError, type GitHubClient } from '../../_shared/src/github';
import { list, required } from '../../_shared/src/inputs';
import { group } from '../../_shared/src/log';
import { setOutputs } from '../../_shared/src/outputs';
import type { ActionContext } from '../../_shared/src/run-action';
import { addMask, info } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { INPUTS, OUTPUTS } from './constants';

export async function run(ctx: ActionContext, deps: { github?: GitHubClient } = {}): Promise<void> {
  const { env } = ctx;
  const inputs = {
    findings: required(INPUTS.findings, env),
    labels: list(INPUTS.labels, env),
    githubToken: required(INPUTS.githubToken, env),
  };
  // The YAML parser and the GitHub client load only once the inputs are there.
  const { parseFindings } = await import('./findings');
  const { syncIssues } = await import('./issues');
  const config = { ...inputs, findings: parseFindings(inputs.findings) };
  addMask(config.githubToken);
  const client = deps.github ?? clientFromEnv(config.githubToken, env, { signal: ctx.signal });
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const run = {
    id: runId,
    url: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/actions/runs/${runId}`,
  };
  const result = await group('Issues', () =>
    syncIssues(client, repository, config.findings, config.labels, run).catch((error) => {
      if (
        error instanceof GitHubApiError &&
        (error.status === 403 || error.status === 404 || error.status === 410)
      )
        throw new ConfigurationError(
          `Cannot manage issues in ${repository} (${error.status}): give the job \`issues: write\` permission and make sure issues are enabled. ${error.message}`,
          'issues-unavailable',
        );
      throw error;
    }),
  );
  info(
    `opened ${result.opened.length}, updated ${result.updated.length}, closed ${result.closed.length}`,
  );
  setOutputs({
    [OUTPUTS.opened]: result.opened.join(','),
    [OUTPUTS.updated]: result.updated.join(','),
    [OUTPUTS.closed]: result.closed.join(','),
  });
  const line = (label: string, numbers: number[]) =>
    numbers.length ? `- ${label}: ${numbers.map((n) => `#${n}`).join(', ')}` : '';
  const lines = [
    line('opened', result.opened),
    line('still open', result.updated),
    line('recovered and closed', result.closed),
  ].filter(Boolean);
  await writeSummary(
    `### Nightly findings\n\n${lines.length ? lines.join('\n') : 'No findings and nothing to close.'}\n`,
    env as NodeJS.ProcessEnv,
  );
}
