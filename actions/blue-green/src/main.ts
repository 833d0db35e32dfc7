/**
 * The entry: inputs are read and validated with nothing heavy loaded (no YAML
 * parser unless a YAML input is set, no Kubernetes client), so a bad input
 * fails in about the time Node takes to start; the rest is imported after.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import { raw } from '../../_shared/src/inputs';
import { mask } from '../../_shared/src/mask';
import type { ActionContext } from '../../_shared/src/run-action';
import { warning } from '../../_shared/src/runner';
import { loadYamlParser, readConfig } from './config';
import { Inputs, Reasons } from './constants';
import { checkCredentialLifetime } from './credentials';

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

/**
 * Before any parsing can fail and print an input: the password of every URL
 * in prometheus-url / service-urls, raw and decoded, each masked on its own.
 */
function maskRawUrlPasswords(env: ActionContext['env']): void {
  const text = `${raw(Inputs.PrometheusUrl, env)}\n${raw(Inputs.ServiceUrls, env)}`;
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^/@:\s,]*:([^/@\s,]*)@/gi)) {
    const password = m[1]!;
    mask(password);
    try {
      mask(decodeURIComponent(password));
    } catch {}
  }
  for (const token of [raw(Inputs.PrometheusToken, env), raw(Inputs.ServiceUrlsToken, env)]) {
    mask(token);
  }
}

export async function run(ctx: ActionContext): Promise<void> {
  if (raw(Inputs.SmokeChecks, ctx.env) || raw(Inputs.Analysis, ctx.env)) await loadYamlParser();
  maskRawUrlPasswords(ctx.env);
  const cfg = await asBadInput(() => readConfig(ctx.env));
  for (const secret of cfg.secrets) mask(secret);
  if (cfg.mode === 'deploy') {
    const check = checkCredentialLifetime(cfg.credentialExpiration, cfg.timeoutMs, Date.now());
    if (check.warning) warning(check.warning);
  }
  const { execute } = await import('./cutover');
  await execute(ctx, cfg, asBadInput);
}
