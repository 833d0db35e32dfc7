import type { ActionContext } from '../../_shared/src/run-action';
import { readingInputs } from '../../_shared/src/terraform/bad-input';
import { readApplyInputs } from './inputs';

export async function run(ctx: ActionContext): Promise<void> {
  const config = readingInputs(() => readApplyInputs(ctx.env));
  const { runApply } = await import('./apply-run');
  await runApply(config, { env: ctx.env, signal: ctx.signal });
}
