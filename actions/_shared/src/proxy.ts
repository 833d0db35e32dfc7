/**
 * Outbound proxies, as runners behind a corporate proxy configure them:
 * HTTPS_PROXY / HTTP_PROXY (either case) and NO_PROXY. Node's own fetch and
 * the AWS SDK ignore these variables, so every call out of an action goes
 * through `httpFetch` or takes `awsRequestHandler`. The proxy libraries load
 * only when a proxy is configured: runs without one pay nothing at start-up.
 */
import type { Env } from './runner';

function variable(env: Env, name: string): string | undefined {
  return env[name] || env[name.toLowerCase()] || undefined;
}

/** Whether NO_PROXY exempts this URL (`*`, exact hosts, `.suffix` or `suffix` domains, optional `:port`). */
export function bypassesProxy(url: URL, env: Env): boolean {
  const list = variable(env, 'NO_PROXY');
  if (!list) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase()) as RegExpExecArray;
      const [, rawHost = '', entryPort] = m;
      if (entryPort && entryPort !== port) return false;
      const domain = rawHost.replace(/^\*?\./, '');
      return host === domain || host.endsWith(`.${domain}`);
    });
}

/** The proxy this URL goes through, or undefined for a direct connection. */
export function proxyFor(url: URL, env: Env): string | undefined {
  if (bypassesProxy(url, env)) return undefined;
  return url.protocol === 'https:'
    ? (variable(env, 'HTTPS_PROXY') ?? variable(env, 'HTTP_PROXY'))
    : variable(env, 'HTTP_PROXY');
}

/**
 * `fetch` that honours the proxy variables. Without a proxy for this URL it is
 * the global fetch; with one, undici's own fetch and ProxyAgent (the same
 * library version on both sides, whatever Node bundles).
 */
export async function httpFetch(
  input: string | URL,
  init: RequestInit = {},
  env: Env = process.env,
): Promise<Response> {
  const url = new URL(input);
  const proxy = proxyFor(url, env);
  if (!proxy) return fetch(url, init);
  const undici = await import('undici');
  const response = await undici.fetch(url, {
    ...(init as Parameters<typeof undici.fetch>[1]),
    dispatcher: proxyAgent(undici, proxy),
  });
  return response as unknown as Response;
}

type Undici = typeof import('undici');
const agents = new Map<string, InstanceType<Undici['ProxyAgent']>>();
function proxyAgent(undici: Undici, proxy: string) {
  let agent = agents.get(proxy);
  if (!agent) {
    agent = new undici.ProxyAgent(proxy);
    agents.set(proxy, agent);
  }
  return agent;
}

/**
 * The `requestHandler` option for an AWS SDK v3 client whose endpoint is
 * `endpoint` (e.g. https://sts.us-east-1.amazonaws.com): agents that tunnel
 * through the configured proxy, or undefined for the SDK's default handler.
 */
export async function awsRequestHandler(
  endpoint: string,
  env: Env = process.env,
): Promise<{ httpsAgent: unknown; httpAgent: unknown } | undefined> {
  const proxy = proxyFor(new URL(endpoint), env);
  if (!proxy) return undefined;
  const [{ HttpsProxyAgent }, { HttpProxyAgent }] = await Promise.all([
    import('https-proxy-agent'),
    import('http-proxy-agent'),
  ]);
  return { httpsAgent: new HttpsProxyAgent(proxy), httpAgent: new HttpProxyAgent(proxy) };
}

/**
 * Options to spread into an AWS SDK client for `service` (the endpoint prefix:
 * sts, eks, kms, s3, ...) in `region`: `{ requestHandler }` when the proxy
 * variables route its endpoint (the SDK's own AWS_ENDPOINT_URL_* override
 * included) through a proxy, else nothing.
 */
export async function awsProxyOptions(
  service: string,
  region: string | undefined,
  env: Env = process.env,
): Promise<{ requestHandler?: { httpsAgent: unknown; httpAgent: unknown } }> {
  const endpoint =
    env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ||
    env.AWS_ENDPOINT_URL ||
    `https://${service}.${region || 'us-east-1'}.amazonaws.com`;
  const requestHandler = await awsRequestHandler(endpoint, env);
  return requestHandler ? { requestHandler } : {};
}
