import type { ActionContext } from '../../_shared/src/run-action';
import { readEvidenceInputs } from './inputs';
import type { EvidenceDeps } from './record-release';

export async function run(ctx: ActionContext, deps: EvidenceDeps = {}): Promise<void> {
  const config = readEvidenceInputs(ctx.env);
  // The rest (GitHub client, hashing, summary) loads only after the inputs are valid.
  const { recordRelease } = await import('./record-release');
  await recordRelease(config, ctx, deps);
}
