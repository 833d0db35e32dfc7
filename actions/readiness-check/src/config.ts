/** Every input, read and validated up front into one typed object (no network, no SDK). */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../../_shared/src/errors';
import { duration, list, oneOf, optional, raw, validated } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import {
  CATEGORY_IDS,
  type CategoryId,
  Defaults,
  FAIL_ON,
  type FailOn,
  Inputs,
  MODES,
  type Mode,
} from './constants';

export type Config = {
  mode: Mode;
  manifests: string;
  namespace: string;
  kubeconfig: string;
  prometheusUrl?: string;
  awsRegion?: string;
  /** The SLO file to read, or why there is none (the default file is absent). */
  slos: { path: string } | { missing: string };
  categories: CategoryId[];
  windowMs: number;
  failOn: FailOn;
  reportFile: string;
  cwd: string;
};

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function readConfig(
  env: Env = process.env,
  cwd = env.GITHUB_WORKSPACE || process.cwd(),
): Config {
  if (!raw(Inputs.Mode, env)) {
    throw new ConfigurationError(
      `Input required and not supplied: ${Inputs.Mode} (${MODES.join(' or ')})`,
      'bad-input',
    );
  }
  const mode = oneOf(Inputs.Mode, MODES, 'static', env);
  const manifests = optional(Inputs.Manifests, '', env);
  if (mode === 'static' && !manifests) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests} is required with mode: static (a kustomize directory or a file of built manifests)`,
      'bad-input',
    );
  }
  const namespace = validated(Inputs.Namespace, optional(Inputs.Namespace, 'medimind', env), (v) =>
    NAMESPACE.test(v) && v.length <= 63
      ? undefined
      : `must be a DNS label (lowercase letters, digits, '-'); got "${v}"`,
  );
  const prometheusUrl = optional(Inputs.PrometheusUrl, '', env) || undefined;
  if (prometheusUrl) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(prometheusUrl).protocol);
    } catch {}
    // The value is not echoed: it may carry credentials.
    if (!ok)
      throw new ConfigurationError(
        `Input ${Inputs.PrometheusUrl} must be an http:// or https:// URL`,
        'bad-input',
      );
  }
  const awsRegion = optional(Inputs.AwsRegion, '', env) || undefined;
  if (awsRegion && !REGION.test(awsRegion)) {
    throw new ConfigurationError(
      `Input ${Inputs.AwsRegion} must be an AWS region such as us-east-1; got "${awsRegion}"`,
      'bad-input',
    );
  }
  const categories = list(Inputs.Categories, env);
  for (const c of categories) {
    if (!(CATEGORY_IDS as string[]).includes(c)) {
      throw new ConfigurationError(
        `Input ${Inputs.Categories}: unknown category "${c}" (allowed: ${CATEGORY_IDS.join(', ')})`,
        'bad-input',
      );
    }
  }
  const sloInput = optional(Inputs.SloFile, '', env);
  const sloPath = resolvePath(cwd, sloInput || Defaults.SloFile);
  // The default file may be absent (SLO checks are then skipped); a named one must exist.
  const slos =
    !sloInput && !existsSync(sloPath)
      ? { missing: `no SLO file (${Defaults.SloFile} not found; set ${Inputs.SloFile})` }
      : { path: sloPath };
  return {
    mode,
    manifests,
    namespace,
    kubeconfig: optional(Inputs.Kubeconfig, env.KUBECONFIG ?? '', env),
    prometheusUrl,
    awsRegion,
    slos,
    categories: categories.length ? (categories as CategoryId[]) : CATEGORY_IDS,
    windowMs: duration(Inputs.Window, Defaults.Window, env, {
      min: 10_000,
      max: 7 * 24 * 3_600_000,
    }),
    failOn: oneOf(Inputs.FailOn, FAIL_ON, 'fail', env),
    reportFile: resolvePath(cwd, optional(Inputs.ReportFile, Defaults.ReportFile, env)),
    cwd,
  };
}

function resolvePath(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}
