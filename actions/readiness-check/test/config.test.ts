/** Inputs, the SLO file and the failure reasons: what users get wrong, said once and clearly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CancelledError } from '../../_shared/src/cancel';
import { ConfigurationError } from '../../_shared/src/errors';
import { readConfig } from '../src/config';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { ObjectSet } from '../src/objects';
import { categoryStatus, runChecks, statusOf } from '../src/report';
import { loadSlos, parseSlos } from '../src/slo';

const actionDir = join(import.meta.dirname, '..');
const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
const cwd = join(actionDir, 'test', 'fixtures');

function problem(inputs: Record<string, string>): string {
  try {
    readConfig(env(inputs), cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('inputs', () => {
  it('reads a live configuration with its defaults', () => {
    const cfg = readConfig(env({ mode: 'live', 'slo-file': 'slo.yaml' }), cwd);
    expect(cfg).toMatchObject({
      mode: 'live',
      namespace: 'medimind',
      failOn: 'fail',
      windowMs: 600_000,
      reportFile: join(cwd, 'readiness-report.json'),
      slos: { path: join(cwd, 'slo.yaml') },
    });
    expect(cfg.categories).toHaveLength(8);
  });

  it('skips the SLO checks when the default SLO file is absent, but not a named one', () => {
    const cfg = readConfig(env({ mode: 'live' }), cwd);
    expect(cfg.slos).toEqual({
      missing: 'no SLO file (loadtests/slo.yaml not found; set slo-file)',
    });
    expect(() => loadSlos(join(cwd, 'nope.yaml'))).toThrow(
      /Input slo-file: cannot read .*nope.yaml: ENOENT/,
    );
  });

  it.each([
    [{}, 'Input required and not supplied: mode (static or live)'],
    [{ mode: 'dry' }, 'Input mode must be one of static, live; got "dry"'],
    [
      { mode: 'static' },
      'Input manifests is required with mode: static (a kustomize directory or a file of built manifests)',
    ],
    [
      { mode: 'live', namespace: 'Med_Mind' },
      `Input namespace must be a DNS label (lowercase letters, digits, '-'); got "Med_Mind"`,
    ],
    [
      { mode: 'live', 'prometheus-url': 'prometheus:9090' },
      'Input prometheus-url must be an http:// or https:// URL',
    ],
    [
      { mode: 'live', 'aws-region': 'Virginia' },
      'Input aws-region must be an AWS region such as us-east-1; got "Virginia"',
    ],
    [
      { mode: 'live', categories: 'cluster, hipaa' },
      'Input categories: unknown category "hipaa" (allowed: cluster, workloads, autoscaling, networking, security, data, monitoring, performance)',
    ],
    [
      { mode: 'live', window: 'forever' },
      'Input window must be a duration such as 90s, 10m or 1h30m (units ms, s, m, h); got "forever"',
    ],
    [{ mode: 'live', window: '1s' }, 'Input window must be at least 10s; got "1s"'],
    [{ mode: 'live', 'fail-on': 'error' }, 'Input fail-on must be one of fail, warn; got "error"'],
  ])('%j -> %s', (inputs, message) => {
    expect(problem(inputs)).toBe(message);
  });

  it('never echoes a Prometheus URL, which may hold credentials', () => {
    expect(problem({ mode: 'live', 'prometheus-url': 'ftp://u:s3cret@host' })).not.toContain(
      's3cret',
    );
  });
});

describe('SLO file', () => {
  it('reads the seed targets', () => {
    const slos = loadSlos(join(cwd, 'slo.yaml'));
    expect(slos.availability).toBeCloseTo(0.999);
    expect(slos.services).toEqual([
      {
        name: 'backend-api',
        latency: [{ quantile: 0.95, maxMs: 100 }],
        errorRate: 0.01,
        throughputRps: 2000,
      },
      {
        name: 'ml-pipeline',
        latency: [{ quantile: 0.95, maxMs: 200 }],
        errorRate: 0.01,
        throughputRps: undefined,
      },
      {
        name: 'voice-analysis',
        latency: [{ quantile: 0.95, maxMs: 500 }],
        errorRate: undefined,
        throughputRps: undefined,
      },
    ]);
  });

  it.each([
    ['services: []', 'needs a `services:` mapping'],
    [
      'services: { api: { latency: { median: 1s } } }',
      'services.api.latency.median must be a percentile such as p95',
    ],
    [
      'services: { api: { latency: { p95: fast } } }',
      'services.api.latency.p95 must be a duration such as 200ms; got "fast"',
    ],
    [
      'services: { api: { error-rate: 120% } }',
      'services.api.error-rate must be a percentage or a fraction; got "120%"',
    ],
    [
      'services: { api: { throughput: lots } }',
      'services.api.throughput must be requests per second such as 2000/s; got "lots"',
    ],
    ['services: [', 'the file is not valid YAML'],
  ])('%s -> %s', (text, message) => {
    expect(() => parseSlos(text, 'slo.yaml')).toThrow(message);
  });
});

describe('statuses', () => {
  it('a problem fails at critical and high severity and warns below', () => {
    const problem = { result: 'problem' as const, reason: '', evidence: [] };
    expect(statusOf(problem, 'critical')).toBe('fail');
    expect(statusOf(problem, 'high')).toBe('fail');
    expect(statusOf(problem, 'medium')).toBe('warn');
    expect(statusOf({ ...problem, result: 'warn' }, 'critical')).toBe('warn');
    expect(statusOf({ ...problem, result: 'skip' }, 'critical')).toBe('skip');
  });

  it("a category takes its worst check's status, and is skipped only when every check is", () => {
    const c = (status: 'pass' | 'warn' | 'fail' | 'skip') => ({
      id: 'x',
      title: '',
      severity: 'high' as const,
      status,
      reason: '',
      evidence: [],
    });
    expect(categoryStatus([c('skip'), c('pass')])).toBe('pass');
    expect(categoryStatus([c('pass'), c('warn'), c('skip')])).toBe('warn');
    expect(categoryStatus([c('warn'), c('fail')])).toBe('fail');
    expect(categoryStatus([c('skip'), c('skip')])).toBe('skip');
  });
});

describe('cancellation', () => {
  it('a check interrupted by cancellation ends the run as cancelled, not as a failed check', async () => {
    const controller = new AbortController();
    const ctx = {
      mode: 'live' as const,
      namespace: 'medimind',
      windowMs: 60_000,
      objects: new ObjectSet('cluster', []),
      missing: {},
      signal: controller.signal,
    };
    const check = {
      id: 'MM-RDY-999',
      category: 'monitoring' as const,
      title: 'slow',
      severity: 'critical' as const,
      run: async () => {
        controller.abort(new CancelledError('SIGTERM'));
        throw new Error('This operation was aborted');
      },
    };
    const opts = { categories: ['monitoring' as const], failOn: 'fail' as const, source: 'test' };
    await expect(runChecks([check], ctx, opts)).rejects.toBeInstanceOf(CancelledError);
    // The same error without cancellation is that check's failure, and the report goes on.
    const report = await runChecks(
      [
        {
          ...check,
          run: async () => {
            throw new Error('boom');
          },
        },
      ],
      { ...ctx, signal: undefined },
      opts,
    );
    expect(report.categories.find((c) => c.id === 'monitoring')!.checks[0]).toMatchObject({
      status: 'fail',
      reason: 'could not evaluate: boom',
    });
  });
});

describe('failure reasons', () => {
  it('action.yml documents exactly the reasons the action can set', () => {
    const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
    const described = (meta.outputs['failure-reason'].description as string).match(
      /\b[a-z]+(?:-[a-z]+)+\b|\bcancelled\b/g,
    );
    expect([...new Set(described)].sort()).toEqual([...FAILURE_REASONS].sort());
  });

  it('every reason the source raises is a declared one', () => {
    const dir = join(actionDir, 'src');
    const source = [
      'main.ts',
      'config.ts',
      'kube.ts',
      'kube-node.ts',
      'manifests.ts',
      'prometheus.ts',
      'slo.ts',
    ]
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const raised = [...source.matchAll(/Reason\['([a-z-]+)'\]|'(bad-input)'\s*\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(raised.length).toBeGreaterThan(8);
    for (const reason of raised) expect(FAILURE_REASONS).toContain(reason);
  });

  it('action.yml declares every input the action reads', () => {
    const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
    expect(Object.keys(meta.inputs).sort()).toEqual(
      [
        'mode',
        'manifests',
        'namespace',
        'kubeconfig',
        'prometheus-url',
        'aws-region',
        'slo-file',
        'categories',
        'window',
        'fail-on',
        'report-file',
      ].sort(),
    );
    expect(Object.keys(meta.outputs).sort()).toEqual([
      'failed-checks',
      'failure-reason',
      'passed',
      'report-file',
    ]);
  });
});
