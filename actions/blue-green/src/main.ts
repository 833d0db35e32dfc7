/**
 * The entry: inputs are read and validated with nothing heavy loaded (no YAML
 * parser unless a YAML input is set, no Kubernetes client), so a bad input
 * fails in about the time Node takes to start; the rest is imported after.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import { raw } from '../../_shared/src/inputs';
import { mask } from '../../_shared/src/mask';
import type { ActionContext } from '../../_shared/src/run-action';
import { loadYamlParser, readConfig } from './config';
import { Inputs, Reasons } from './constants';

/** Every mistake found before the cluster is touched (inputs, manifests) is `bad-input`. */
async function asBadInput<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ConfigurationError && !error.reason) {
      throw new ConfigurationError(error.message, Reasons.BadInput);
    }
    throw error;
  }
}

/** Credentials inside URLs (https://user:token@host) never reach the log. */
function maskUrlCredentials(urls: Iterable<string>): void {
  for (const url of urls) {
    try {
      const u = new URL(url);
      mask(decodeURIComponent(u.password));
      mask(u.password);
    } catch {}
  }
}

export async function run(ctx: ActionContext): Promise<void> {
  if (raw(Inputs.SmokeChecks, ctx.env) || raw(Inputs.Analysis, ctx.env)) await loadYamlParser();
  const cfg = await asBadInput(() => readConfig(ctx.env));
  maskUrlCredentials([
    ...cfg.serviceUrls.values(),
    ...(cfg.prometheusUrl ? [cfg.prometheusUrl] : []),
  ]);
  const { execute } = await import('./cutover');
  await execute(ctx, cfg, asBadInput);
}
