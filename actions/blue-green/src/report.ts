/** The timeline of phases (with durations) and the job summary built from it. */
import { formatElapsed } from '../../_shared/src/log';
import { endGroup, info, startGroup } from '../../_shared/src/runner';
import { table } from '../../_shared/src/summary';

/**
 * One output value for several apps: the colour when all agree (or all are
 * empty), else `app=colour` pairs in app order.
 */
export function perApp(
  pairs: readonly (readonly [app: string, value: string | undefined])[],
): string {
  const unique = [...new Set(pairs.map(([, v]) => v ?? ''))];
  if (unique.length <= 1) return unique[0] ?? '';
  return pairs.map(([app, v]) => `${app}=${v ?? ''}`).join(',');
}

export type PhaseEntry = {
  phase: string;
  startedAt: number;
  ms: number;
  status: 'ok' | 'failed' | 'skipped';
  note?: string;
};

export class Timeline {
  readonly entries: PhaseEntry[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  /** Runs one phase in a log group, recording its duration and outcome. */
  async phase<T>(name: string, fn: () => Promise<T>, note?: (value: T) => string): Promise<T> {
    startGroup(name);
    const startedAt = this.now();
    const entry: PhaseEntry = { phase: name, startedAt, ms: 0, status: 'ok' };
    this.entries.push(entry);
    try {
      const value = await fn();
      entry.note = note?.(value);
      return value;
    } catch (error) {
      entry.status = 'failed';
      entry.note = (error as Error)?.message?.split('\n')[0];
      throw error;
    } finally {
      entry.ms = this.now() - startedAt;
      info(`${name}: ${formatElapsed(entry.ms)}${entry.status === 'failed' ? ' (failed)' : ''}`);
      endGroup();
    }
  }

  skip(name: string, note: string): void {
    this.entries.push({ phase: name, startedAt: this.now(), ms: 0, status: 'skipped', note });
    info(`${name}: skipped (${note})`);
  }
}

export type PodRow = { app: string; color: string; pod: string; ready: boolean; image: string };

export type Outcome = {
  mode: string;
  noop: boolean;
  activeColor: string;
  previousColor: string;
  releaseId: string;
  rolledBack: boolean;
  switchedAt: string;
  error?: unknown;
};

const ICON = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;

export function renderSummary(
  outcome: Outcome,
  timeline: Timeline,
  pods: readonly PodRow[],
  namespace: string,
): string {
  const title = outcome.error
    ? outcome.rolledBack
      ? `❌ blue-green: release ${outcome.releaseId} failed and was rolled back to ${outcome.activeColor}`
      : `❌ blue-green: release ${outcome.releaseId} failed; live traffic on ${outcome.activeColor || 'nothing yet'}`
    : outcome.noop
      ? `✅ blue-green: release ${outcome.releaseId} is already live on ${outcome.activeColor} (no-op)`
      : outcome.mode === 'rollback'
        ? `✅ blue-green: rolled back to ${outcome.activeColor} (release ${outcome.releaseId})`
        : outcome.mode === 'finalize'
          ? `✅ blue-green: release ${outcome.releaseId} finalized on ${outcome.activeColor}; the old colour is scaled down`
          : `✅ blue-green: release ${outcome.releaseId} is live on ${outcome.activeColor}`;
  const parts = [`### ${title}`, `Namespace \`${namespace}\``];
  if (outcome.error) parts.push(`> ${(outcome.error as Error).message ?? String(outcome.error)}`);
  parts.push(
    '#### Timeline',
    table(
      ['', 'Phase', 'Duration', 'Detail'],
      timeline.entries.map((e) => [ICON[e.status], e.phase, formatElapsed(e.ms), e.note ?? '']),
    ),
  );
  if (pods.length > 0) {
    parts.push(
      '#### Pods behind each colour',
      table(
        ['App', 'Colour', 'Pod', 'Ready', 'Image'],
        pods.map((p) => [p.app, p.color, p.pod, p.ready ? 'yes' : 'no', p.image]),
      ),
    );
  }
  parts.push(
    table(
      ['Output', 'Value'],
      [
        ['active-color', outcome.activeColor],
        ['previous-color', outcome.previousColor],
        ['release-id', outcome.releaseId],
        ['rolled-back', String(outcome.rolledBack)],
        ['switched-at', outcome.switchedAt],
      ],
    ),
  );
  return `${parts.join('\n\n')}\n`;
}
