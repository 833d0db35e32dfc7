import type { ActionContext } from '../../_shared/src/run-action';
import { readApplyInputs } from './inputs';

export async function run(ctx: ActionContext): Promise<void> {
  const config = readApplyInputs(ctx.env);
  const { runApply } = await import('./apply-run');
  await runApply(config, { env: ctx.env, signal: ctx.signal });
}
