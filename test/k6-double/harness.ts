/**
 * What the k6-load-test integration tests share: a `k6` on a private PATH
 * (the double, or a real k6 when K6_BINARY or PATH has one), a target HTTP
 * service with a chosen latency, and a local "GitHub releases" server serving
 * a k6 archive and its checksums file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DOUBLE = join(import.meta.dirname, 'k6-double.mjs');

/** A real k6: K6_BINARY, else `k6` on PATH, if it answers `k6 version`. */
export function findRealK6(): string | undefined {
  for (const candidate of [process.env.K6_BINARY, 'k6']) {
    if (!candidate) continue;
    try {
      const out = execFileSync(candidate, ['version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      if (/k6 v\d/.test(out) && !out.includes('k6-double')) return candidate;
    } catch {}
  }
  return undefined;
}

/** A directory holding an executable `k6` that runs `target` (the double or a real k6). */
export function binDirWith(target: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'k6-bin-'));
  const k6 = join(dir, 'k6');
  const run = target.endsWith('.mjs') ? `"${process.execPath}" "${target}"` : `"${target}"`;
  writeFileSync(k6, `#!/bin/sh\nexec ${run} "$@"\n`);
  chmodSync(k6, 0o755);
  return dir;
}

export type Served = { url: string; close(): Promise<void>; requests: string[] };

function listen(server: Server, requests: string[]): Promise<Served> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The service under test: every request answered 200 after `delayMs`. */
export function startTarget(delayMs: number): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }, delayMs);
  });
  return listen(server, requests);
}

/** Builds k6-v<version>-linux-<arch>.tar.gz holding a `k6` that runs the double. */
export function fakeArchive(version: string, arch: 'amd64' | 'arm64' = 'amd64') {
  const work = mkdtempSync(join(tmpdir(), 'k6-archive-'));
  const folder = `k6-v${version}-linux-${arch}`;
  mkdirSync(join(work, folder));
  writeFileSync(
    join(work, folder, 'k6'),
    `#!/bin/sh\nK6_DOUBLE_VERSION=${version} exec "${process.execPath}" "${DOUBLE}" "$@"\n`,
  );
  chmodSync(join(work, folder, 'k6'), 0o755);
  const name = `${folder}.tar.gz`;
  execFileSync('tar', ['-czf', name, folder], { cwd: work });
  const bytes = readFileSync(join(work, name));
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Serves /v<version>/<file> like github.com/grafana/k6/releases/download. */
export function startReleases(files: Record<string, Buffer | string>): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404).end('Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  return listen(server, requests);
}
