/**
 * Every input, read and validated up front into one typed object. Nothing here
 * touches the network or loads a heavy module, so a bad input fails fast and
 * nothing has run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../../_shared/src/errors';
import {
  keyValues,
  list,
  oneOf,
  optional,
  raw,
  required,
  validated,
} from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import type { Profile, Slo } from '../../_shared/src/slo';
import { DEFAULT_K6_VERSION, Defaults, FAIL_ON, type FailOn, Inputs } from './constants';
import { type Platform, platformOf } from './platform';

export type Config = {
  scripts: string[];
  profile: Profile;
  slo: Slo;
  sloFile: string;
  /** slo.yaml as plain JSON, as k6 receives it (MEDIMIND_SLO_JSON). */
  sloJson: string;
  baseUrls: Map<string, string>;
  k6Version: string;
  k6Sha256: string | undefined;
  baseline: string | undefined;
  prometheusUrl: string | undefined;
  failOn: FailOn;
  resultsDirectory: string;
  authToken: string | undefined;
  minEffect: number;
  webDashboard: boolean;
  platform: Platform;
};

const bad = (message: string) => new ConfigurationError(message, 'bad-input');
const SCRIPT_EXTENSIONS = ['.ts', '.js', '.mjs'];

function workspacePath(path: string, env: Env): string {
  return isAbsolute(path) ? path : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), path);
}

/** Files as given; a directory gives its top-level k6 scripts (not lib/, not tests). */
export function resolveScripts(items: string[], env: Env): string[] {
  if (items.length === 0)
    throw bad(`Input ${Inputs.Scripts} must name k6 script files or a directory`);
  const scripts: string[] = [];
  for (const item of items) {
    const path = workspacePath(item, env);
    if (!existsSync(path)) throw bad(`Input ${Inputs.Scripts}: "${item}" does not exist`);
    if (statSync(path).isDirectory()) {
      const found = readdirSync(path)
        .filter((f) => SCRIPT_EXTENSIONS.includes(extname(f)) && !/\.(test|d)\.[mc]?[jt]s$/.test(f))
        .sort()
        .map((f) => join(path, f))
        .filter((f) => statSync(f).isFile());
      if (found.length === 0) {
        throw bad(
          `Input ${Inputs.Scripts}: directory "${item}" holds no k6 script (${SCRIPT_EXTENSIONS.join(', ')})`,
        );
      }
      scripts.push(...found);
    } else if (!SCRIPT_EXTENSIONS.includes(extname(path))) {
      throw bad(
        `Input ${Inputs.Scripts}: "${item}" is not a k6 script (${SCRIPT_EXTENSIONS.join(', ')})`,
      );
    } else scripts.push(path);
  }
  return [...new Set(scripts)];
}

/** The service a script exercises: its file name, when slo.yaml has that service. */
export function serviceOfScript(script: string, slo: Slo): string | undefined {
  const stem = basename(script).replace(/\.[mc]?[jt]s$/, '');
  return slo.services.find((s) => s.name === stem)?.name;
}

function checkUrl(name: string, value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad(`Input ${name}: ${what} "${redact(value)}" is not a URL (http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw bad(`Input ${name}: ${what} must be http:// or https://, got ${url.protocol}`);
  }
  // k6 tags every point with the request URL, so credentials in it would land in
  // the NDJSON artifact; tokens go in auth-token instead.
  if (url.username || url.password) {
    throw bad(`Input ${name}: ${what} must not carry credentials (user:password@); use auth-token`);
  }
  return value;
}

/** A URL for an error message, without any credentials it carries. */
function redact(value: string): string {
  return value.replace(/\/\/[^/@\s]*@/, '//***@');
}

export async function readConfig(
  env: Env = process.env,
  nodePlatform: NodeJS.Platform = process.platform,
  nodeArch: string = process.arch,
): Promise<Config> {
  try {
    return await parse(env, nodePlatform, nodeArch);
  } catch (error) {
    // The kernel's parsers throw without a reason code; every input error is `bad-input`.
    if (error instanceof ConfigurationError && !error.reason) throw bad(error.message);
    throw error;
  }
}

async function parse(env: Env, nodePlatform: NodeJS.Platform, nodeArch: string): Promise<Config> {
  required(Inputs.Scripts, env);
  const scripts = resolveScripts(list(Inputs.Scripts, env), env);
  // The SLO loader (and its YAML parser) only once the required input is there:
  // a run missing it fails in Node's own start-up time.
  const { DEFAULT_SLO_FILE, loadSlo, PROFILES } = await import('../../_shared/src/slo');
  const { parse: parseYaml } = await import('yaml');
  const profile = oneOf(Inputs.Profile, PROFILES, Defaults.Profile, env);
  const sloInput = optional(Inputs.SloFile, DEFAULT_SLO_FILE, env);
  const slo = loadSlo(workspacePath(sloInput, env), sloInput);
  if (!slo.profiles[profile]) {
    throw bad(
      `Input ${Inputs.Profile}: ${sloInput} defines no "${profile}" profile (has: ${Object.keys(slo.profiles).join(', ')})`,
    );
  }

  const baseUrls = new Map<string, string>();
  for (const [service, url] of keyValues(Inputs.BaseUrls, env)) {
    const known = slo.services.filter((s) => s.baseUrlOf === s.name).map((s) => s.name);
    if (!known.includes(service)) {
      throw bad(
        `Input ${Inputs.BaseUrls}: "${service}" is not a service of ${sloInput} (one of: ${known.join(', ')})`,
      );
    }
    baseUrls.set(service, checkUrl(Inputs.BaseUrls, url, `the URL of ${service}`));
  }
  for (const script of scripts) {
    const service = serviceOfScript(script, slo);
    const owner = slo.services.find((s) => s.name === service)?.baseUrlOf;
    if (owner && !baseUrls.has(owner)) {
      throw bad(`Input ${Inputs.BaseUrls} needs a "${owner}=<url>" line for ${basename(script)}`);
    }
  }

  const k6Version = validated(
    Inputs.K6Version,
    optional(Inputs.K6Version, DEFAULT_K6_VERSION, env).replace(/^v/, ''),
    (v) =>
      /^\d+\.\d+\.\d+$/.test(v)
        ? undefined
        : `must be a k6 release version such as ${DEFAULT_K6_VERSION}; got "${raw(Inputs.K6Version, env)}"`,
  );
  const sha = raw(Inputs.K6Sha256, env).toLowerCase();
  if (sha && !/^[0-9a-f]{64}$/.test(sha)) {
    throw bad(`Input ${Inputs.K6Sha256} must be 64 hexadecimal characters (the archive's SHA-256)`);
  }
  const platform = platformOf(nodePlatform, nodeArch);
  if (!platform) {
    throw bad(
      `Unsupported platform ${nodePlatform}/${nodeArch} for ${Inputs.K6Version}: k6 releases exist for linux, darwin and win32 on x64 and arm64`,
    );
  }

  const baselineInput = raw(Inputs.Baseline, env);
  const prometheus = raw(Inputs.PrometheusUrl, env);
  const minEffectText = raw(Inputs.MinEffect, env);
  const minEffect = minEffectText
    ? Number(minEffectText.replace(/%$/, '')) / (minEffectText.endsWith('%') ? 100 : 1)
    : Defaults.MinEffect;
  if (!(minEffect > 0 && minEffect < 10)) {
    throw bad(
      `Input ${Inputs.MinEffect} must be a positive ratio such as 0.1 or 10%; got "${minEffectText}"`,
    );
  }
  const dashboard = raw(Inputs.WebDashboard, env);
  if (dashboard && !['true', 'false'].includes(dashboard)) {
    throw bad(`Input ${Inputs.WebDashboard} must be true or false, got "${dashboard}"`);
  }
  return {
    scripts,
    profile,
    slo,
    sloFile: sloInput,
    // Validated above by the strict loader; k6 gets the same document as JSON.
    sloJson: JSON.stringify(parseYaml(readFileSync(workspacePath(sloInput, env), 'utf8'))),
    baseUrls,
    k6Version,
    k6Sha256: sha || undefined,
    baseline: baselineInput ? workspacePath(baselineInput, env) : undefined,
    prometheusUrl: prometheus ? checkUrl(Inputs.PrometheusUrl, prometheus, 'the URL') : undefined,
    failOn: oneOf(Inputs.FailOn, FAIL_ON, Defaults.FailOn, env),
    resultsDirectory: workspacePath(
      optional(Inputs.ResultsDirectory, Defaults.ResultsDirectory, env),
      env,
    ),
    authToken: raw(Inputs.AuthToken, env) || undefined,
    minEffect,
    webDashboard: dashboard === 'true',
    platform,
  };
}
