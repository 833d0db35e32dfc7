/**
 * A stand-in for the runner's OIDC token endpoint on 127.0.0.1: answers
 * GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=… with {"value": <jwt>} when the
 * bearer request token matches, the way GitHub's endpoint does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const REQUEST_TOKEN = 'runner-request-token-7f3a';

/** An unsigned JWT carrying GitHub's usual claims (STS is mocked; only the claims matter). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export type OidcServer = {
  url: string;
  requests: { audience: string | null; authorization: string | undefined }[];
  /** Status codes to answer before succeeding (e.g. [503]). */
  failures: number[];
  close(): Promise<void>;
};

export async function startOidcServer(): Promise<OidcServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const audience = url.searchParams.get('audience');
    oidc.requests.push({ audience, authorization: req.headers.authorization });
    const failure = oidc.failures.shift();
    if (failure) {
      res.writeHead(failure).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad token"}');
      return;
    }
    const value = fakeJwt({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:medimind/delivery:ref:refs/heads/main',
      aud: audience,
      repository: 'medimind/delivery',
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const oidc: OidcServer = {
    // Like the runner's: the URL already has a query string; the client appends &audience=.
    url: `http://127.0.0.1:${port}/_apis/distributedtask/hubs/build/plans/p/jobs/j/idtoken?api-version=2.0`,
    requests: [],
    failures: [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return oidc;
}
