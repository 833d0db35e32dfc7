/**
 * Kubeconfigs read without @kubernetes/client-node: a bearer token, a token
 * file and an exec plugin (how aws-eks-auth's kubeconfig authenticates), sent
 * to a real HTTP server; the token is masked; auth-provider configs fall back.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStdout } from '../../_shared/src/runner';
import { kubeGetter } from '../src/kube-node';
import { fastConnection } from '../src/kubeconfig';

const dir = mkdtempSync(join(tmpdir(), 'rdy-kubeconfig-'));
let server: ReturnType<typeof createServer>;
let url = '';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ major: '1', minor: '32', gitVersion: 'v1.32.1-eks' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

function kubeconfig(name: string, user: Record<string, unknown>): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'c',
      contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
      clusters: [{ name: 'k', cluster: { server: url } }],
      users: [{ name: 'u', user }],
    }),
  );
  return file;
}

describe('kubeconfig fast path', () => {
  it.each([
    ['token', { token: 'static-token-1' }, 'Bearer static-token-1'],
    ['token file', { tokenFile: 'token.txt' }, 'Bearer file-token-2'],
    [
      'exec plugin',
      {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          command: process.execPath,
          args: [
            '-e',
            'process.stdout.write(JSON.stringify({kind:"ExecCredential",status:{token:"exec-token-"+process.env.EXTRA}}))',
          ],
          env: [{ name: 'EXTRA', value: '3' }],
        },
      },
      'Bearer exec-token-3',
    ],
  ])('%s', async (_name, user, header) => {
    writeFileSync(join(dir, 'token.txt'), 'file-token-2\n');
    let stdout = '';
    const restore = setStdout((t) => {
      stdout += t;
    });
    try {
      const kube = await kubeGetter(kubeconfig(`${_name}.json`, user));
      const res = await kube.get('/version');
      kube.close();
      expect(res).toEqual({
        status: 200,
        body: { major: '1', minor: '32', gitVersion: 'v1.32.1-eks' },
      });
      expect(seen.at(-1)!.authorization).toBe(header);
      expect(stdout).toBe(`::add-mask::${header.replace('Bearer ', '')}\n`);
    } finally {
      restore();
    }
  });

  it('leaves auth-provider configs to @kubernetes/client-node', () => {
    expect(
      fastConnection(kubeconfig('ap.json', { 'auth-provider': { name: 'oidc' } })),
    ).toBeUndefined();
  });

  it('names a missing kubeconfig as a bad input', async () => {
    await expect(kubeGetter(join(dir, 'nope'))).rejects.toThrow(
      /^Input kubeconfig: .*nope does not exist$/,
    );
  });
});
