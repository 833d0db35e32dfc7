// The installer against a local "releases" server on 127.0.0.1 serving a fake
// k6 archive (its k6 is the test double) and a checksums file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  binDirWith,
  DOUBLE,
  fakeArchive,
  type Served,
  startReleases,
} from '../../../test/k6-double/harness';
import { ActionFailure } from '../../_shared/src/errors';
import { setStdout } from '../../_shared/src/runner';
import {
  type Caches,
  cacheKey,
  defaultCaches,
  expectedSha256,
  installK6,
  parseVersionOutput,
} from '../src/install';

const VERSION = '1.7.2';
const archive = fakeArchive(VERSION);
const CHECKSUMS = `${'0'.repeat(64)}  k6-v${VERSION}-linux-arm64.tar.gz\n${archive.sha256}  ${archive.name}\n`;
let releases: Served;
let tampered: Served;
let restore: () => void;
const dirs: string[] = [];

beforeAll(async () => {
  restore = setStdout(() => {});
  releases = await startReleases({
    [`/v${VERSION}/k6-v${VERSION}-checksums.txt`]: CHECKSUMS,
    [`/v${VERSION}/${archive.name}`]: archive.bytes,
  });
  // The archive changed after the checksums were published.
  tampered = await startReleases({
    [`/v${VERSION}/k6-v${VERSION}-checksums.txt`]: CHECKSUMS,
    [`/v${VERSION}/${archive.name}`]: Buffer.concat([archive.bytes, Buffer.from('x')]),
  });
});
afterAll(async () => {
  restore();
  await Promise.all([releases.close(), tampered.close()]);
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function runnerDirs() {
  const root = mkdtempSync(join(tmpdir(), 'k6-install-test-'));
  dirs.push(root);
  return {
    RUNNER_TEMP: join(root, 'temp'),
    RUNNER_TOOL_CACHE: join(root, 'tools'),
    PATH: '/usr/bin:/bin',
  };
}

/** The real tool cache, with the Actions cache replaced by a recorder. */
async function caches(env: NodeJS.ProcessEnv, saved: string[] = []): Promise<Caches> {
  process.env.RUNNER_TEMP = env.RUNNER_TEMP;
  process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE;
  const real = await defaultCaches(env);
  return { ...real, restore: async () => false, save: async (_p, key) => void saved.push(key) };
}

const platform = { os: 'linux', arch: 'amd64' } as const;

describe('installK6', () => {
  it('downloads, verifies against the checksums file, extracts, caches; the next run uses the tool cache', async () => {
    const env = runnerDirs();
    const saved: string[] = [];
    const c = await caches(env, saved);
    const first = await installK6({
      version: VERSION,
      platform,
      releasesUrl: releases.url,
      env,
      caches: c,
      pathBinary: 'k6-not-here',
    });
    expect(first.source).toBe('download');
    expect(first.sha256).toBe(archive.sha256);
    expect(saved).toEqual([cacheKey(VERSION, platform, archive.sha256)]);
    expect(saved[0]).toBe(`medimind-k6-1.7.2-linux-amd64-${archive.sha256}`);
    expect(first.binary.startsWith(env.RUNNER_TOOL_CACHE)).toBe(true);
    const second = await installK6({
      version: VERSION,
      platform,
      releasesUrl: releases.url,
      env,
      caches: c,
      pathBinary: 'k6-not-here',
    });
    expect(second).toMatchObject({ source: 'tool-cache', binary: first.binary });
  });

  it('a tampered archive is install-checksum-mismatch and nothing is extracted', async () => {
    const env = runnerDirs();
    const error = await installK6({
      version: VERSION,
      platform,
      releasesUrl: tampered.url,
      env,
      caches: await caches(env),
      pathBinary: 'k6-not-here',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    expect(error.reason).toBe('install-checksum-mismatch');
    expect(error.message).toContain(archive.sha256);
    expect(existsSync(join(env.RUNNER_TOOL_CACHE, 'k6'))).toBe(false);
    expect(
      existsSync(
        join(env.RUNNER_TEMP, `medimind-k6-${VERSION}-linux-amd64`, `k6-v${VERSION}-linux-amd64`),
      ),
    ).toBe(false);
  });

  it('a k6-sha256 pin that disagrees with the release is refused before downloading', async () => {
    const env = runnerDirs();
    const before = releases.requests.length;
    const error = await installK6({
      version: VERSION,
      platform,
      sha256: 'a'.repeat(64),
      releasesUrl: releases.url,
      env,
      caches: await caches(env),
      pathBinary: 'k6-not-here',
    }).catch((e) => e);
    expect(error.reason).toBe('install-checksum-mismatch');
    expect(releases.requests.slice(before)).toEqual([`/v${VERSION}/k6-v${VERSION}-checksums.txt`]);
  });

  it('a matching k6-sha256 pin installs', async () => {
    const env = runnerDirs();
    const r = await installK6({
      version: VERSION,
      platform,
      sha256: archive.sha256,
      releasesUrl: releases.url,
      env,
      caches: await caches(env),
      pathBinary: 'k6-not-here',
    });
    expect(r.source).toBe('download');
  });

  it('uses k6 from PATH only when it is the requested version', async () => {
    const env = runnerDirs();
    const onPath = join(binDirWith(DOUBLE), 'k6');
    const r = await installK6({
      version: VERSION,
      platform,
      releasesUrl: 'http://127.0.0.1:9',
      env,
      caches: await caches(env),
      pathBinary: onPath,
    });
    expect(r).toMatchObject({ source: 'path', binary: onPath });
    const other = await installK6({
      version: '1.6.1',
      platform,
      releasesUrl: releases.url,
      env,
      caches: await caches(env),
      pathBinary: onPath,
    }).catch((e) => e);
    // 1.6.1 is not on the fake release server: it was looked for there, not taken from PATH.
    expect(other.reason).toBe('install-failed');
  });

  it('a missing release is install-failed naming the URL', async () => {
    const env = runnerDirs();
    const e = await installK6({
      version: '9.9.9',
      platform,
      releasesUrl: releases.url,
      env,
      caches: await caches(env),
      pathBinary: 'k6-not-here',
    }).catch((x) => x);
    expect(e.reason).toBe('install-failed');
    expect(e.message).toMatch(/v9\.9\.9\/k6-v9\.9\.9-checksums\.txt failed: HTTP 404/);
  });
});

describe('helpers', () => {
  it('parses k6 version output and checksums lines', () => {
    expect(parseVersionOutput('k6 v1.7.2 (commit/abc, go1.24.4, linux/amd64)')).toBe('1.7.2');
    expect(parseVersionOutput('k6 v0.57.0 (go1.23.6, linux/amd64)\nExtensions:')).toBe('0.57.0');
    expect(parseVersionOutput('nope')).toBeUndefined();
    expect(expectedSha256(CHECKSUMS, archive.name)).toBe(archive.sha256);
    expect(expectedSha256(CHECKSUMS, 'k6-v1.7.2-macos-arm64.zip')).toBeUndefined();
  });
});
