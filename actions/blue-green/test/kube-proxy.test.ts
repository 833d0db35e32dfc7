/**
 * The Kubernetes transport through an outbound proxy, as kubectl: the
 * kubeconfig's `proxy-url`, else HTTP(S)_PROXY unless NO_PROXY exempts the API
 * server. Requests and watches both, through a real forward proxy on 127.0.0.1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../../sandbox/index';
import { forwardProxy } from '../../_shared/testing/forward-proxy';
import type { KubeTransport } from '../src/kube';
import { loadKubeConfig, nodeTransport } from '../src/kube-node';

let sb: Sandbox;
let proxy: ReturnType<typeof forwardProxy>;
let proxyUrl: string;
beforeAll(async () => {
  sb = await startSandbox({ operatorCrds: false });
  proxy = forwardProxy();
  await new Promise<void>((r) => proxy.server.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy?.server.close();
  await sb?.stop();
});

/**
 * One GET, then one watch event, through the transport: what the proxy saw for
 * each (hpagent tunnels plain http too, so each is a CONNECT to the API server).
 */
async function exercise(transport: KubeTransport): Promise<{ request: string[]; watch: string[] }> {
  const before = proxy.seen.length;
  let afterRequest = before;
  try {
    const res = await transport.request('GET', '/api/v1/namespaces');
    expect(res.status).toBe(200);
    afterRequest = proxy.seen.length;
    await new Promise<void>((resolve, reject) => {
      let handle: { abort(): void } | undefined;
      let seen = false;
      transport
        .watch(
          '/api/v1/namespaces',
          {},
          () => {
            if (seen) return;
            seen = true;
            handle?.abort();
            resolve();
          },
          (error) => (seen ? undefined : reject(error ?? new Error('watch ended'))),
        )
        .then((h) => {
          handle = h;
          if (seen) h.abort();
        }, reject);
    });
  } finally {
    transport.close?.();
  }
  return {
    request: proxy.seen.slice(before, afterRequest),
    watch: proxy.seen.slice(afterRequest),
  };
}

const apiServer = () => `CONNECT ${new URL(sb.server).host}`;

describe('kube transport and outbound proxies', () => {
  it('HTTP_PROXY: requests and watches go through the proxy', async () => {
    const seen = await exercise(
      nodeTransport(loadKubeConfig(sb.kubeconfigPath, { HTTP_PROXY: proxyUrl })),
    );
    expect(seen).toEqual({ request: [apiServer()], watch: [apiServer()] });
  });

  it('NO_PROXY naming the API server: direct', async () => {
    const seen = await exercise(
      nodeTransport(
        loadKubeConfig(sb.kubeconfigPath, { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' }),
      ),
    );
    expect(seen).toEqual({ request: [], watch: [] });
  });

  it("the kubeconfig's proxy-url (no proxy variables): requests and watches go through it", async () => {
    const doc = JSON.parse(loadKubeConfig(sb.kubeconfigPath, {}).exportConfig());
    for (const c of doc.clusters) c.cluster['proxy-url'] = proxyUrl;
    const file = join(mkdtempSync(join(tmpdir(), 'bg-kubeconfig-')), 'config');
    writeFileSync(file, JSON.stringify(doc));
    const seen = await exercise(nodeTransport(loadKubeConfig(file, {})));
    expect(seen).toEqual({ request: [apiServer()], watch: [apiServer()] });
  });
});
