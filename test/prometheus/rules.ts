/**
 * The project's alert rules as Prometheus itself loads them: the `spec` of
 * every PrometheusRule object in k8s/ (what the Prometheus Operator writes
 * into its rule files), as one rule file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PROJECT_RULES = join(REPO_ROOT, 'k8s', 'base', 'monitoring', 'prometheus-rules.yaml');

export type RuleGroup = {
  name: string;
  interval?: string;
  rules: { alert?: string; record?: string; expr: string; for?: string; [k: string]: unknown }[];
};

/** Groups of every PrometheusRule in a multi-document YAML text. */
export function ruleGroups(yamlText: string): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const doc of parseAllDocuments(yamlText)) {
    const obj = doc.toJS() as { kind?: string; spec?: { groups?: RuleGroup[] } } | null;
    if (obj?.kind === 'PrometheusRule') groups.push(...(obj.spec?.groups ?? []));
  }
  return groups;
}

export type RuleFileOptions = {
  /**
   * Replaces every rule's `for:` (tests cannot wait 5 minutes for an alert to
   * leave pending). The expressions themselves are never changed.
   */
  forOverride?: string;
};

/** A Prometheus rule file (`groups:`) from the project's PrometheusRule objects. */
export function ruleFile(
  yamlText = readFileSync(PROJECT_RULES, 'utf8'),
  options: RuleFileOptions = {},
): string {
  const groups = ruleGroups(yamlText).map((g) => ({
    ...g,
    rules: g.rules.map((r) =>
      options.forOverride !== undefined && r.alert ? { ...r, for: options.forOverride } : r,
    ),
  }));
  if (groups.length === 0) throw new Error('no PrometheusRule groups found');
  return stringify({ groups });
}

/** Every alert name the project defines. */
export function alertNames(yamlText = readFileSync(PROJECT_RULES, 'utf8')): string[] {
  return ruleGroups(yamlText).flatMap((g) => g.rules.flatMap((r) => (r.alert ? [r.alert] : [])));
}
