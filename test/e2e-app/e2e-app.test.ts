/**
 * The e2e app image's two programs, run as real processes exactly as the kind workflow runs
 * them (`node server.mjs`, `node load.mjs`): pod identity in answers, the three SIGTERM
 * policies, and the load client's per-class report and exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const DIR = join(__dirname);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

type Proc = { child: ChildProcess; out: () => string; exit: Promise<number | null> };
function run(script: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [join(DIR, script)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  child.stderr!.on('data', (c) => {
    out += c;
  });
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out: () => out, exit };
}

async function app(env: Record<string, string> = {}) {
  const port = await freePort();
  const p = run('server.mjs', {
    PORT: String(port),
    POD_NAME: 'web-green-abc12',
    POD_NAMESPACE: 'e2e',
    COLOR: 'green',
    APP_VERSION: 'r2',
    ...env,
  });
  const deadline = Date.now() + 10_000;
  while (!p.out().includes('listening')) {
    if (Date.now() > deadline) throw new Error(`app did not start: ${p.out()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ...p, url: `http://127.0.0.1:${port}` };
}

function get(url: string, agent: Agent | false = false) {
  return new Promise<{ status: number; body: Record<string, unknown>; connection?: string }>(
    (resolve, reject) => {
      request(url, { agent }, (res) => {
        let t = '';
        res.on('data', (c) => {
          t += c;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(t),
            connection: res.headers.connection,
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('e2e app server', () => {
  it('answers with its pod identity; /readyz 200 while serving', async () => {
    const a = await app();
    expect(await get(`${a.url}/anything`)).toMatchObject({
      status: 200,
      body: {
        pod: 'web-green-abc12',
        namespace: 'e2e',
        color: 'green',
        version: 'r2',
        path: '/anything',
      },
    });
    expect((await get(`${a.url}/readyz`)).status).toBe(200);
  });

  it('graceful: finishes in-flight, closes keep-alive connections, refuses new ones, exits 0', async () => {
    const a = await app({ SIGTERM_POLICY: 'graceful' });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(a.url, agent)).connection).toBe('keep-alive');
    const inflight = get(`${a.url}/slow?sleepMs=400`);
    await new Promise((r) => setTimeout(r, 50));
    a.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    expect((await get(a.url, agent)).connection).toBe('close');
    await expect(get(a.url)).rejects.toThrow(/ECONNREFUSED/);
    expect((await inflight).status).toBe(200);
    expect(await a.exit).toBe(0);
    agent.destroy();
  });

  it('exit: in-flight requests are cut', async () => {
    const a = await app({ SIGTERM_POLICY: 'exit' });
    const inflight = get(`${a.url}/slow?sleepMs=2000`);
    await new Promise((r) => setTimeout(r, 100));
    a.child.kill('SIGTERM');
    await expect(inflight).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await a.exit).toBe(0);
  });

  it('ignore: keeps serving after SIGTERM until killed', async () => {
    const a = await app({ SIGTERM_POLICY: 'ignore' });
    a.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 150));
    expect((await get(a.url)).status).toBe(200);
    a.child.kill('SIGKILL');
    expect(await a.exit).toBeNull();
  });

  it('FAIL_PATH limits FAIL_RATE to the paths under it', async () => {
    const a = await app({ FAIL_RATE: '1', FAIL_PATH: '/canary' });
    expect((await get(`${a.url}/canary`)).status).toBe(500);
    expect((await get(`${a.url}/canary/deep`)).status).toBe(500);
    expect((await get(`${a.url}/`)).status).toBe(200);
  });

  it('refuses a bad SIGTERM_POLICY with one clear line and exit 2', async () => {
    const p = run('server.mjs', { SIGTERM_POLICY: 'later', PORT: '0' });
    expect(await p.exit).toBe(2);
    expect(p.out().trim()).toBe(
      'e2e-app: SIGTERM_POLICY must be one of graceful, exit, ignore (got "later")',
    );
  });
});

describe('e2e load client', () => {
  const report = (out: string) => {
    const line = out.split('\n').find((l) => l.startsWith('E2E_LOAD_REPORT '));
    if (!line) throw new Error(`no report in: ${out}`);
    return JSON.parse(line.slice('E2E_LOAD_REPORT '.length));
  };

  it('drives keep-alive and fresh clients until SIGUSR2, reports per class, exits 0 without failures', async () => {
    const a = await app();
    const load = run('load.mjs', { TARGET_URL: a.url, CONCURRENCY: '2', INTERVAL_MS: '5' });
    await new Promise((r) => setTimeout(r, 600));
    load.child.kill('SIGUSR2');
    expect(await load.exit).toBe(0);
    const r = report(load.out());
    expect(r.failed).toBe(0);
    for (const cls of ['keep-alive', 'fresh']) {
      expect(r.byClass[cls].sent).toBeGreaterThan(5);
      expect(r.byClass[cls].ok).toBe(r.byClass[cls].sent);
      expect(r.byClass[cls].byColor).toEqual({ green: r.byClass[cls].ok });
      expect(r.byClass[cls].byVersion).toEqual({ r2: r.byClass[cls].ok });
    }
  });

  it('counts failures by kind and class, and exits 1 when any request failed', async () => {
    const a = await app({ FAIL_RATE: '1' });
    const closed = `http://127.0.0.1:${await freePort()}`;
    const bad = run('load.mjs', { TARGET_URL: a.url, DURATION_MS: '300', CLASSES: 'fresh' });
    expect(await bad.exit).toBe(1);
    const r = report(bad.out());
    expect(Object.keys(r.byClass)).toEqual(['fresh']);
    expect(r.byClass.fresh.failureKinds).toEqual({ 'HTTP 500': r.byClass.fresh.sent });
    const refused = run('load.mjs', {
      TARGET_URL: closed,
      DURATION_MS: '200',
      CLASSES: 'keep-alive',
    });
    expect(await refused.exit).toBe(1);
    expect(Object.keys(report(refused.out()).byClass['keep-alive'].failureKinds)).toEqual([
      'ECONNREFUSED',
    ]);
  });

  it.each([
    [{}, 'TARGET_URL is required'],
    [{ TARGET_URL: 'https://x/' }, 'TARGET_URL must be http://'],
    [{ TARGET_URL: 'http://x/', CONCURRENCY: '0' }, 'CONCURRENCY must be an integer >= 1'],
    [{ TARGET_URL: 'http://x/', CLASSES: 'grpc' }, 'CLASSES: unknown class "grpc"'],
  ])('refuses bad settings %j with one line and exit 2', async (env, msg) => {
    const p = run('load.mjs', env as Record<string, string>);
    expect(await p.exit).toBe(2);
    expect(p.out()).toContain(`e2e-load: ${msg}`);
    expect(p.out().trim().split('\n')).toHaveLength(1);
  });
});
