// Every bad input: one ConfigurationError naming the input and what is
// allowed, reason bad-input, before anything runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envName } from '../../_shared/src/inputs';
import { readConfig } from '../src/config';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const env = (inputs: Record<string, string>) => ({
  GITHUB_WORKSPACE: ROOT,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [envName(k), v])),
});
const good = {
  scripts: 'loadtests/backend-api.ts',
  'base-urls': 'backend-api=http://127.0.0.1:8080',
};

async function problem(
  inputs: Record<string, string>,
  platform: NodeJS.Platform = 'linux',
  arch = 'x64',
) {
  const error = await readConfig(env(inputs), platform, arch).then(
    () => undefined,
    (e) => e,
  );
  expect(error?.reason).toBe('bad-input');
  return error.message as string;
}

describe('readConfig', () => {
  it('reads a good configuration', async () => {
    const cfg = await readConfig(
      env({ ...good, profile: 'load', 'k6-version': 'v1.7.2' }),
      'linux',
      'arm64',
    );
    expect(cfg).toMatchObject({
      profile: 'load',
      k6Version: '1.7.2',
      failOn: 'thresholds',
      platform: { os: 'linux', arch: 'arm64' },
    });
    expect(cfg.scripts).toEqual([join(ROOT, 'loadtests/backend-api.ts')]);
    expect(JSON.parse(cfg.sloJson).services['backend-api']['throughput-rps']).toBe(2000);
  });

  it('a directory gives its top-level scripts, not lib/', async () => {
    const cfg = await readConfig(
      env({
        scripts: 'loadtests',
        'base-urls': 'backend-api=http://a\nml-pipeline=http://b\nvoice-analysis=http://c',
      }),
    );
    expect(cfg.scripts.map((s) => s.slice(ROOT.length + 1))).toEqual([
      'loadtests/backend-api.ts',
      'loadtests/database-pool.ts',
      'loadtests/ml-pipeline.ts',
      'loadtests/voice-analysis.ts',
    ]);
  });

  it.each([
    [
      { ...good, profile: 'spike' },
      'Input profile must be one of smoke, load, stress, soak; got "spike"',
    ],
    [
      { ...good, scripts: 'loadtests/nope.ts' },
      'Input scripts: "loadtests/nope.ts" does not exist',
    ],
    [{ ...good, scripts: '' }, 'Input required and not supplied: scripts'],
    [{ ...good, scripts: '# none\n' }, 'Input scripts must name k6 script files or a directory'],
    [
      { ...good, scripts: 'loadtests/slo.yaml' },
      'Input scripts: "loadtests/slo.yaml" is not a k6 script (.ts, .js, .mjs)',
    ],
    [
      { ...good, 'base-urls': 'backend-api http://x' },
      'Input base-urls must hold key=value items; "backend-api http://x" has no key',
    ],
    [
      { ...good, 'base-urls': 'backend-api=ftp://x' },
      'Input base-urls: the URL of backend-api must be http:// or https://, got ftp:',
    ],
    [
      { ...good, 'base-urls': 'backend-api=not a url' },
      'Input base-urls: the URL of backend-api "not a url" is not a URL (http:// or https://)',
    ],
    [
      { ...good, 'base-urls': 'frontend=http://x' },
      'Input base-urls: "frontend" is not a service of loadtests/slo.yaml (one of: ml-pipeline, backend-api, voice-analysis)',
    ],
    [
      { ...good, 'base-urls': '' },
      'Input base-urls needs a "backend-api=<url>" line for backend-api.ts',
    ],
    [
      { ...good, 'k6-version': 'latest' },
      'Input k6-version must be a k6 release version such as 1.7.2; got "latest"',
    ],
    [{ ...good, 'k6-sha256': 'abc' }, 'Input k6-sha256 must be 64 hexadecimal characters'],
    [
      { ...good, 'fail-on': 'always' },
      'Input fail-on must be one of thresholds, regression, none; got "always"',
    ],
    [
      { ...good, 'prometheus-url': 'prometheus:9090' },
      'Input prometheus-url: the URL must be http:// or https://, got prometheus:',
    ],
    [
      { ...good, 'regression-min-effect': '-1' },
      'Input regression-min-effect must be a positive ratio',
    ],
    [{ ...good, 'slo-file': 'loadtests/missing.yaml' }, 'loadtests/missing.yaml: file not found'],
  ])('%j → %s', async (inputs, message) => {
    expect(await problem(inputs)).toContain(message);
  });

  it('an invalid SLO file names the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-'));
    mkdirSync(join(dir, 'x'));
    writeFileSync(
      join(dir, 'x', 'slo.yaml'),
      'version: 1\navailability: 0.999\nservices:\n  api:\n    app: api\n    latency-ms: {p95: soon}\n    error-rate: 0.001\nprofiles: {smoke: {duration: 1s, rate: 1}}\n',
    );
    expect(
      await problem({ ...good, 'base-urls': '', 'slo-file': join(dir, 'x', 'slo.yaml') }),
    ).toMatch(
      /slo\.yaml:6: services\.api\.latency-ms\.p95 must be a positive number of milliseconds; got "soon"/,
    );
  });

  it('an unsupported platform is bad input', async () => {
    expect(await problem(good, 'aix', 'ppc64')).toContain('Unsupported platform aix/ppc64');
    expect(await problem(good, 'linux', 'ia32')).toContain('Unsupported platform linux/ia32');
  });

  it('a URL with credentials is never echoed', async () => {
    expect(
      await problem({ ...good, 'base-urls': 'backend-api=hxxp://user:s3cret@host' }),
    ).not.toContain('s3cret');
  });
});
