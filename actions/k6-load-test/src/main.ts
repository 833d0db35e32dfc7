import { mask } from '../../_shared/src/mask';
import type { ActionContext } from '../../_shared/src/run-action';
import { readConfig } from './config';

export async function run(ctx: ActionContext): Promise<void> {
  const cfg = await readConfig(ctx.env);
  // The only secret: URLs with credentials are refused by readConfig (k6 would
  // write them into every point's tags).
  mask(cfg.authToken);
  // Everything else (caches, HTTP, statistics) loads only for a valid run.
  const { loadTest } = await import('./load-test');
  await loadTest(cfg, ctx);
}
