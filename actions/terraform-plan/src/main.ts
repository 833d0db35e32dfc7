import type { ActionContext } from '../../_shared/src/run-action';
import { readPlanInputs } from './inputs';

export async function run(ctx: ActionContext): Promise<void> {
  // Every input is validated before terraform or anything heavy is touched.
  const config = readPlanInputs(ctx.env);
  const { runPlan } = await import('./plan-run');
  await runPlan(config, { env: ctx.env, signal: ctx.signal });
}
