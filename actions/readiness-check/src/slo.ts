/**
 * The SLOs readiness evaluates, behind one small interface. loadtests/slo.yaml
 * is the project's single source of SLOs; until the shared typed loader
 * (actions/_shared/src/slo.ts) lands, this reads the few fields readiness
 * needs, tolerating any others:
 *
 *   availability: 99.9%
 *   services:
 *     backend-api:  { latency: { p95: 100ms }, error-rate: 1%, throughput: 2000/s }
 *     ml-pipeline:  { latency: { p95: 200ms } }
 *     voice-analysis: { latency: { p95: 500ms } }
 *
 * Swapping in the shared loader means changing loadSlos() only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigurationError } from '../../_shared/src/errors';
import { parseDuration } from '../../_shared/src/inputs';
import { Inputs } from './constants';

export type LatencyTarget = { quantile: number; maxMs: number };

export type ServiceSlo = {
  name: string;
  latency: LatencyTarget[];
  /** Largest acceptable fraction of 5xx answers (0..1). */
  errorRate?: number;
  throughputRps?: number;
};

export type Slos = { file: string; availability?: number; services: ServiceSlo[] };

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(file: string, where: string, problem: string): never {
  throw new ConfigurationError(
    `Input ${Inputs.SloFile}: ${file}: ${where} ${problem}`,
    'bad-input',
  );
}

/** 99.9% or 0.999 -> 0.999 */
function fraction(file: string, where: string, v: unknown): number {
  const text = String(v).trim();
  const n = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    bad(file, where, `must be a percentage or a fraction; got "${text}"`);
  return n;
}

function millis(file: string, where: string, v: unknown): number {
  const ms = typeof v === 'number' ? v : parseDuration(String(v));
  if (ms === undefined || ms <= 0) bad(file, where, `must be a duration such as 200ms; got "${v}"`);
  return ms;
}

export function parseSlos(text: string, file: string): Slos {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    bad(file, 'the file', `is not valid YAML: ${(error as Error).message}`);
  }
  if (!isDict(doc) || !isDict(doc.services)) bad(file, 'the file', 'needs a `services:` mapping');
  const services: ServiceSlo[] = Object.entries(doc.services).map(([name, spec]) => {
    if (!isDict(spec)) bad(file, `services.${name}`, 'must be a mapping');
    const latency: LatencyTarget[] = [];
    if (spec.latency !== undefined) {
      if (!isDict(spec.latency))
        bad(file, `services.${name}.latency`, 'must map p50/p95/p99 to durations');
      for (const [key, value] of Object.entries(spec.latency)) {
        const m = /^p(\d{1,2}(?:\.\d+)?)$/.exec(key);
        if (!m) bad(file, `services.${name}.latency.${key}`, 'must be a percentile such as p95');
        latency.push({
          quantile: Number(m[1]) / 100,
          maxMs: millis(file, `services.${name}.latency.${key}`, value),
        });
      }
    }
    const errorRate = spec['error-rate'] ?? spec.errorRate;
    const throughput = spec.throughput;
    let throughputRps: number | undefined;
    if (throughput !== undefined) {
      throughputRps = Number(String(throughput).replace(/\s*(req)?\/s$/, ''));
      if (!Number.isFinite(throughputRps) || throughputRps <= 0) {
        bad(
          file,
          `services.${name}.throughput`,
          `must be requests per second such as 2000/s; got "${throughput}"`,
        );
      }
    }
    return {
      name,
      latency,
      errorRate:
        errorRate === undefined
          ? undefined
          : fraction(file, `services.${name}.error-rate`, errorRate),
      throughputRps,
    };
  });
  return {
    file,
    availability:
      doc.availability === undefined ? undefined : fraction(file, 'availability', doc.availability),
    services,
  };
}

export function loadSlos(file: string): Slos {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `Input ${Inputs.SloFile}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'bad-input',
    );
  }
  return parseSlos(text, file);
}
