/**
 * The k6-results input: k6-load-test's results.json (schema
 * medimind.k6-results/v1, typed in actions/_shared/src/k6-results.ts). Read
 * once, checked for the fields the performance category judges, so a wrong
 * file is one bad-input error naming the input rather than a check that
 * cannot evaluate.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../_shared/src/errors';
import { RESULTS_SCHEMA, type ResultsDocument } from '../../_shared/src/k6-results';
import { displayPath } from './config';
import { Inputs } from './constants';

export function readK6Results(path: string, cwd: string): { file: string; doc: ResultsDocument } {
  const file = displayPath(path, cwd);
  const bad = (problem: string): never => {
    throw new ConfigurationError(
      `Input ${Inputs.K6Results}: ${file}: ${problem} (expected k6-load-test's results.json, schema ${RESULTS_SCHEMA})`,
      'bad-input',
    );
  };
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    bad(code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : String(code));
  }
  let doc: Partial<ResultsDocument> | undefined;
  try {
    doc = JSON.parse(text);
  } catch {
    bad('not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return bad('not a JSON object');
  if (doc.schema !== RESULTS_SCHEMA) {
    bad(`schema is ${JSON.stringify(doc.schema ?? null)}`);
  }
  if (typeof doc.profile !== 'string') bad('profile is missing');
  if (
    !Array.isArray(doc.services) ||
    !doc.services.every(
      (s) => typeof s?.service === 'string' && typeof s.latencyMs === 'object' && s.latencyMs,
    )
  ) {
    bad('services must list results with service and latencyMs');
  }
  return { file, doc: doc as ResultsDocument };
}
