/**
 * The committed bundles of the release chain's actions, run as the runner runs
 * them (runBundle) against one fake GitHub on 127.0.0.1: release-evidence
 * writes staging's record, the record is served back as its artifact (zipped
 * as upload-artifact does), and release-verify lets the release through or
 * refuses it. This also proves the lazily loaded @actions/github works inside
 * the CommonJS bundles.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitHub, paged, startFakeGitHub } from '../../actions/_shared/testing/fake-github';
import { writeZip } from '../../actions/_shared/testing/zip-writer';
import { runBundle } from '../../cli/src/run-bundle';

const TOKEN = 'ghs_CANARY_bundle_chain_91c3';
const DIGEST = `sha256:${'c'.repeat(64)}`;
const IMAGES = `backend-api=111111111111.dkr.ecr.us-east-1.amazonaws.com/backend-api@${DIGEST}`;

let gh: FakeGitHub;
const artifacts: { id: number; name: string; zip: Buffer }[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.route('GET', /^\/repos\/medimind\/delivery\/actions\/runs\/\d+\/approvals$/, (req, base) =>
    paged(req, base, []),
  );
  gh.route('GET', /^\/repos\/medimind\/delivery\/actions\/artifacts$/, (req, base) =>
    paged(
      req,
      base,
      artifacts
        .filter((a) => a.name === req.query.get('name'))
        .map((a) => ({
          id: a.id,
          name: a.name,
          expired: false,
          created_at: `2026-11-29T10:00:0${a.id}Z`,
        })),
      (page) => ({ total_count: page.length, artifacts: page }),
    ),
  );
  gh.route('GET', /^\/repos\/medimind\/delivery\/actions\/artifacts\/(\d+)\/zip$/, (req) => ({
    raw: artifacts.find((a) => a.id === Number(req.params[0]))!.zip,
  }));
});
afterAll(() => gh.close());

const env = () => ({ GITHUB_API_URL: gh.url, RUNNER_NAME: 'GitHub Actions 3' });

async function releaseStaging(releaseId: string, k6Passed: string) {
  const run = await runBundle({
    action: 'release-evidence',
    inputs: {
      environment: 'staging',
      'release-id': releaseId,
      images: IMAGES,
      'deploy-outcome': 'success',
      'finalize-outcome': k6Passed === 'true' ? 'success' : 'skipped',
      'rollback-outcome': k6Passed === 'true' ? 'skipped' : 'success',
      'active-color': 'green',
      'readiness-passed': 'true',
      'k6-passed': k6Passed,
      'github-token': TOKEN,
      // runBundle passes action.yml defaults as written: `${{ runner.temp }}` would be a relative path.
      'evidence-directory': join(mkdtempSync(join(tmpdir(), 'evidence-')), 'out'),
    },
    env: env(),
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  artifacts.push({
    id: artifacts.length + 1,
    name: `release-evidence-staging-${releaseId}`,
    zip: writeZip({ 'release-evidence.json': readFileSync(run.outputs['evidence-file']!) }),
  });
  return run;
}

const verify = (releaseId: string) =>
  runBundle({
    action: 'release-verify',
    inputs: { 'release-id': releaseId, environment: 'staging', 'github-token': TOKEN },
    env: env(),
  });

describe('release chain bundles', () => {
  it('a release that passed staging is verified for promotion with its digests', async () => {
    const staged = await releaseStaging('r-100', 'true');
    expect(staged.outputs.verdict).toBe('passed');
    const run = await verify('r-100');
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ verified: 'true', images: IMAGES });
    for (const r of [staged, run]) {
      expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
      expect(r.summary).not.toContain(TOKEN);
    }
  });

  it('a release whose staging smoke test failed is refused with release-not-verified', async () => {
    await releaseStaging('r-101', 'false');
    const run = await verify('r-101');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('release-not-verified');
    expect(run.stdout).toMatch(
      /^::error::Release r-101 is not verified in staging: .*rolled-back.*k6 smoke test failed/m,
    );
  });
});

describe('GitHub calls behind a proxy', () => {
  let proxy: Server;
  const tunnels: string[] = [];
  beforeAll(async () => {
    // A CONNECT proxy that knows api.github.test (which no DNS resolves) as the fake GitHub.
    proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
      const port = Number(new URL(gh.url).port);
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  });
  afterAll(() => new Promise<void>((done) => proxy.close(() => done())));

  it('reach GITHUB_API_URL through HTTP_PROXY (the runner proxy settings @actions/github honours)', async () => {
    await releaseStaging('r-102', 'true');
    const { port } = proxy.address() as AddressInfo;
    const apiPort = new URL(gh.url).port;
    const run = await runBundle({
      action: 'release-verify',
      inputs: { 'release-id': 'r-102', environment: 'staging', 'github-token': TOKEN },
      env: {
        GITHUB_API_URL: `http://api.github.test:${apiPort}`,
        HTTP_PROXY: `http://127.0.0.1:${port}`,
        HTTPS_PROXY: `http://127.0.0.1:${port}`,
      },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verified).toBe('true');
    expect(tunnels).toContain(`api.github.test:${apiPort}`);
  });
});
