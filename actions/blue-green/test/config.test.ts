import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../../_shared/src/errors';
import { envName } from '../../_shared/src/inputs';
import { loadYamlParser, parseAnalysis, parseHttpChecks, readConfig } from '../src/config';
import { FAILURE_REASONS, Reasons } from '../src/failure-reasons';
import { checkImageRef, imageFor, splitImage } from '../src/images';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => {
  const e: Record<string, string> = { GITHUB_SHA: 'abc1234', ...extra };
  for (const [k, v] of Object.entries(inputs)) e[envName(k)] = v;
  return e;
};
await loadYamlParser();
const base = { manifests: 'k8s/overlays/staging', namespace: 'medimind' };

describe('failure reasons', () => {
  it('action.yml documents exactly the declared failure-reason values', () => {
    const yml = parseYaml(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      outputs: Record<string, { description: string }>;
    };
    const documented = [...yml.outputs['failure-reason']!.description.matchAll(/`([a-z-]+)`/g)].map(
      (m) => m[1],
    );
    expect(documented).toEqual([...FAILURE_REASONS]);
    expect(Object.values(Reasons).sort()).toEqual([...FAILURE_REASONS].sort());
  });
});

describe('readConfig', () => {
  it('reads every input with its default', () => {
    const cfg = readConfig(
      env(base, {
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_REPOSITORY: 'medimind/delivery',
        GITHUB_ACTOR: 'octo',
        KUBECONFIG: '/tmp/kc',
      }),
    );
    expect(cfg).toMatchObject({
      mode: 'deploy',
      namespace: 'medimind',
      releaseId: 'abc1234',
      kubeconfig: '/tmp/kc',
      scaleDownDelayMs: 60_000,
      lockTimeoutMs: 600_000,
      timeoutMs: 1_800_000,
      dryRun: false,
      smokeChecks: [],
      analysis: undefined,
      run: {
        holder: expect.stringMatching(
          /^https:\/\/github\.com\/medimind\/delivery\/actions\/runs\/42\/attempts\/2\/jobs\/local#[0-9a-f]{12}$/,
        ),
        runUrl: 'https://github.com/medimind/delivery/actions/runs/42',
        actor: 'octo',
      },
    });
  });

  it('two processes of the same run attempt get different lease holder identities', () => {
    const extra = { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'release' };
    const a = readConfig(env(base, extra)).run.holder;
    const b = readConfig(env(base, extra)).run.holder;
    expect(a).not.toBe(b);
    expect(a).toContain('/actions/runs/7/attempts/1/jobs/release#');
  });

  it.each([
    [{ mode: 'canary' }, 'Input mode must be one of deploy, rollback, finalize; got "canary"'],
    [{ namespace: 'Bad_NS' }, 'Input namespace must be a DNS label'],
    [{ namespace: '' }, 'Input namespace is required'],
    [{ manifests: '' }, 'Input required and not supplied: manifests'],
    [{ 'release-id': 'has space' }, 'Input release-id must be 1-63 letters'],
    [{ 'scale-down-delay': '5 minutes' }, 'Input scale-down-delay must be a duration'],
    [{ 'dry-run': 'yes' }, 'Input dry-run must be true or false'],
    [{ images: 'api=repo/api:latest' }, 'Input images: api=repo/api:latest uses :latest'],
    [{ images: 'api=repo/api@sha256:xyz' }, 'malformed digest'],
    [{ 'service-urls': 'api=localhost:80' }, 'must be an http:// or https:// base URL'],
    [
      { analysis: 'checks:\n  - prometheus: up\n    max: 1' },
      'Input analysis has Prometheus queries but prometheus-url is not set',
    ],
  ])('refuses %o', (inputs, message) => {
    expect(() => readConfig(env({ ...base, ...inputs }))).toThrow(ConfigurationError);
    expect(() => readConfig(env({ ...base, ...inputs }))).toThrow(message);
  });

  it('rollback mode needs no manifests', () => {
    expect(readConfig(env({ namespace: 'medimind', mode: 'rollback' })).mode).toBe('rollback');
  });
});

describe('smoke-checks and analysis', () => {
  it('parses checks with defaults, bare paths and body regexes', () => {
    const checks = parseHttpChecks(
      'smoke-checks',
      '- /health/ready\n- app: api\n  path: /v1/ping\n  status: 204\n  body: pong\n  retries: 5\n  timeout: 2s',
    );
    expect(checks).toEqual([
      {
        app: undefined,
        path: '/health/ready',
        status: 200,
        body: undefined,
        retries: 3,
        timeoutMs: 5000,
      },
      { app: 'api', path: '/v1/ping', status: 204, body: /pong/, retries: 5, timeoutMs: 2000 },
    ]);
  });

  it.each([
    ['- path: health', 'needs path, a path starting with "/"'],
    ['- path: /x\n  status: 700', 'status must be a whole number from 100 to 599'],
    ['- path: /x\n  verb: POST', 'unknown key "verb"'],
    ['- path: /x\n  body: "("', 'body is not a valid regular expression'],
    ['[unclosed', 'is not valid YAML'],
  ])('refuses smoke check %j', (text, message) => {
    expect(() => parseHttpChecks('smoke-checks', text)).toThrow(message);
  });

  it('parses an analysis with HTTP and Prometheus checks', () => {
    const a = parseAnalysis(
      'interval: 30s\ncount: 10\nfailure-limit: 2\nchecks:\n  - http: /health\n  - prometheus: sum(rate(errors[1m]))\n    name: error rate\n    max: 0.05',
    );
    expect(a).toMatchObject({
      intervalMs: 30_000,
      count: 10,
      failureLimit: 2,
      http: [{ path: '/health', status: 200 }],
      prometheus: [{ name: 'error rate', query: 'sum(rate(errors[1m]))', max: 0.05 }],
    });
  });

  it.each([
    ['count: 3', 'needs checks: a non-empty list'],
    ['checks:\n  - tcp: 80', 'must have http or prometheus'],
    ['checks:\n  - prometheus: up', 'needs a threshold'],
    [
      'count: 2\nfailure-limit: 3\nchecks:\n  - http: /',
      'failure-limit must be a whole number from 0 to 2',
    ],
  ])('refuses analysis %j', (text, message) => {
    expect(() => parseAnalysis(text)).toThrow(message);
  });
});

describe('images', () => {
  it('splits references with registry ports, tags and digests', () => {
    expect(splitImage('registry:5000/team/api:1.2@sha256:00')).toEqual({
      repo: 'registry:5000/team/api',
      tag: '1.2',
      digest: 'sha256:00',
    });
    expect(splitImage('registry:5000/team/api')).toEqual({ repo: 'registry:5000/team/api' });
  });

  it('prefers digests, accepts version tags, refuses latest or no tag', () => {
    expect(checkImageRef(`repo/api@sha256:${'0'.repeat(64)}`)).toBeUndefined();
    expect(checkImageRef('repo/api:1.0.0')).toBeUndefined();
    expect(checkImageRef('repo/api:latest')).toMatch(/refused/);
    expect(checkImageRef('repo/api')).toMatch(/no tag or digest/);
  });

  it('matches by container name, repository, or its last segment', () => {
    const images = new Map([
      ['web', 'a:1'],
      ['123.dkr.ecr/medimind/api', 'b:1'],
      ['ml', 'c:1'],
    ]);
    expect(imageFor(images, 'web', 'x/web:0')).toBe('a:1');
    expect(imageFor(images, 'other', '123.dkr.ecr/medimind/api:0')).toBe('b:1');
    expect(imageFor(images, 'other', 'registry/ml:0')).toBe('c:1');
    expect(imageFor(images, 'other', 'registry/none:0')).toBeUndefined();
  });
});
