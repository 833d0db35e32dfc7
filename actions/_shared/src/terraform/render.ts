/**
 * Markdown for a plan summary: the job summary (grouped, collapsible) and the
 * PR comment, at three levels of detail so a huge plan still fits where it goes.
 */
import { details, table } from '../summary';
import type { ChangeKind } from './plan';
import type { PlanSummary, ResourceSummary } from './summary';

export type Detail = 'full' | 'table' | 'counts';

/** Above this many resource changes, renderings list resources without attribute tables. */
export const FULL_DETAIL_MAX = 1000;

export type RenderOptions = {
  title: string;
  detail?: Detail;
  /** Sections added after the counts (e.g. the policy verdict). */
  sections?: string[];
  /** Where the full rendering lives, when this one is shortened. */
  fullVersionUrl?: string;
  /** Drift plans are worded as drift, not as changes. */
  mode?: 'plan' | 'drift' | 'apply';
  /** Cap on resources listed at `table` detail. */
  maxTableRows?: number;
};

const SYMBOL: Record<ChangeKind, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
  read: '<=',
  'no-op': ' ',
};

function symbol(r: ResourceSummary): string {
  if (r.replaceOrder === 'create-then-delete') return '+/-';
  return SYMBOL[r.kind];
}

function kindLabel(r: ResourceSummary): string {
  const parts: string[] = [];
  if (r.kind === 'replace') {
    parts.push(
      r.replaceOrder === 'create-then-delete'
        ? 'replace (create before destroy)'
        : 'replace (destroy then create)',
    );
  } else if (r.kind !== 'no-op') parts.push(r.kind);
  if (r.previousAddress) parts.push(`moved from ${r.previousAddress}`);
  if (r.importId !== undefined) parts.push(`import ${r.importId}`);
  if (r.deposed) parts.push(`deposed ${r.deposed}`);
  return parts.join(', ') || 'no-op';
}

export function headline(s: PlanSummary, mode: RenderOptions['mode'] = 'plan'): string {
  const c = s.counts;
  if (mode === 'drift') {
    return s.drift.length === 0
      ? 'No drift detected.'
      : `Drift detected: ${s.drift.length} resource(s) changed outside Terraform.`;
  }
  if (!s.hasChanges) return 'No changes. Infrastructure matches the configuration.';
  const extras = [
    c.import ? `${c.import} to import` : '',
    c.move ? `${c.move} moved` : '',
    c.read ? `${c.read} to read` : '',
  ].filter(Boolean);
  return `Plan: ${c.create} to add, ${c.update} to change, ${c.replace} to replace, ${c.delete} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}

export function countsTable(s: PlanSummary): string {
  const c = s.counts;
  return table(
    ['Create', 'Update', 'Replace', 'Delete', 'Read', 'Import', 'Move', 'Drift', 'Outputs'],
    [
      [
        c.create,
        c.update,
        c.replace,
        c.delete,
        c.read,
        c.import,
        c.move,
        s.drift.length,
        s.outputs.length,
      ].map(String),
    ],
  );
}

function statusLine(s: PlanSummary): string {
  const flag = (ok: boolean) => (ok ? 'yes' : '**no**');
  return `Applyable: ${flag(s.applyable)} · Complete: ${flag(s.complete)} · Errored: ${s.errored ? '**yes**' : 'no'}${s.terraformVersion ? ` · Terraform ${s.terraformVersion}` : ''}`;
}

function resourceBlock(r: ResourceSummary): string {
  const head = `<code>${symbol(r)} ${escapeHtml(r.address)}</code> — ${escapeHtml(kindLabel(r))}${r.reason ? ` (${r.reason})` : ''}`;
  if (r.attributes.length === 0) return `- ${head}`;
  const rows = r.attributes.map((a) => [
    `${code(a.path)}${a.forcesReplacement ? ' (forces replacement)' : ''}`,
    code(a.before ?? ''),
    code(a.after ?? ''),
  ]);
  const more = r.attributesOmitted ? `\n\n…and ${r.attributesOmitted} more attribute(s).` : '';
  return `- ${head}\n\n${indent(table(['Attribute', 'Before', 'After'], rows))}${more ? indent(more) : ''}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

function code(value: string): string {
  if (!value) return '';
  return `\`${value.replace(/`/g, "'")}\``;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function changesTable(list: ResourceSummary[], max: number): string {
  const rows = list.slice(0, max).map((r) => [symbol(r), r.address, kindLabel(r), r.reason ?? '']);
  const more = list.length > max ? `\n\n…and ${list.length - max} more.` : '';
  return `${table(['', 'Address', 'Action', 'Reason'], rows)}${more}`;
}

export function renderPlan(s: PlanSummary, options: RenderOptions): string {
  const detail = options.detail ?? 'full';
  const maxRows = options.maxTableRows ?? 1000;
  const parts: string[] = [`### ${options.title}`, '', `**${headline(s, options.mode)}**`, ''];
  parts.push(countsTable(s), '', statusLine(s));
  if (s.failedChecks.length) {
    const rows = s.failedChecks.map((c) => [c.address, c.status, c.problems.join('; ')]);
    parts.push('', '**Failed checks**', '', table(['Check', 'Status', 'Problems'], rows));
  }
  for (const section of options.sections ?? []) parts.push('', section);
  if (detail !== 'counts') {
    const byKind = (list: ResourceSummary[]) =>
      detail === 'full' ? list.map(resourceBlock).join('\n') : changesTable(list, maxRows);
    if (s.changes.length) {
      parts.push(
        '',
        details(
          `Resource changes (${s.changes.length})`,
          byKind(s.changes),
          detail === 'full' && s.changes.length <= 20,
        ),
      );
    }
    if (s.drift.length) {
      parts.push(
        '',
        details(
          `Changes outside Terraform (${s.drift.length})`,
          byKind(s.drift),
          options.mode === 'drift',
        ),
      );
    }
    if (s.outputs.length) {
      const rows = s.outputs.map((o) => [
        o.name,
        o.kind,
        o.before === undefined ? '' : o.sensitive ? '(sensitive)' : code(o.before),
        o.after === undefined ? '' : o.sensitive ? '(sensitive)' : code(o.after),
      ]);
      parts.push(
        '',
        details(
          `Output changes (${s.outputs.length})`,
          table(['Output', 'Action', 'Before', 'After'], rows),
        ),
      );
    }
  }
  if (options.fullVersionUrl) {
    parts.push('', `The full plan is in the [job summary](${options.fullVersionUrl}).`);
  }
  return `${parts.join('\n')}\n`;
}

/** The richest rendering that fits in `maxChars` (GitHub comments hold 65,536). */
export function renderWithin(
  s: PlanSummary,
  options: RenderOptions,
  maxChars: number,
): { markdown: string; detail: Detail } {
  // Past FULL_DETAIL_MAX changes, attribute tables are unreviewable (and slow): start at the table.
  const levels =
    s.changes.length + s.drift.length > FULL_DETAIL_MAX
      ? (['table', 'counts'] as const)
      : (['full', 'table', 'counts'] as const);
  for (const detail of levels) {
    const markdown = renderPlan(s, {
      ...options,
      detail,
      fullVersionUrl: detail === 'full' ? undefined : options.fullVersionUrl,
    });
    if (markdown.length <= maxChars) return { markdown, detail };
  }
  const markdown = renderPlan(s, { ...options, detail: 'counts', sections: [] });
  return { markdown: markdown.slice(0, maxChars), detail: 'counts' };
}
