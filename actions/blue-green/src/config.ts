/**
 * Every input, read and validated up front into one typed object. Nothing here
 * touches the network or loads a heavy SDK, so a bad input fails fast.
 */

import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../_shared/src/errors';
import {
  boolean,
  duration,
  keyValues,
  list,
  oneOf,
  optional,
  parseDuration,
  raw,
  validated,
} from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import { Defaults, Inputs, MODES, type Mode, SCALE_DOWN, type ScaleDown } from './constants';
import { endpointOf, redactUrl } from './credentials';
import { checkImageRef } from './images';

/** The password of a URL in its raw and decoded forms, even when the URL is otherwise invalid. */
function endpointSecretsBestEffort(url: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/@:]*:([^/@]*)@/i.exec(url);
  if (!m?.[1]) return [];
  const raw = m[1];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

export type HttpCheck = {
  /** App whose Service is probed; undefined = every app in the release. */
  app?: string;
  path: string;
  status: number;
  /** Regular expression the body must match. */
  body?: RegExp;
  retries: number;
  timeoutMs: number;
};

export type PrometheusCheck = {
  name: string;
  query: string;
  min?: number;
  max?: number;
};

/** How an answer names who served it: a response header, or a top-level JSON body field. */
export type Identity = { header?: string; field?: string; path: string };

export type Analysis = {
  intervalMs: number;
  count: number;
  failureLimit: number;
  /**
   * Without `identity`: rounds start this long after the live endpoints are
   * confirmed (kube-proxy, ingress and load balancers lag the endpoints).
   */
  initialDelayMs: number;
  /** Fewer counted rounds than this: analysis-inconclusive (never a pass). */
  minSamples: number;
  /** With it, rounds start once the live route answers from the new colour, and only such answers count. */
  identity?: Identity;
  http: HttpCheck[];
  prometheus: PrometheusCheck[];
};

export type Config = {
  mode: Mode;
  manifests: string[];
  namespace: string;
  images: Map<string, string>;
  releaseId: string;
  kubeconfig: string;
  smokeChecks: HttpCheck[];
  analysis: Analysis | undefined;
  /** Without userinfo (safe to log); credentials are in prometheusAuthorization. */
  prometheusUrl: string | undefined;
  prometheusAuthorization?: string;
  /** service → base URL without userinfo. */
  serviceUrls: Map<string, string>;
  /** service → Authorization header value. */
  serviceAuthorization: Map<string, string>;
  /** Every form of every credential given, to mask before anything prints. */
  secrets: string[];
  /** AWS_CREDENTIAL_EXPIRATION, when aws-eks-auth set it. */
  credentialExpiration?: string;
  scaleDownDelayMs: number;
  /** defer: keep the old colour after a verified switch until mode finalize (or rollback). */
  scaleDown: ScaleDown;
  /** After a cancellation, the idle (never verified) colour is scaled to zero after this. */
  abortScaleDownDelayMs: number;
  lockTimeoutMs: number;
  rolloutTimeoutMs: number;
  smokeTimeoutMs: number;
  timeoutMs: number;
  dryRun: boolean;
  run: RunIdentity;
};

export type RunIdentity = {
  /**
   * Lease holder identity, unique per process: run URL, attempt, job and a
   * random nonce (two jobs of one attempt, or two local runs, never share it).
   */
  holder: string;
  runUrl: string;
  attempt: string;
  job: string;
  commit: string;
  actor: string;
};

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const RELEASE_ID = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

export function readConfig(env: Env = process.env): Config {
  const mode = oneOf(Inputs.Mode, MODES, 'deploy', env);
  const manifests = list(Inputs.Manifests, env);
  if (mode === 'deploy' && manifests.length === 0) {
    throw new ConfigurationError(
      `Input required and not supplied: ${Inputs.Manifests} (files, globs or a kustomize directory)`,
    );
  }
  const namespace = validated(Inputs.Namespace, optional(Inputs.Namespace, '', env), (v) =>
    !v
      ? 'is required (the namespace holding the live Services)'
      : NAMESPACE.test(v) && v.length <= 63
        ? undefined
        : `must be a DNS label (lowercase letters, digits, '-'); got "${v}"`,
  );
  const images = keyValues(Inputs.Images, env);
  for (const [name, ref] of images) {
    const problem = checkImageRef(ref);
    if (problem) throw new ConfigurationError(`Input ${Inputs.Images}: ${name}=${ref} ${problem}`);
  }
  const releaseId = validated(
    Inputs.ReleaseId,
    optional(Inputs.ReleaseId, env.GITHUB_SHA ?? '', env),
    (v) =>
      !v
        ? 'is required when GITHUB_SHA is not set'
        : RELEASE_ID.test(v)
          ? undefined
          : `must be 1-63 letters, digits, '.', '_' or '-' (a label value); got "${v}"`,
  );
  const kubeconfig = optional(Inputs.Kubeconfig, env.KUBECONFIG ?? '', env);
  const secrets: string[] = [];
  const serviceToken = optional(Inputs.ServiceUrlsToken, '', env) || undefined;
  const prometheusToken = optional(Inputs.PrometheusToken, '', env) || undefined;
  secrets.push(...[serviceToken, prometheusToken].filter((t): t is string => !!t));
  const serviceUrls = new Map<string, string>();
  const serviceAuthorization = new Map<string, string>();
  for (const [name, url] of keyValues(Inputs.ServiceUrls, env)) {
    // Masked first: nothing below may print it, whatever fails.
    secrets.push(...endpointSecretsBestEffort(url));
    if (!/^https?:\/\/[^/]+/.test(url)) {
      throw new ConfigurationError(
        `Input ${Inputs.ServiceUrls}: ${name}=${redactUrl(url)} must be an http:// or https:// base URL`,
      );
    }
    const endpoint = endpointOf(Inputs.ServiceUrls, url, serviceToken);
    serviceUrls.set(name, endpoint.url);
    if (endpoint.authorization) serviceAuthorization.set(name, endpoint.authorization);
    secrets.push(...endpoint.secrets);
  }
  const prometheusInput = optional(Inputs.PrometheusUrl, '', env) || undefined;
  let prometheusUrl: string | undefined;
  let prometheusAuthorization: string | undefined;
  if (prometheusInput) {
    secrets.push(...endpointSecretsBestEffort(prometheusInput));
    const endpoint = endpointOf(Inputs.PrometheusUrl, prometheusInput, prometheusToken);
    prometheusUrl = endpoint.url;
    prometheusAuthorization = endpoint.authorization;
    secrets.push(...endpoint.secrets);
  }
  const analysis = parseAnalysis(raw(Inputs.Analysis, env));
  if (analysis && analysis.prometheus.length > 0 && !prometheusUrl) {
    throw new ConfigurationError(
      `Input ${Inputs.Analysis} has Prometheus queries but ${Inputs.PrometheusUrl} is not set`,
    );
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${env.GITHUB_REPOSITORY ?? 'local'}/actions/runs/${env.GITHUB_RUN_ID}`
    : `local:${process.pid}`;
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const job = env.GITHUB_JOB ?? 'local';
  return {
    mode,
    manifests,
    namespace,
    images,
    releaseId,
    kubeconfig,
    smokeChecks: parseHttpChecks(Inputs.SmokeChecks, raw(Inputs.SmokeChecks, env)),
    analysis,
    prometheusUrl,
    prometheusAuthorization,
    serviceUrls,
    serviceAuthorization,
    secrets: [...new Set(secrets)],
    credentialExpiration: env.AWS_CREDENTIAL_EXPIRATION || undefined,
    scaleDownDelayMs: duration(Inputs.ScaleDownDelay, Defaults.ScaleDownDelay, env),
    scaleDown: oneOf(Inputs.ScaleDown, SCALE_DOWN, 'after-delay', env),
    abortScaleDownDelayMs: duration(Inputs.AbortScaleDownDelay, Defaults.AbortScaleDownDelay, env),
    lockTimeoutMs: duration(Inputs.LockTimeout, Defaults.LockTimeout, env),
    rolloutTimeoutMs: duration(Inputs.RolloutTimeout, Defaults.RolloutTimeout, env, { min: 1000 }),
    smokeTimeoutMs: duration(Inputs.SmokeTimeout, Defaults.SmokeTimeout, env, { min: 100 }),
    timeoutMs: duration(Inputs.Timeout, Defaults.Timeout, env, { min: 1000 }),
    dryRun: boolean(Inputs.DryRun, false, env),
    run: {
      holder: `${runUrl}/attempts/${attempt}/jobs/${job}#${randomBytes(6).toString('hex')}`,
      runUrl,
      attempt,
      job,
      commit: env.GITHUB_SHA ?? '',
      actor: env.GITHUB_ACTOR ?? '',
    },
  };
}

/**
 * The YAML parser, loaded on demand: main loads it only when a YAML input is
 * set, so the common bad-input paths never pay for it (start-up time).
 */
let parseYaml: ((text: string) => unknown) | undefined;
export async function loadYamlParser(): Promise<void> {
  parseYaml ??= (await import('yaml')).parse;
}

function yamlOf(name: string, text: string): unknown {
  if (!parseYaml) throw new Error('config: loadYamlParser() must run before YAML inputs are read');
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`Input ${name} is not valid YAML: ${(error as Error).message}`);
  }
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function allowOnly(name: string, where: string, item: Dict, keys: readonly string[]): void {
  for (const key of Object.keys(item)) {
    if (!keys.includes(key)) {
      throw new ConfigurationError(
        `Input ${name}: ${where} has unknown key "${key}" (allowed: ${keys.join(', ')})`,
      );
    }
  }
}

function durationField(name: string, where: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = parseDuration(String(value));
  if (ms === undefined) {
    throw new ConfigurationError(
      `Input ${name}: ${where} must be a duration such as 500ms, 5s or 1m; got "${value}"`,
    );
  }
  return ms;
}

function intField(
  name: string,
  where: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigurationError(
      `Input ${name}: ${where} must be a whole number from ${min} to ${max}; got "${value}"`,
    );
  }
  return n;
}

/**
 * 30 s: kube-proxy applies endpoint changes within ~1-2 s, an ingress
 * controller reloads within seconds, but a cloud load balancer registers new
 * targets only after its health checks pass (ALB default: 2 × 15 s).
 */
export const DEFAULT_INITIAL_DELAY_MS = 30_000;

function parseIdentity(name: string, value: unknown): Identity | undefined {
  if (value === undefined) return undefined;
  const where = 'identity';
  if (!isDict(value)) {
    throw new ConfigurationError(
      `Input ${name}: ${where} must be a mapping {header: X-Pod} or {field: pod}`,
    );
  }
  allowOnly(name, where, value, ['header', 'field', 'path']);
  const { header, field, path = '/' } = value;
  if ((header === undefined) === (field === undefined)) {
    throw new ConfigurationError(`Input ${name}: ${where} needs exactly one of header or field`);
  }
  for (const [key, v] of [
    ['header', header],
    ['field', field],
  ] as const) {
    if (v !== undefined && (typeof v !== 'string' || v === '')) {
      throw new ConfigurationError(`Input ${name}: ${where} ${key} must be a non-empty string`);
    }
  }
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new ConfigurationError(`Input ${name}: ${where} path must start with "/"`);
  }
  return { header: header as string | undefined, field: field as string | undefined, path };
}

const HTTP_KEYS = ['app', 'path', 'status', 'body', 'retries', 'timeout'] as const;

function httpCheck(name: string, where: string, item: unknown, pathKey = 'path'): HttpCheck {
  if (typeof item === 'string') item = { [pathKey]: item };
  if (!isDict(item)) throw new ConfigurationError(`Input ${name}: ${where} must be a mapping`);
  const path = item[pathKey];
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new ConfigurationError(
      `Input ${name}: ${where} needs ${pathKey}, a path starting with "/"; got ${JSON.stringify(path)}`,
    );
  }
  let body: RegExp | undefined;
  if (item.body !== undefined) {
    try {
      body = new RegExp(String(item.body));
    } catch {
      throw new ConfigurationError(
        `Input ${name}: ${where} body is not a valid regular expression`,
      );
    }
  }
  if (item.app !== undefined && typeof item.app !== 'string') {
    throw new ConfigurationError(`Input ${name}: ${where} app must be an app name`);
  }
  return {
    app: item.app as string | undefined,
    path,
    status: intField(name, `${where} status`, item.status, 200, 100, 599),
    body,
    retries: intField(name, `${where} retries`, item.retries, 3, 0, 100),
    timeoutMs: durationField(name, `${where} timeout`, item.timeout, 5000),
  };
}

/** smoke-checks: a YAML list of `{app?, path, status?, body?, retries?, timeout?}` or bare paths. */
export function parseHttpChecks(name: string, text: string): HttpCheck[] {
  if (!text) return [];
  const doc = yamlOf(name, text);
  const items = Array.isArray(doc) ? doc : [doc];
  return items.map((item, i) => {
    if (isDict(item)) allowOnly(name, `item ${i + 1}`, item, HTTP_KEYS);
    return httpCheck(name, `item ${i + 1}`, item);
  });
}

/**
 * analysis: `{interval, count, failure-limit, checks: [...]}` where each check is
 * `{http: /path, app?, status?, body?, retries?, timeout?}` (through the live
 * Service) or `{prometheus: <query>, name?, min?, max?}`.
 */
export function parseAnalysis(text: string): Analysis | undefined {
  const name = Inputs.Analysis;
  if (!text) return undefined;
  const doc = yamlOf(name, text);
  if (!isDict(doc)) throw new ConfigurationError(`Input ${name} must be a YAML mapping`);
  allowOnly(name, 'the mapping', doc, [
    'interval',
    'count',
    'failure-limit',
    'initial-delay',
    'min-samples',
    'identity',
    'checks',
  ]);
  const checks = doc.checks;
  if (!Array.isArray(checks) || checks.length === 0) {
    throw new ConfigurationError(`Input ${name} needs checks: a non-empty list`);
  }
  const http: HttpCheck[] = [];
  const prometheus: PrometheusCheck[] = [];
  checks.forEach((item: unknown, i) => {
    const where = `check ${i + 1}`;
    if (!isDict(item)) throw new ConfigurationError(`Input ${name}: ${where} must be a mapping`);
    if ('http' in item) {
      allowOnly(name, where, item, ['http', ...HTTP_KEYS.filter((k) => k !== 'path')]);
      http.push(httpCheck(name, where, item, 'http'));
    } else if ('prometheus' in item) {
      allowOnly(name, where, item, ['prometheus', 'name', 'min', 'max']);
      const bound = (key: 'min' | 'max') => {
        const v = item[key];
        if (v === undefined) return undefined;
        if (typeof v !== 'number') {
          throw new ConfigurationError(`Input ${name}: ${where} ${key} must be a number`);
        }
        return v;
      };
      const min = bound('min');
      const max = bound('max');
      if (min === undefined && max === undefined) {
        throw new ConfigurationError(`Input ${name}: ${where} needs a threshold: min and/or max`);
      }
      prometheus.push({
        name: typeof item.name === 'string' ? item.name : `query ${i + 1}`,
        query: String(item.prometheus),
        min,
        max,
      });
    } else {
      throw new ConfigurationError(`Input ${name}: ${where} must have http or prometheus`);
    }
  });
  const count = intField(name, 'count', doc.count, 5, 1, 1000);
  return {
    intervalMs: durationField(name, 'interval', doc.interval, 10_000),
    count,
    failureLimit: intField(name, 'failure-limit', doc['failure-limit'], 0, 0, count),
    initialDelayMs: durationField(
      name,
      'initial-delay',
      doc['initial-delay'],
      DEFAULT_INITIAL_DELAY_MS,
    ),
    minSamples: intField(name, 'min-samples', doc['min-samples'], count, 1, count),
    identity: parseIdentity(name, doc.identity),
    http,
    prometheus,
  };
}
