/**
 * The baseline: an earlier run's results file (e.g. last night's artifact,
 * downloaded into a directory). The newest results document of the same
 * profile found there (up to three levels deep) is the one compared against.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GroupResult } from './analysis';
import { RESULTS_SCHEMA } from './constants';
import { compareSamples, type RegressionEvidence } from './regression';
import type { ResultsDocument } from './results';

export type Baseline = { file: string; document: ResultsDocument };

function jsonFiles(dir: string, depth: number): string[] {
  if (depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsonFiles(path, depth - 1);
    return e.isFile() && e.name.endsWith('.json') && statSync(path).size < 64 << 20 ? [path] : [];
  });
}

export function findBaseline(path: string, profile: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  const candidates = statSync(path).isDirectory() ? jsonFiles(path, 3) : [path];
  let best: Baseline | undefined;
  for (const file of candidates) {
    let document: ResultsDocument;
    try {
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (document?.schema !== RESULTS_SCHEMA || document.profile !== profile) continue;
    if (!best || document.endedAt > best.document.endedAt) best = { file, document };
  }
  return best;
}

export type BaselineComparison = {
  /** The results file compared against, when one was found. */
  file: string | undefined;
  evidence: RegressionEvidence[];
  /** Why nothing was compared, when nothing was. */
  note: string | undefined;
};

/** Each service/scenario of this run against the same one in the baseline. */
export function compareWithBaseline(
  path: string,
  profile: string,
  results: GroupResult[],
  minEffect: number,
): BaselineComparison {
  const found = findBaseline(path, profile);
  if (!found) {
    return {
      file: undefined,
      evidence: [],
      note: `No ${profile} results in ${path}: nothing compared (the first run becomes the baseline).`,
    };
  }
  const evidence = results.flatMap((r) => {
    const before = found.document.services.find(
      (b) => b.service === r.service && b.scenario === r.scenario,
    );
    return before
      ? [
          compareSamples(r.service, before.samples, r.samples, {
            alpha: 0.01,
            minEffect,
            minSamples: 30,
          }),
        ]
      : [];
  });
  return {
    file: found.file,
    evidence,
    note: evidence.length ? undefined : `No service in ${found.file} matches this run.`,
  };
}
