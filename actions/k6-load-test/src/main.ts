import { mask } from '../../_shared/src/mask';
import type { ActionContext } from '../../_shared/src/run-action';
import { type Config, readConfig } from './config';

/** Credentials never reach the log: the token, and any password inside a URL. */
function maskSecrets(cfg: Config): void {
  mask(cfg.authToken);
  for (const url of [...cfg.baseUrls.values(), cfg.prometheusUrl]) {
    if (!url) continue;
    try {
      const u = new URL(url);
      mask(decodeURIComponent(u.password));
      mask(u.password);
    } catch {}
  }
}

export async function run(ctx: ActionContext): Promise<void> {
  const cfg = await readConfig(ctx.env);
  maskSecrets(cfg);
  // Everything else (caches, HTTP, statistics) loads only for a valid run.
  const { loadTest } = await import('./load-test');
  await loadTest(cfg, ctx);
}
