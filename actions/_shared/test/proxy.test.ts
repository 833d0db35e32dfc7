import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRequestHandler, bypassesProxy, httpFetch, proxyFor } from '../src/proxy';
import { forwardProxy } from '../testing/forward-proxy';

const STS_REPLY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<GetCallerIdentityResult><Arn>arn:aws:iam::111111111111:user/ci</Arn><UserId>AIDA</UserId><Account>111111111111</Account></GetCallerIdentityResult>
<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

let target: Server;
let targetUrl: string;
let proxy: ReturnType<typeof forwardProxy>;
let proxyUrl: string;

beforeAll(async () => {
  target = createServer((req, res) => {
    if (req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(STS_REPLY);
    } else res.end(`hello ${req.url}`);
  });
  target.listen(0, '127.0.0.1');
  proxy = forwardProxy();
  proxy.server.listen(0, '127.0.0.1');
  await Promise.all([once(target, 'listening'), once(proxy.server, 'listening')]);
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
});
afterAll(() => {
  target.close();
  proxy.server.close();
});

describe('proxy variables', () => {
  it('pick the proxy by scheme, in either case, and honour NO_PROXY', () => {
    const env = {
      https_proxy: 'http://p:1',
      HTTP_PROXY: 'http://q:2',
      NO_PROXY: '.internal, 10.0.0.1:8080',
    };
    expect(proxyFor(new URL('https://sts.amazonaws.com'), env)).toBe('http://p:1');
    expect(proxyFor(new URL('http://example.com'), env)).toBe('http://q:2');
    expect(proxyFor(new URL('https://api.corp.internal'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://internal'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://10.0.0.1:8080/x'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://10.0.0.1:9090/x'), env)).toBe('http://q:2');
    expect(bypassesProxy(new URL('https://anything'), { NO_PROXY: '*' })).toBe(true);
    expect(proxyFor(new URL('https://x'), {})).toBeUndefined();
  });

  it('httpFetch goes through a real proxy when one is set, directly when NO_PROXY says so', async () => {
    proxy.seen.length = 0;
    const via = await httpFetch(`${targetUrl}/a?b=1`, {}, { HTTP_PROXY: proxyUrl });
    expect(await via.text()).toBe('hello /a?b=1');
    // undici tunnels every request (CONNECT), even to an http: target.
    expect(proxy.seen).toEqual([`CONNECT ${new URL(targetUrl).host}`]);

    const direct = await httpFetch(
      `${targetUrl}/c`,
      {},
      { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' },
    );
    expect(await direct.text()).toBe('hello /c');
    expect(proxy.seen).toHaveLength(1);
  });

  it('an AWS SDK client given awsRequestHandler reaches its endpoint through the proxy', async () => {
    proxy.seen.length = 0;
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const handler = await awsRequestHandler(targetUrl, { HTTP_PROXY: proxyUrl });
    expect(handler).toBeDefined();
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: targetUrl,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      requestHandler: handler,
    });
    const who = await sts.send(new GetCallerIdentityCommand({}));
    expect(who.Account).toBe('111111111111');
    expect(proxy.seen).toEqual([`POST ${targetUrl}/`]);
    expect(await awsRequestHandler(targetUrl, {})).toBeUndefined();
  });
});
