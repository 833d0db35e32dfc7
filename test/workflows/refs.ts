// Parsing of `uses:` values and `${{ }}` expressions, shared by the rules and
// the contract checks.
import { OWN_REPO } from './files';

export type UsesKind =
  /** `./path` inside the repository the workflow runs in. */
  | { kind: 'local'; path: string }
  /** This library: `medimind/delivery/<path>@<ref>`. */
  | { kind: 'own'; path: string; ref: string }
  /** Anything else from GitHub: `owner/repo[/path]@ref`. */
  | { kind: 'remote'; slug: string; repo: string; path: string; ref: string }
  | { kind: 'docker'; image: string }
  | { kind: 'invalid' };

export function classifyUses(raw: string): UsesKind {
  // GitHub accepts `uses: |` block scalars, whose value ends in a newline.
  const value = raw.trim();
  if (value.startsWith('./')) return { kind: 'local', path: value.slice(2).replace(/\/+$/, '') };
  if (value.startsWith('docker://'))
    return { kind: 'docker', image: value.slice('docker://'.length) };
  const m = /^([\w.-]+)\/([\w.-]+)((?:\/[^@\s]+)?)@([^@\s]+)$/.exec(value);
  if (!m) return { kind: 'invalid' };
  const [, owner, repo, subPath, ref] = m as unknown as [string, string, string, string, string];
  const path = subPath.replace(/^\//, '');
  if (`${owner}/${repo}`.toLowerCase() === OWN_REPO) return { kind: 'own', path, ref };
  return {
    kind: 'remote',
    slug: `${owner}/${repo}${subPath}`,
    repo: `${owner}/${repo}`,
    path,
    ref,
  };
}

/** The repository-relative directory of one of this library's actions, or undefined. */
export function ownActionDir(value: string): string | undefined {
  const u = classifyUses(value);
  const path = u.kind === 'own' || u.kind === 'local' ? u.path : undefined;
  return path && /^actions\/[\w.-]+$/.test(path) ? path : undefined;
}

export const FULL_SHA = /^[0-9a-f]{40}$/;
/** Refs allowed for this library's own actions and workflows: a release tag or a full SHA. */
export const OWN_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

/** Every `${{ ... }}` body in a string. */
export function expressions(text: string): string[] {
  const out: string[] = [];
  const re = /\$\{\{([\s\S]*?)\}\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? '');
  return out;
}

const CONTEXTS = new Set([
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
]);

/**
 * Context references in one expression body, as dotted paths with index
 * access normalised (`github.event['pull_request'].title` ->
 * `github.event.pull_request.title`). String literals are skipped.
 */
export function contextRefs(expression: string): string[] {
  const code = expression.replace(/\[\s*'([\w-]+)'\s*\]/g, '.$1').replace(/'(?:[^']|'')*'/g, "''");
  const out: string[] = [];
  const re =
    /(?<![\w.-])([A-Za-z_][\w]*)((?:\s*\.\s*[\w*-]+|\s*\[\s*(?:''|[^\]]*)\s*\])*)(\s*\()?/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const [, root, tail, call] = m;
    if (!root || call || !CONTEXTS.has(root)) continue;
    const parts = [root];
    const partRe = /\.\s*([\w*-]+)|\[\s*([^\]]*)\s*\]/g;
    for (let p = partRe.exec(tail ?? ''); p; p = partRe.exec(tail ?? '')) {
      parts.push(p[1] ?? '*');
    }
    out.push(parts.join('.'));
  }
  return out;
}

/** All context references in every `${{ }}` of a string. */
export function refsIn(text: string): string[] {
  return expressions(text).flatMap(contextRefs);
}
