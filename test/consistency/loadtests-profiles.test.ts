// The load shapes loadtests/lib/slo.ts derives from slo.yaml for each profile:
// what the issue asks of each (smoke small and short, load at the seed's
// targets, stress past them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type SloDoc, scenarioFor } from '../../loadtests/lib/slo';

const doc = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'loadtests', 'slo.yaml'), 'utf8'),
) as SloDoc;
type Shape = {
  executor: string;
  rate?: number;
  duration?: string;
  stages?: { target: number; duration: string }[];
  tags: Record<string, string>;
};
const shape = (service: string, profile: string) =>
  scenarioFor(doc, service, profile) as unknown as Shape;
const seconds = (stages: { duration: string }[]) =>
  stages.reduce((s, x) => s + Number.parseInt(x.duration, 10), 0);

describe('load shapes per profile', () => {
  it('load: the API at 2,000 req/s (open model), ML ramping to 1,000 VUs', () => {
    expect(shape('backend-api', 'load')).toMatchObject({
      executor: 'constant-arrival-rate',
      rate: 2000,
      duration: '10m',
      tags: { service: 'backend-api', profile: 'load' },
    });
    const ml = shape('ml-pipeline', 'load');
    expect(ml.executor).toBe('ramping-vus');
    expect(Math.max(...ml.stages!.map((s) => s.target))).toBe(1000);
  });

  it('smoke: within 60 s, at 1 % of the targets', () => {
    expect(shape('backend-api', 'smoke')).toMatchObject({ rate: 20, duration: '30s' });
    const ml = shape('ml-pipeline', 'smoke');
    expect(seconds(ml.stages!)).toBeLessThanOrEqual(60);
    expect(Math.max(...ml.stages!.map((s) => s.target))).toBe(10);
  });

  it('stress: ramps the arrival rate from 0.25x to 2x the target in rising steps', () => {
    const s = shape('backend-api', 'stress');
    expect(s.executor).toBe('ramping-arrival-rate');
    const targets = s.stages!.map((x) => x.target);
    expect(targets[0]).toBe(500);
    expect(Math.max(...targets)).toBe(4000);
    expect(targets).toEqual([...targets].sort((a, b) => a - b));
    expect(seconds(s.stages!)).toBeLessThanOrEqual(12 * 60);
  });

  it('an unknown profile or service is a clear error', () => {
    expect(() => scenarioFor(doc, 'backend-api', 'spike')).toThrow(
      'slo.yaml has no profile "spike" (has: smoke, load, stress, soak)',
    );
    expect(() => scenarioFor(doc, 'frontend', 'load')).toThrow(
      'slo.yaml has no service "frontend"',
    );
  });
});
