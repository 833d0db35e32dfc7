/**
 * Job summary: plain markdown built here, written through @actions/core's
 * summary (imported only when a summary is written, to keep start-up fast).
 */
import { debug } from './runner';

export function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function details(summaryText: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryText}</summary>\n\n${body}\n\n</details>`;
}

export function codeBlock(body: string, language = ''): string {
  const fence = body.includes('```') ? '~~~~' : '```';
  return `${fence}${language}\n${body}\n${fence}`;
}

/** Appends markdown to the job summary; a no-op outside the runner. */
export async function writeSummary(
  markdown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    debug('GITHUB_STEP_SUMMARY is not set; skipping the job summary');
    return;
  }
  const { summary } = await import('@actions/core');
  await summary.addRaw(markdown, true).write();
}
