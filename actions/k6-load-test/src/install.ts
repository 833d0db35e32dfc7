/**
 * k6 of the requested version: the one on PATH if it is that version, else the
 * runner's tool cache, else the Actions cache, else the release archive —
 * downloaded, its SHA-256 checked against the release's checksums file (and
 * the optional `k6-sha256` pin) BEFORE it is extracted, then stored in both
 * caches. A mismatch is `install-checksum-mismatch` and k6 never runs.
 * @actions/tool-cache and @actions/cache are loaded only when needed.
 */

import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ActionFailure } from '../../_shared/src/errors';
import { execute } from '../../_shared/src/exec';
import { withTimeout } from '../../_shared/src/http';
import { httpFetch } from '../../_shared/src/proxy';
import { info } from '../../_shared/src/runner';
import { archiveFolder, archiveName, binaryName, checksumsName, type Platform } from './platform';

export type InstallSource = 'path' | 'tool-cache' | 'actions-cache' | 'download';
export type Installed = { binary: string; version: string; source: InstallSource; sha256?: string };

/** The two caches, behind an interface so tests can watch the keys. */
export type Caches = {
  findTool(version: string, arch: string): Promise<string | undefined>;
  cacheTool(dir: string, version: string, arch: string): Promise<string>;
  restore(path: string, key: string): Promise<boolean>;
  save(path: string, key: string): Promise<void>;
  extract(archive: string, dest: string, zip: boolean): Promise<string>;
};

export type InstallOptions = {
  version: string;
  platform: Platform;
  sha256?: string;
  releasesUrl: string;
  signal?: AbortSignal;
  env: NodeJS.ProcessEnv;
  caches?: Caches;
  /** Where a `k6` already installed is looked for (default: PATH). */
  pathBinary?: string;
};

/** `k6 v1.7.2 (commit/…, go1.24, linux/amd64)` → 1.7.2. */
export function parseVersionOutput(stdout: string): string | undefined {
  return stdout.match(/\bk6 v?(\d+\.\d+\.\d+)/)?.[1];
}

export async function versionOf(
  binary: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const r = await execute(binary, ['version'], { env, signal, output: 'capture' });
    return r.exitCode === 0 ? parseVersionOutput(r.stdout) : undefined;
  } catch {
    return undefined;
  }
}

export function cacheKey(version: string, p: Platform, sha256: string): string {
  return `medimind-k6-${version}-${p.os}-${p.arch}-${sha256}`;
}

/** The archive's line in a sha256sum-style checksums file. */
export function expectedSha256(checksums: string, archive: string): string | undefined {
  for (const line of checksums.split(/\r?\n/)) {
    const m = line.trim().match(/^([0-9a-fA-F]{64})\s+\*?(.+)$/);
    if (m && m[2]!.trim() === archive) return m[1]!.toLowerCase();
  }
  return undefined;
}

async function fetchOk(url: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await httpFetch(url, { signal: withTimeout(signal, 120_000), redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new ActionFailure(
      `Downloading ${url} failed: ${(error as Error).message}`,
      'install-failed',
    );
  }
  if (!res.ok)
    throw new ActionFailure(`Downloading ${url} failed: HTTP ${res.status}`, 'install-failed');
  return res;
}

/** Streams a download to a file, hashing as it goes. */
async function download(url: string, file: string, signal?: AbortSignal): Promise<string> {
  const res = await fetchOk(url, signal);
  if (!res.body) throw new ActionFailure(`Downloading ${url} failed: empty body`, 'install-failed');
  const hash = createHash('sha256');
  const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream);
  body.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(body, createWriteStream(file), { signal });
  return hash.digest('hex');
}

export async function installK6(o: InstallOptions): Promise<Installed> {
  const onPath = await versionOf(o.pathBinary ?? 'k6', o.env, o.signal);
  if (onPath === o.version) {
    info(`Using k6 ${onPath} from PATH`);
    return { binary: o.pathBinary ?? 'k6', version: onPath, source: 'path' };
  }
  if (onPath) info(`k6 ${onPath} is on PATH, but ${o.version} was asked for`);
  const caches = o.caches ?? (await defaultCaches(o.env));
  const exe = binaryName(o.platform);

  const cached = await caches.findTool(o.version, o.platform.arch);
  if (cached && existsSync(join(cached, exe))) {
    info(`Using k6 ${o.version} from the runner tool cache`);
    return { binary: join(cached, exe), version: o.version, source: 'tool-cache' };
  }

  const base = o.releasesUrl.replace(/\/+$/, '');
  const archive = archiveName(o.version, o.platform);
  const checksumsUrl = `${base}/v${o.version}/${checksumsName(o.version)}`;
  const checksums = await (await fetchOk(checksumsUrl, o.signal)).text();
  const published = expectedSha256(checksums, archive);
  if (!published) {
    throw new ActionFailure(`${checksumsName(o.version)} lists no ${archive}`, 'install-failed');
  }
  if (o.sha256 && o.sha256 !== published) {
    throw new ActionFailure(
      `k6-sha256 ${o.sha256} does not match the release's published SHA-256 ${published} for ${archive}; nothing was run`,
      'install-checksum-mismatch',
    );
  }

  // One fixed path per version and platform: @actions/cache restores only to the path it saved.
  const temp = o.env.RUNNER_TEMP || tmpdir();
  mkdirSync(temp, { recursive: true });
  const home = join(temp, `medimind-k6-${o.version}-${o.platform.os}-${o.platform.arch}`);
  const folder = join(home, archiveFolder(o.version, o.platform));
  const key = cacheKey(o.version, o.platform, published);
  rmSync(home, { recursive: true, force: true });
  if ((await caches.restore(home, key).catch(() => false)) && existsSync(join(folder, exe))) {
    const dir = await caches.cacheTool(folder, o.version, o.platform.arch);
    info(`Using k6 ${o.version} from the Actions cache (${key})`);
    return {
      binary: join(dir, exe),
      version: o.version,
      source: 'actions-cache',
      sha256: published,
    };
  }
  const work = mkdtempSync(join(temp, 'k6-download-'));
  try {
    const file = join(work, archive);
    const url = `${base}/v${o.version}/${archive}`;
    info(`Downloading ${url}`);
    const actual = await download(url, file, o.signal);
    if (actual !== published) {
      throw new ActionFailure(
        `${archive} has SHA-256 ${actual}, but the release's checksums file says ${published}; nothing was run`,
        'install-checksum-mismatch',
      );
    }
    info(
      `SHA-256 ${actual} matches ${checksumsName(o.version)}${o.sha256 ? ' and k6-sha256' : ''}`,
    );
    await caches.extract(file, home, o.platform.os !== 'linux');
    if (!existsSync(join(folder, exe))) {
      throw new ActionFailure(
        `${archive} holds no ${archiveFolder(o.version, o.platform)}/${exe}`,
        'install-failed',
      );
    }
    await caches
      .save(home, key)
      .catch((e: Error) => info(`Not saved to the Actions cache: ${e.message}`));
    const dir = await caches.cacheTool(folder, o.version, o.platform.arch);
    return { binary: join(dir, exe), version: o.version, source: 'download', sha256: published };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @actions/tool-cache and @actions/cache, imported only on the install path. */
export async function defaultCaches(env: NodeJS.ProcessEnv): Promise<Caches> {
  // Outside the runner (medimind run, tests) the tool cache needs a home.
  process.env.RUNNER_TEMP ||= env.RUNNER_TEMP || tmpdir();
  process.env.RUNNER_TOOL_CACHE ||= env.RUNNER_TOOL_CACHE || join(tmpdir(), 'medimind-tool-cache');
  const tc = await import('@actions/tool-cache');
  const cache = await import('@actions/cache');
  return {
    findTool: async (version, arch) => tc.find('k6', version, arch) || undefined,
    cacheTool: (dir, version, arch) => tc.cacheDir(dir, 'k6', version, arch),
    restore: async (path, key) =>
      cache.isFeatureAvailable() && (await cache.restoreCache([path], key)) === key,
    save: async (path, key) => {
      if (cache.isFeatureAvailable()) await cache.saveCache([path], key);
    },
    extract: (archive, dest, zip) =>
      zip ? tc.extractZip(archive, dest) : tc.extractTar(archive, dest),
  };
}
