/**
 * A scriptable GitHub REST API on 127.0.0.1 for tests: routes are
 * `METHOD /path` patterns answered by handlers; every request is recorded.
 * Response shapes follow docs.github.com/rest (the endpoints used are named
 * in the tests that register them).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  auth: string | undefined;
  params: string[];
};

export type FakeResponse = {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (artifact zips). */
  raw?: Buffer;
  /** Drop the connection without answering. */
  reset?: boolean;
};

type Handler = (req: FakeRequest, base: string) => FakeResponse | Promise<FakeResponse>;

export type FakeGitHub = {
  url: string;
  requests: FakeRequest[];
  route(method: string, pattern: RegExp, handler: Handler): void;
  close(): Promise<void>;
};

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const requests: FakeRequest[] = [];
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
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const base = `http://${req.headers.host}`;
    const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
    const request: FakeRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      auth: req.headers.authorization,
      params: route ? (route.pattern.exec(url.pathname)?.slice(1) ?? []) : [],
    };
    requests.push(request);
    const answer: FakeResponse = route
      ? await route.handler(request, base)
      : { status: 404, body: { message: 'Not Found' } };
    if (answer.reset) {
      req.socket.destroy();
      return;
    }
    if (answer.raw) {
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/zip', ...answer.headers });
      res.end(answer.raw);
      return;
    }
    res.writeHead(answer.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      ...answer.headers,
    });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, pattern, handler) {
      routes.unshift({ method, pattern, handler });
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Pages `items` the way GitHub does: `page`/`per_page` query and a `link` header. */
export function paged<T>(
  req: FakeRequest,
  base: string,
  items: T[],
  wrap?: (page: T[]) => unknown,
): FakeResponse {
  const perPage = Number(req.query.get('per_page') ?? 30);
  const page = Number(req.query.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < items.length) {
    const next = new URLSearchParams(req.query);
    next.set('page', String(page + 1));
    headers.link = `<${base}${req.path}?${next}>; rel="next", <${base}${req.path}?page=1>; rel="first"`;
  }
  return { body: wrap ? wrap(slice) : slice, headers };
}
