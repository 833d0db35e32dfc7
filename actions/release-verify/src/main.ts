import type { GitHubClient } from '../../_shared/src/github';
import type { ActionContext } from '../../_shared/src/run-action';
import { readVerifyInputs } from './inputs';

export async function run(ctx: ActionContext, deps: { github?: GitHubClient } = {}): Promise<void> {
  const config = readVerifyInputs(ctx.env);
  const { verifyRelease } = await import('./verify-release');
  await verifyRelease(config, ctx, deps);
}
