/**
 * Shared by the terraform bundle tests: fixture copies, bundle runs with real
 * terraform, and a fake GitHub REST API (issue comments) on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from '../../actions/_shared/src/terraform/planfile';

export { writeStoredZip as writeZip } from '../../actions/_shared/testing/zip-writer';

import { type BundleRun, repoRoot, runBundle } from '../../cli/src/run-bundle';

export const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const CANARY = 'canary-4d1f-SECRET-9b7e';

export function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Missing terraform fails in CI and skips elsewhere. */
export const terraformAvailable = hasTerraform() || process.env.CI === 'true';

export function fixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tf-${name}-`));
  cpSync(join(repoRoot, 'test', 'fixtures', 'terraform', name), dir, { recursive: true });
  return dir;
}

export const baseEnv = {
  GITHUB_SHA: SHA,
  // No CLI config file here; pointing at an empty one keeps terraform's output clean.
  TF_CLI_CONFIG_FILE: '/dev/null',
};

export function plan(
  cwd: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<BundleRun> {
  return runBundle({
    action: 'terraform-plan',
    cwd,
    inputs: {
      environment: 'staging',
      'comment-on-pr': 'false',
      'lock-timeout': '2s',
      // Plaintext unless a test passes kms-key-id (terraform-encryption.test.ts does).
      'allow-plaintext-bundle': 'true',
      ...inputs,
    },
    env: { ...baseEnv, ...env },
    signal,
  });
}

export function apply(
  cwd: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<BundleRun> {
  return runBundle({
    action: 'terraform-apply',
    cwd,
    inputs: { environment: 'staging', 'lock-timeout': '2s', ...inputs },
    env: { ...baseEnv, ...env },
    signal,
  });
}

/**
 * Whether bytes hold the canary: as is, or inside any entry of a zip archive
 * (a plan file deflates its entries, so a plain byte search would miss it).
 */
export function holdsCanary(bytes: Buffer, canary: string = CANARY): boolean {
  if (bytes.includes(Buffer.from(canary))) return true;
  try {
    return [...readZip(bytes).values()].some((entry) => entry.includes(Buffer.from(canary)));
  } catch {
    return false; // not a zip archive
  }
}

/** The sha256 of a file, as terraform-plan's plan-sha256 output states it. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** stdout without the ::add-mask:: commands (the runner consumes those, they are never shown). */
export function visible(text: string): string {
  return text.replace(/^::add-mask::.*$/gm, '');
}

export type RecordedRequest = { method: string; url: string; body: unknown; auth?: string };

type Comment = { id: number; body: string; html_url: string };

/**
 * Issue comments as the GitHub REST API serves them (docs.github.com/rest/issues/comments):
 * list with `per_page` and a `Link: <…>; rel="next"` header, create (201), update (200).
 * `failWith` makes every write answer with that status.
 */
export async function fakeGitHub(options: { failWith?: number; perPage?: number } = {}) {
  const comments: Comment[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 100;
  const read = (req: IncomingMessage) =>
    new Promise<string>((done) => {
      let text = '';
      req.on('data', (c) => {
        text += c;
      });
      req.on('end', () => done(text));
    });
  const server: Server = createServer(async (req, res) => {
    const text = await read(req);
    const body = text ? JSON.parse(text) : undefined;
    requests.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization });
    const url = new URL(req.url!, 'http://127.0.0.1');
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const edit = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if ((req.method === 'POST' || req.method === 'PATCH') && options.failWith) {
      return send(options.failWith, {
        message:
          options.failWith === 403 ? 'Resource not accessible by integration' : 'Validation Failed',
      });
    }
    if (list && req.method === 'GET') {
      const perPage = options.perPage ?? Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = comments.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < comments.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(200, slice, headers);
    }
    if (list && req.method === 'POST') {
      const comment = {
        id: nextId++,
        body: body.body,
        html_url: `https://github.com/${list[1]}/pull/${list[2]}#issuecomment-${nextId}`,
      };
      comments.push(comment);
      return send(201, comment);
    }
    if (edit && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(edit[2]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = body.body;
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    /** Pre-existing comments from other tools or people. */
    seed(count: number) {
      for (let i = 0; i < count; i++)
        comments.push({ id: nextId++, body: `unrelated comment ${i}`, html_url: '' });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
