/**
 * The API server's `services/<svc>/proxy` and `pods/<pod>/proxy` subresources reach only the
 * sandbox's own pods: a path like `//host:port/x` must never become a request to another host,
 * and the caller's Authorization header is never forwarded (the real apiserver strips it after
 * authenticating the caller).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../index';
import { eventually } from './harness';

const CANARY = 'Bearer canary-7f3a9c1e-do-not-forward';
let sb: Sandbox;
let outside: Server;
const outsideHits: { path: string; auth: string | undefined }[] = [];
let outsidePort = 0;

function get(
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${sb.server}${path}`, { headers: { Authorization: CANARY } }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function post(path: string, body: unknown) {
  const text = JSON.stringify(body);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      `${sb.server}${path}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

beforeAll(async () => {
  outside = createServer((req, res) => {
    outsideHits.push({ path: req.url ?? '', auth: req.headers.authorization });
    res.end('outside');
  });
  await new Promise<void>((r) => outside.listen(0, '127.0.0.1', () => r()));
  outsidePort = (outside.address() as AddressInfo).port;
  sb = await startSandbox({
    timing: { podStartDelayMs: 5, podReadyDelayMs: 20, endpointLagMs: 5, timeScale: 0.01 },
    operatorCrds: false,
  });
  const labels = { app: 'web' };
  expect(await post('/api/v1/namespaces', { metadata: { name: 'px' } })).toBe(201);
  expect(
    await post('/apis/apps/v1/namespaces/px/deployments', {
      metadata: { name: 'web' },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'web', image: 'web:1', ports: [{ containerPort: 8080 }] }] },
        },
      },
    }),
  ).toBe(201);
  expect(
    await post('/api/v1/namespaces/px/services', {
      metadata: { name: 'web' },
      spec: { selector: labels, ports: [{ port: 80, targetPort: 8080 }] },
    }),
  ).toBe(201);
  await eventually(
    async () => (await get('/api/v1/namespaces/px/services/web:80/proxy/ok')).status === 200,
    10_000,
    'the Service answering through the API proxy',
  );
});

afterAll(async () => {
  await sb?.stop();
  await new Promise<void>((r) => outside.close(() => r()));
});

describe('API server proxy subresources', () => {
  it.each([
    ['services/web:80', `//127.0.0.1:${0}/steal`],
    ['services/web', `//127.0.0.1:${0}/steal?x=1`],
    ['services/web:80', `/%2F127.0.0.1:${0}/steal`],
  ])('%s/proxy%s stays inside the sandbox and drops Authorization', async (sub, tmpl) => {
    const rest = tmpl.replace(':0/', `:${outsidePort}/`);
    const res = await get(`/api/v1/namespaces/px/${sub}/proxy${rest}`);
    expect(outsideHits).toEqual([]);
    expect(res.body).not.toContain('outside');
    // answered by the pod, with the whole rest taken as a path on it
    expect(res.status).toBe(200);
    expect(res.headers['x-sandbox-pod']).toMatch(/^web-/);
    expect(JSON.parse(res.body).path).toContain(`127.0.0.1:${outsidePort}/steal`);
  });

  it('pods/<pod>/proxy//host/... stays on the pod', async () => {
    const list = JSON.parse((await get('/api/v1/namespaces/px/pods')).body);
    const pod = list.items[0].metadata.name;
    const res = await get(`/api/v1/namespaces/px/pods/${pod}/proxy//127.0.0.1:${outsidePort}/x`);
    expect(outsideHits).toEqual([]);
    expect(res.status).toBe(200);
    expect(res.headers['x-sandbox-pod']).toBe(pod);
  });
});
