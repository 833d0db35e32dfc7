/**
 * Hides sensitive values in plan JSON: whatever terraform marks in
 * before_sensitive/after_sensitive, plus the user's `redact` rules for values a
 * provider does not mark. Every hidden string is remembered so it can be masked
 * in the log (setSecret) before anything prints it.
 */
import { ConfigurationError } from '../errors';
import type { Sensitivity } from './plan';

export const HIDDEN = '(sensitive)';

export type RedactRule =
  | { kind: 'path'; text: string; segments: string[] }
  | { kind: 'regex'; text: string; regex: RegExp };

/**
 * `input.token` or `password`: an attribute path (dot-separated, `*` matches
 * one segment) matched against the end of each attribute's path.
 * `/AKIA[0-9A-Z]{16}/`: a regular expression matched against each attribute's
 * dotted path and each string value.
 */
export function parseRedactRules(items: readonly string[], inputName = 'redact'): RedactRule[] {
  return items.map((text) => {
    const regexMatch = /^\/(.+)\/([imsu]*)$/.exec(text);
    if (regexMatch) {
      try {
        return { kind: 'regex', text, regex: new RegExp(regexMatch[1]!, regexMatch[2]) };
      } catch (error) {
        throw new ConfigurationError(
          `Input ${inputName} has an invalid regular expression ${text}: ${(error as Error).message}`,
        );
      }
    }
    const segments = text.split('.');
    if (segments.some((s) => s === '')) {
      throw new ConfigurationError(
        `Input ${inputName} must hold attribute paths such as input.token or /regex/; got "${text}"`,
      );
    }
    return { kind: 'path', text, segments };
  });
}

type Path = readonly (string | number)[];

/** Whether a before_sensitive/after_sensitive structure marks any value at all. */
function marksAnything(sensitive: Sensitivity | undefined): boolean {
  if (sensitive === true) return true;
  if (!sensitive) return false;
  if (Array.isArray(sensitive)) return sensitive.some(marksAnything);
  for (const key in sensitive) if (marksAnything(sensitive[key])) return true;
  return false;
}

function pathMatches(rule: RedactRule, path: Path): boolean {
  if (rule.kind === 'regex') return path.length > 0 && rule.regex.test(path.join('.'));
  const { segments } = rule;
  if (segments.length > path.length) return false;
  const offset = path.length - segments.length;
  return segments.every((s, i) => s === '*' || s === String(path[offset + i]));
}

export class Redactor {
  /** Every string value hidden so far (to be masked). */
  readonly hidden = new Set<string>();
  private readonly pathRules: RedactRule[];
  private readonly valueRules: RegExp[];

  constructor(readonly rules: readonly RedactRule[] = []) {
    this.pathRules = [...rules];
    this.valueRules = rules.flatMap((r) => (r.kind === 'regex' ? [r.regex] : []));
  }

  /**
   * `value` with sensitive or redacted parts replaced by HIDDEN. Copies only
   * what it changes: with no rules and nothing marked, the value is returned as is.
   */
  sanitize(value: unknown, sensitive?: Sensitivity, path: Path = []): unknown {
    if (sensitive === true) return this.hide(value);
    if (this.rules.length === 0 && !marksAnything(sensitive)) return value;
    if (this.pathRules.length && this.pathRules.some((r) => pathMatches(r, path))) {
      return this.hide(value);
    }
    if (Array.isArray(value)) {
      const marks = Array.isArray(sensitive) ? sensitive : undefined;
      return value.map((item, i) => this.sanitize(item, marks?.[i], [...path, i]));
    }
    if (value && typeof value === 'object') {
      const marks =
        sensitive && typeof sensitive === 'object' && !Array.isArray(sensitive)
          ? sensitive
          : undefined;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        out[key] = this.sanitize(item, marks?.[key], [...path, key]);
      }
      return out;
    }
    if (typeof value === 'string' && this.valueRules.some((r) => r.test(value))) {
      return this.hide(value);
    }
    return value;
  }

  /** Hides a value without looking inside: for `variables`, whose values we never render. */
  hide(value: unknown): string | null {
    if (value === null || value === undefined) return value === null ? null : HIDDEN;
    this.collect(value);
    return HIDDEN;
  }

  private collect(value: unknown): void {
    if (typeof value === 'string') {
      // Masking a 1–2 character value would blank every log line that holds it.
      if (value.length >= 3) this.hidden.add(value);
    } else if (typeof value === 'number' && String(value).length >= 3) {
      this.hidden.add(String(value));
    } else if (Array.isArray(value)) {
      for (const item of value) this.collect(item);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) this.collect(item);
    }
  }
}
