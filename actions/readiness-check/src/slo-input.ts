/**
 * The slo-file input, read by the project's one SLO loader (actions/_shared/src/slo.ts).
 * Its line-numbered errors are the user's mistake in this input, so they name it.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import { loadSlo, type Slo, SloError } from '../../_shared/src/slo';
import { displayPath } from './config';
import { Inputs } from './constants';

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
