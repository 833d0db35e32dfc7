/**
 * The slo-file input, read by the project's one SLO loader (actions/_shared/src/slo.ts).
 * Its line-numbered errors are the user's mistake in this input, so they name it.
 */
import { relative } from 'node:path';
import { ConfigurationError } from '../../_shared/src/errors';
import { loadSlo, type Slo, SloError } from '../../_shared/src/slo';
import { Inputs } from './constants';

/** The path as the user knows it: relative to the workspace when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function readSloInput(path: string, cwd: string): { slo: Slo; file: string } {
  const file = displayPath(path, cwd);
  try {
    return { slo: loadSlo(path, file), file };
  } catch (error) {
    if (error instanceof SloError)
      throw new ConfigurationError(`Input ${Inputs.SloFile}: ${error.message}`, 'bad-input');
    throw error;
  }
}
