import type { EvidenceRecord } from '../../_shared/src/evidence';
import { codeBlock, details, table } from '../../_shared/src/summary';

const mark = (v: string) => (v === 'passed' ? `✅ ${v}` : v === 'not-run' ? `➖ ${v}` : `❌ ${v}`);

export function evidenceMarkdown(record: EvidenceRecord, text: string, s3Uri: string): string {
  const a = record.approval;
  const approval =
    a.state === 'none'
      ? 'no review required'
      : `${a.state} by ${a.reviewers.map((r) => `@${r.login}`).join(', ')}${a.approvedBefore ? ` (before ${a.approvedBefore})` : ''}`;
  const rows = [
    ['Verdict', mark(record.verdict)],
    ['Commit', record.commit],
    ['Actor', record.actor],
    ['Approval', approval],
    ['Terraform plan sha256', record.terraform.planSha256 ?? '(no plan)'],
    [
      'Blue-green',
      `${record.blueGreen.outcome}${record.blueGreen.activeColor ? `, serving ${record.blueGreen.activeColor}` : ''}`,
    ],
    ['Readiness', mark(record.readiness.verdict)],
    [`k6 ${record.k6.profile}`, mark(record.k6.verdict)],
    ['Stored', s3Uri || 'artifact only'],
  ];
  const images = record.images.map((i) => [i.name, i.digest ?? `(no digest) ${i.ref}`]);
  return [
    `### Release evidence: ${record.releaseId} → ${record.environment}`,
    table(['', ''], rows),
    images.length ? table(['Image', 'Digest'], images) : '',
    details('Record (JSON)', codeBlock(text.trimEnd(), 'json')),
    '',
  ]
    .filter((s) => s !== '')
    .join('\n\n');
}
