/** Policy findings as markdown, workflow annotations and SARIF 2.1.0 (GitHub code scanning). */
import { error, notice, warning } from '../../_shared/src/runner';
import { table } from '../../_shared/src/summary';
import { RULES, type Severity, type Violation } from './policy';

export function policyMarkdown(violations: readonly Violation[], mode: 'enforce' | 'warn'): string {
  if (violations.length === 0) return '**Policy:** passed (no violations).';
  const verdict =
    mode === 'enforce'
      ? `**Policy: denied** — ${violations.length} violation(s); the plan may not be applied.`
      : `**Policy: ${violations.length} violation(s)** (warn mode: not blocking).`;
  const rows = violations.map((v) => {
    const rule = RULES[v.ruleId]!;
    const refs = [...rule.checkov, ...rule.trivy].join(', ') || '—';
    return [v.ruleId, v.severity, v.address, v.message, refs];
  });
  return `${verdict}\n\n${table(['Rule', 'Severity', 'Resource', 'Finding', 'checkov / Trivy'], rows)}`;
}

export function annotate(violations: readonly Violation[], file: string | undefined): void {
  for (const v of violations) {
    const title = `${v.ruleId} ${RULES[v.ruleId]!.title}`;
    const props = { title, file };
    if (v.severity === 'critical' || v.severity === 'high') error(v.message, props);
    else if (v.severity === 'medium') warning(v.message, props);
    else notice(v.message, props);
  }
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

/**
 * SARIF 2.1.0 (OASIS), with the subset GitHub code scanning reads: tool.driver
 * rules with help and security-severity, results with a physical location.
 * Plans carry no line numbers, so results point at the root module's file.
 */
export function sarif(
  violations: readonly Violation[],
  artifactUri: string,
  version: string,
): Record<string, unknown> {
  const ruleIds = Object.keys(RULES);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'medimind-terraform-policy',
            informationUri: 'https://github.com/medimind/delivery',
            version,
            rules: ruleIds.map((id) => {
              const rule = RULES[id]!;
              return {
                id,
                name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
                shortDescription: { text: rule.title },
                fullDescription: {
                  text: `${rule.help}${rule.checkov.length || rule.trivy.length ? ` Equivalent: ${[...rule.checkov, ...rule.trivy].join(', ')}.` : ''}`,
                },
                help: { text: rule.help },
                defaultConfiguration: { level: LEVEL[rule.severity] },
                properties: {
                  'security-severity': SECURITY_SEVERITY[rule.severity],
                  tags: ['security', 'terraform'],
                },
              };
            }),
          },
        },
        results: violations.map((v) => ({
          ruleId: v.ruleId,
          ruleIndex: ruleIds.indexOf(v.ruleId),
          level: LEVEL[v.severity],
          message: { text: v.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri },
                region: { startLine: 1 },
              },
              logicalLocations: [{ name: v.address, kind: 'resource' }],
            },
          ],
          partialFingerprints: { resourceRule: `${v.ruleId}:${v.address}` },
        })),
      },
    ],
  };
}
