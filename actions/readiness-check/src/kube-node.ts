/**
 * The real Kubernetes transport: kubeconfig loading and auth (tokens, exec
 * plugins such as aws-eks-auth's token command, client certificates, CA) from
 * @kubernetes/client-node, GETs over one keep-alive agent. Imported lazily.
 */
import http from 'node:http';
import https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import { ConfigurationError } from '../../_shared/src/errors';
import { Inputs } from './constants';
import { Reason } from './failure-reasons';
import type { KubeGet } from './kube';

export function kubeGetter(path: string): { get: KubeGet; close(): void; server: string } {
  const kc = new KubeConfig();
  try {
    if (path) kc.loadFromFile(path);
    else kc.loadFromDefault();
  } catch (error) {
    throw new ConfigurationError(
      `Input ${Inputs.Kubeconfig}: cannot read kubeconfig ${path || '(default)'}: ${(error as Error).message}`,
      Reason['bad-input'],
    );
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) {
    throw new ConfigurationError(
      `Input ${Inputs.Kubeconfig}: ${path || 'the default kubeconfig'} has no current cluster`,
      Reason['bad-input'],
    );
  }
  const server = cluster.server.replace(/\/$/, '');
  const secure = server.startsWith('https:');
  let agent: http.Agent | undefined;
  const get: KubeGet = async (p, signal) => {
    const opts: https.RequestOptions = { method: 'GET', headers: { Accept: 'application/json' } };
    await kc.applyToHTTPSOptions(opts);
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
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(
        new URL(server + p),
        { ...opts, agent, signal },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {}
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
  };
  return { get, server, close: () => agent?.destroy() };
}
