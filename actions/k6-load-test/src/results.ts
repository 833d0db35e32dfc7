/** The results file: one schema-versioned JSON document per run (the baseline of the next). */
import type { ResultsDocument } from '../../_shared/src/k6-results';

export type { ResultsDocument } from '../../_shared/src/k6-results';

/** JSON with NaN/Infinity written as null (JSON has neither). */
export function toJson(doc: ResultsDocument): string {
  return `${JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
