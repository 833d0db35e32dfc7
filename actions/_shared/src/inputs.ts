/**
 * Input parsers. Each reads `INPUT_<NAME>` exactly as the runner sets it and
 * throws a ConfigurationError that names the input and what is allowed.
 */
import { ConfigurationError } from './errors';
import type { Env } from './runner';

export function envName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The trimmed value, or '' when unset. */
export function raw(name: string, env: Env = process.env): string {
  return (env[envName(name)] ?? '').trim();
}

export function required(name: string, env: Env = process.env): string {
  const value = raw(name, env);
  if (!value) throw new ConfigurationError(`Input required and not supplied: ${name}`);
  return value;
}

export function optional(name: string, fallback = '', env: Env = process.env): string {
  return raw(name, env) || fallback;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Strict YAML 1.2 core-schema boolean, like @actions/core's getBooleanInput. */
export function boolean(name: string, fallback: boolean, env: Env = process.env): boolean {
  const value = raw(name, env);
  if (!value) return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ConfigurationError(`Input ${name} must be true or false, got "${value}"`);
}

export function oneOf<const T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
  env: Env = process.env,
): T {
  const value = raw(name, env);
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `Input ${name} must be one of ${allowed.join(', ')}; got "${value}"`,
  );
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `500ms`, `90s`, `10m`, `1h30m`, or a bare number of seconds, into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) return undefined;
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0));
}

export function duration(
  name: string,
  fallback: string,
  env: Env = process.env,
  limits: { min?: number; max?: number } = {},
): number {
  const text = raw(name, env) || fallback;
  const ms = parseDuration(text);
  if (ms === undefined) {
    throw new ConfigurationError(
      `Input ${name} must be a duration such as 90s, 10m or 1h30m (units ms, s, m, h); got "${text}"`,
    );
  }
  if (limits.min !== undefined && ms < limits.min) {
    throw new ConfigurationError(
      `Input ${name} must be at least ${formatDuration(limits.min)}; got "${text}"`,
    );
  }
  if (limits.max !== undefined && ms > limits.max) {
    throw new ConfigurationError(
      `Input ${name} must be at most ${formatDuration(limits.max)}; got "${text}"`,
    );
  }
  return ms;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

export function integer(
  name: string,
  fallback: number,
  env: Env = process.env,
  limits: { min?: number; max?: number } = {},
): number {
  const text = raw(name, env);
  if (!text) return fallback;
  const value = Number(text);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = limits;
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new ConfigurationError(
      `Input ${name} must be a whole number from ${min} to ${max}; got "${text}"`,
    );
  }
  return value;
}

/** Items separated by newlines or commas; blank items and `#` comment lines dropped. */
export function list(name: string, env: Env = process.env): string[] {
  return raw(name, env)
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One `key=value` per line (values may hold `=` and `,`); blank and `#` lines dropped. */
export function keyValues(name: string, env: Env = process.env): Map<string, string> {
  const result = new Map<string, string>();
  const items = raw(name, env)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  for (const item of items) {
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at).trim() : '';
    if (!key) {
      throw new ConfigurationError(`Input ${name} must hold key=value items; "${item}" has no key`);
    }
    if (result.has(key)) throw new ConfigurationError(`Input ${name} sets "${key}" twice`);
    result.set(key, item.slice(at + 1).trim());
  }
  return result;
}

/** Applies `check` to a value and turns its complaint into a ConfigurationError naming the input. */
export function validated<T>(name: string, value: T, check: (v: T) => string | undefined): T {
  const problem = check(value);
  if (problem) throw new ConfigurationError(`Input ${name} ${problem}`);
  return value;
}
