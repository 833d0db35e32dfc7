/**
 * loadtests/slo.yaml: the service-level objectives every check reads (k6
 * thresholds, readiness, the alert and analysis consistency tests). One typed
 * loader, strict: an unknown key or a wrong type is a ConfigurationError that
 * names the file, the line and what is allowed, so a typo never silently drops
 * an objective. The schema is documented in loadtests/README.md.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { ConfigurationError } from './errors';
import { parseDuration } from './inputs';

export const SLO_SCHEMA_VERSION = 1;
export const DEFAULT_SLO_FILE = 'loadtests/slo.yaml';
export const PROFILES = ['smoke', 'load', 'stress', 'soak'] as const;
export type Profile = (typeof PROFILES)[number];
export const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;
export type Percentile = (typeof PERCENTILES)[number];

export type ServiceSlo = {
  name: string;
  description: string;
  /** The Kubernetes `app` label serving it. */
  app: string;
  /** The Prometheus latency histogram (without `_bucket`), when the app exports one. */
  metric?: string;
  /** Latency targets in milliseconds: the percentile must stay below it. */
  latencyMs: Partial<Record<Percentile, number>>;
  /** Highest allowed failed-request ratio, 0..1. */
  errorRate: number;
  /** Requests per second the service must sustain at `rate: 1`. */
  throughputRps?: number;
  /** Virtual users at `rate: 1` (closed-model services such as ML inference). */
  maxVus?: number;
  /** Service whose base URL this one uses (several SLOs on one Service). */
  baseUrlOf: string;
};

export type ProfileSpec = { durationMs: number; rate: number };

export type Slo = {
  version: typeof SLO_SCHEMA_VERSION;
  availability: number;
  burnRate: number;
  services: ServiceSlo[];
  profiles: Partial<Record<Profile, ProfileSpec>>;
};

export class SloError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`, 'bad-input');
  }
}

export function loadSlo(path: string, displayName = path): Slo {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SloError(
      displayName,
      undefined,
      code === 'ENOENT' ? 'file not found' : String(error),
    );
  }
  return parseSlo(text, displayName);
}

export function parseSlo(text: string, file = DEFAULT_SLO_FILE): Slo {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (node: Node | null | undefined, problem: string): never => {
    const offset = node?.range?.[0];
    throw new SloError(
      file,
      offset === undefined ? undefined : lines.linePos(offset).line,
      problem,
    );
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new SloError(
      file,
      lines.linePos(firstError.pos[0]).line,
      `not valid YAML: ${firstError.message.split('\n')[0]}`,
    );
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'must be a mapping with version, services and profiles');

  const mapping = (parent: YAMLMap, key: string, path: string, required: boolean) => {
    const node = parent.get(key, true) as Node | undefined;
    if (node === undefined) {
      if (required) fail(parent, `${path} is required`);
      return undefined;
    }
    if (!isMap(node)) return fail(node, `${path} must be a mapping`);
    return node;
  };
  const onlyKeys = (map: YAMLMap, allowed: readonly string[], path: string) => {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) {
        fail(
          pair.key as Node,
          `${path}${key ? `.${key}` : ''} is not a known key (allowed: ${allowed.join(', ')})`,
        );
      }
    }
  };
  const scalar = (map: YAMLMap, key: string) => map.get(key, true) as Node | undefined;
  const number = (
    map: YAMLMap,
    key: string,
    path: string,
    check: (n: number) => boolean,
    allowed: string,
    required: boolean,
  ): number | undefined => {
    const node = scalar(map, key);
    if (node === undefined) {
      if (required) fail(map, `${path}.${key} is required (${allowed})`);
      return undefined;
    }
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) {
      fail(
        node,
        `${path}.${key} must be ${allowed}; got ${JSON.stringify(isScalar(node) ? node.value : node.toJSON())}`,
      );
    }
    return value as number;
  };
  const string = (
    map: YAMLMap,
    key: string,
    path: string,
    required: boolean,
  ): string | undefined => {
    const node = scalar(map, key);
    if (node === undefined) {
      if (required) fail(map, `${path}.${key} is required`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.trim()) {
      fail(node, `${path}.${key} must be a non-empty string`);
    }
    return String((node as { value: string }).value).trim();
  };
  const positive = (n: number) => n > 0;
  const ratio = (n: number) => n > 0 && n < 1;

  onlyKeys(root, ['version', 'availability', 'alerting', 'services', 'profiles'], 'slo');
  number(root, 'version', 'slo', (n) => n === SLO_SCHEMA_VERSION, `${SLO_SCHEMA_VERSION}`, true);
  const availability = number(
    root,
    'availability',
    'slo',
    ratio,
    'a ratio between 0 and 1 such as 0.999',
    true,
  ) as number;
  let burnRate = 1;
  const alerting = mapping(root, 'alerting', 'alerting', false);
  if (alerting) {
    onlyKeys(alerting, ['burn-rate'], 'alerting');
    burnRate = number(
      alerting,
      'burn-rate',
      'alerting',
      positive,
      'a positive number',
      true,
    ) as number;
  }

  const servicesNode = mapping(root, 'services', 'services', true) as YAMLMap;
  if (servicesNode.items.length === 0)
    fail(servicesNode, 'services must list at least one service');
  const services: ServiceSlo[] = [];
  for (const pair of servicesNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      fail(pair.key as Node, `service name "${name}" must be lower-case kebab-case`);
    }
    const path = `services.${name}`;
    const node = pair.value as Node;
    if (!isMap(node)) fail(node ?? servicesNode, `${path} must be a mapping`);
    const svc = node as YAMLMap;
    onlyKeys(
      svc,
      [
        'description',
        'app',
        'metric',
        'latency-ms',
        'error-rate',
        'throughput-rps',
        'max-vus',
        'base-url-of',
      ],
      path,
    );
    const latencyNode = mapping(svc, 'latency-ms', `${path}.latency-ms`, true) as YAMLMap;
    onlyKeys(latencyNode, PERCENTILES, `${path}.latency-ms`);
    const latencyMs: Partial<Record<Percentile, number>> = {};
    for (const p of PERCENTILES) {
      const v = number(
        latencyNode,
        p,
        `${path}.latency-ms`,
        positive,
        'a positive number of milliseconds',
        false,
      );
      if (v !== undefined) latencyMs[p] = v;
    }
    if (Object.keys(latencyMs).length === 0) {
      fail(latencyNode, `${path}.latency-ms must set at least one of ${PERCENTILES.join(', ')}`);
    }
    services.push({
      name,
      description: string(svc, 'description', path, false) ?? name,
      app: string(svc, 'app', path, true) as string,
      metric: string(svc, 'metric', path, false),
      latencyMs,
      errorRate: number(
        svc,
        'error-rate',
        path,
        ratio,
        'a ratio between 0 and 1 such as 0.001',
        true,
      ) as number,
      throughputRps: number(
        svc,
        'throughput-rps',
        path,
        positive,
        'a positive number of requests per second',
        false,
      ),
      maxVus: number(
        svc,
        'max-vus',
        path,
        (n) => Number.isInteger(n) && n > 0,
        'a positive whole number',
        false,
      ),
      baseUrlOf: string(svc, 'base-url-of', path, false) ?? name,
    });
  }
  for (const s of services) {
    if (!services.some((o) => o.name === s.baseUrlOf && o.baseUrlOf === o.name)) {
      fail(
        (servicesNode.get(s.name, true) as unknown as YAMLMap).get('base-url-of', true) as Node,
        `services.${s.name}.base-url-of names "${s.baseUrlOf}", which is not a service with its own base URL`,
      );
    }
  }

  const profilesNode = mapping(root, 'profiles', 'profiles', true) as YAMLMap;
  onlyKeys(profilesNode, PROFILES, 'profiles');
  const profiles: Partial<Record<Profile, ProfileSpec>> = {};
  for (const name of PROFILES) {
    const p = mapping(profilesNode, name, `profiles.${name}`, name === 'smoke');
    if (!p) continue;
    onlyKeys(p, ['duration', 'rate'], `profiles.${name}`);
    const durationNode = scalar(p, 'duration');
    const durationText = isScalar(durationNode) ? String(durationNode.value) : '';
    const durationMs = parseDuration(durationText);
    if (!durationMs) {
      fail(
        durationNode ?? p,
        `profiles.${name}.duration must be a duration such as 30s, 10m or 2h; got "${durationText}"`,
      );
    }
    profiles[name] = {
      durationMs: durationMs as number,
      rate: number(
        p,
        'rate',
        `profiles.${name}`,
        positive,
        'a positive multiple of the targets such as 0.01 or 1',
        true,
      ) as number,
    };
  }
  return { version: SLO_SCHEMA_VERSION, availability, burnRate, services, profiles };
}

/** The availability alert's threshold: the error rate that burns the budget at `burnRate`. */
export function burnRateThreshold(slo: Slo): number {
  return Number((slo.burnRate * (1 - slo.availability)).toPrecision(6));
}
