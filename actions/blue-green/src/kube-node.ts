/**
 * The real transport: kubeconfig loading and auth (tokens, exec plugins such
 * as the aws-eks-auth token command, client certificates, CA) from
 * @kubernetes/client-node, requests over node:http/https with keep-alive,
 * watches through the client's Watch. Imported lazily, after input validation.
 *
 * Proxies, as kubectl: the cluster's `proxy-url` in the kubeconfig (http, https
 * or socks), else HTTPS_PROXY / HTTP_PROXY unless NO_PROXY exempts the API
 * server. Requests and watches go through the same proxy.
 */
import http from 'node:http';
import https from 'node:https';
import { KubeConfig, Watch } from '@kubernetes/client-node';
import { ConfigurationError } from '../../_shared/src/errors';
import { proxyFor } from '../../_shared/src/proxy';
import type { Env } from '../../_shared/src/runner';
import { Inputs } from './constants';
import type { HttpResponse, KubeTransport, RequestOptions, WatchEvent } from './kube';

export function loadKubeConfig(path: string, env: Env = process.env): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (path) kc.loadFromFile(path);
    else kc.loadFromDefault();
  } catch (error) {
    throw new ConfigurationError(
      `Input ${Inputs.Kubeconfig}: cannot read kubeconfig ${path || '(default)'}: ${(error as Error).message}`,
    );
  }
  if (!kc.getCurrentCluster()) {
    throw new ConfigurationError(
      `Input ${Inputs.Kubeconfig}: ${path || 'the default kubeconfig'} has no current cluster`,
    );
  }
  return withEnvironmentProxy(kc, env);
}

/**
 * The kubeconfig with the proxy the environment names for its API server as
 * the current cluster's `proxy-url` (one set in the kubeconfig wins), so the
 * client's own agents (watches) and ours (requests) both use it.
 */
function withEnvironmentProxy(kc: KubeConfig, env: Env): KubeConfig {
  const cluster = kc.getCurrentCluster()!;
  if (cluster.proxyUrl) return kc;
  const proxy = proxyFor(new URL(cluster.server), env);
  if (!proxy) return kc;
  const copy = new KubeConfig();
  copy.loadFromOptions({
    clusters: kc.clusters.map((c) => (c.name === cluster.name ? { ...c, proxyUrl: proxy } : c)),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: kc.currentContext,
  });
  return copy;
}

function query(q: Record<string, string | number | boolean | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function nodeTransport(kc: KubeConfig): KubeTransport {
  const cluster = kc.getCurrentCluster()!;
  const server = cluster.server.replace(/\/$/, '');
  const secure = server.startsWith('https:');
  let agent: http.Agent | undefined;
  const watcher = new Watch(kc);
  const watches = new Set<AbortController>();
  return {
    close() {
      for (const w of watches) w.abort();
      watches.clear();
      agent?.destroy();
    },
    async request(method: string, path: string, options: RequestOptions = {}) {
      const opts: https.RequestOptions = { method, headers: { Accept: 'application/json' } };
      await kc.applyToHTTPSOptions(opts);
      // One keep-alive agent with the cluster's TLS settings for the whole run; through the
      // proxy, the client's own proxy agent (the one its watches use).
      if (!agent && cluster.proxyUrl) {
        agent = (await kc.applyToFetchOptions({ ...opts })).agent as http.Agent;
      }
      agent ??= secure
        ? new https.Agent({
            keepAlive: true,
            ca: opts.ca,
            cert: opts.cert,
            key: opts.key,
            rejectUnauthorized: opts.rejectUnauthorized,
            servername: opts.servername,
          })
        : new http.Agent({ keepAlive: true });
      opts.agent = agent;
      const body = options.body === undefined ? undefined : JSON.stringify(options.body);
      if (body !== undefined) {
        opts.headers = {
          ...(opts.headers as Record<string, string>),
          'Content-Type': options.contentType ?? 'application/json',
          'Content-Length': Buffer.byteLength(body),
        };
      }
      const url = new URL(server + path + query(options.query));
      return new Promise<HttpResponse>((resolve, reject) => {
        const req = (secure ? https : http).request(
          url,
          { ...opts, signal: options.signal },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = text ? JSON.parse(text) : undefined;
              } catch {}
              resolve({
                status: res.statusCode ?? 0,
                body: parsed,
                headers: res.headers as Record<string, string>,
              });
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    async watch(path, q, onEvent, done) {
      let controller: AbortController | undefined;
      controller = await watcher.watch(
        path,
        q,
        (type: string, object: WatchEvent['object']) => onEvent({ type, object }),
        (error: unknown) => {
          if (controller) watches.delete(controller);
          done(error);
        },
      );
      watches.add(controller);
      return {
        abort: () => {
          watches.delete(controller!);
          controller!.abort();
        },
      };
    },
  };
}
