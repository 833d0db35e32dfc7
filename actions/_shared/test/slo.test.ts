import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { burnRateThreshold, loadSlo, parseSlo, SloError } from '../src/slo';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const REAL = join(ROOT, 'loadtests', 'slo.yaml');

function errorOf(text: string): SloError {
  try {
    parseSlo(text, 'slo.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(SloError);
    return e as SloError;
  }
  throw new Error('parsed without complaint');
}

/** The committed file with one line replaced. */
function edited(find: string, replace: string): string {
  const text = readFileSync(REAL, 'utf8');
  expect(text).toContain(find);
  return text.replace(find, replace);
}

describe('loadtests/slo.yaml', () => {
  it('holds the seed targets', () => {
    const slo = loadSlo(REAL);
    const by = new Map(slo.services.map((s) => [s.name, s]));
    expect(by.get('ml-pipeline')?.latencyMs.p95).toBe(200);
    expect(by.get('backend-api')?.latencyMs.p95).toBe(100);
    expect(by.get('backend-api')?.throughputRps).toBe(2000);
    expect(by.get('voice-analysis')?.latencyMs.p95).toBe(500);
    expect(by.get('ml-pipeline')?.maxVus).toBe(1000);
    expect(by.get('database-pool')?.baseUrlOf).toBe('backend-api');
    expect(slo.availability).toBe(0.999);
    expect(burnRateThreshold(slo)).toBe(0.0144);
    expect(slo.profiles.smoke?.durationMs).toBeLessThanOrEqual(60_000);
  });
});

describe('parseSlo errors name the file, the line and what is allowed', () => {
  it('a wrong type', () => {
    const e = errorOf(edited('      p95: 200', '      p95: fast'));
    expect(e.message).toMatch(
      /^slo\.yaml:\d+: services\.ml-pipeline\.latency-ms\.p95 must be a positive number of milliseconds; got "fast"$/,
    );
    const line = readFileSync(REAL, 'utf8').split('\n').indexOf('      p95: 200') + 1;
    expect(e.line).toBe(line);
    expect(e.reason).toBe('bad-input');
  });
  it('a misspelt key', () => {
    const e = errorOf(edited('    error-rate: 0.001 # failed', '    error_rate: 0.001 # failed'));
    expect(e.message).toMatch(
      /services\.ml-pipeline\.error_rate is not a known key \(allowed: .*error-rate/,
    );
  });
  it('an unknown profile, a bad duration, an error rate above 1', () => {
    expect(errorOf(edited('  soak:', '  spike:')).message).toMatch(
      /profiles\.spike is not a known key \(allowed: smoke, load, stress, soak\)/,
    );
    expect(errorOf(edited('duration: 30s', 'duration: soon')).message).toMatch(
      /profiles\.smoke\.duration must be a duration/,
    );
    expect(errorOf(edited('error-rate: 0.001 # failed', 'error-rate: 5')).message).toMatch(
      /error-rate must be a ratio between 0 and 1/,
    );
  });
  it('a missing required key, a dangling base-url-of, broken YAML', () => {
    expect(
      errorOf('version: 1\navailability: 0.999\nprofiles: {smoke: {duration: 1s, rate: 1}}\n')
        .message,
    ).toMatch(/services is required/);
    expect(errorOf(edited('base-url-of: backend-api', 'base-url-of: nowhere')).message).toMatch(
      /base-url-of names "nowhere"/,
    );
    expect(errorOf('version: 1\nservices: [\n').message).toMatch(/^slo\.yaml:\d+: not valid YAML/);
    expect(errorOf('version: 2\n').message).toMatch(/slo\.yaml:1: slo\.version must be 1/);
  });
  it('a missing file', () => {
    expect(() => loadSlo('/nonexistent/slo.yaml', 'loadtests/slo.yaml')).toThrow(
      'loadtests/slo.yaml: file not found',
    );
  });
});
