import { endGroup, info, startGroup } from './runner';

/** Runs one phase inside a collapsible log group and reports how long it took. */
export async function group<T>(
  name: string,
  fn: () => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  startGroup(name);
  const started = now();
  try {
    return await fn();
  } finally {
    info(`${name}: ${formatElapsed(now() - started)}`);
    endGroup();
  }
}

export function formatElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
