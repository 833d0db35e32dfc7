import type { ActionContext } from '../../_shared/src/run-action';
import { readingInputs } from '../../_shared/src/terraform/bad-input';
import { readPlanInputs } from './inputs';

export async function run(ctx: ActionContext): Promise<void> {
  // Every input is validated before terraform or anything heavy is touched.
  const config = readingInputs(() => readPlanInputs(ctx.env));
  const { runPlan } = await import('./plan-run');
  await runPlan(config, { env: ctx.env, signal: ctx.signal });
}
