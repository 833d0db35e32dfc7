/**
 * The real Kubernetes transport: GETs over one keep-alive agent with the
 * kubeconfig's TLS and credentials. Common kubeconfigs are read directly
 * (kubeconfig.ts); others through @kubernetes/client-node, loaded only then.
 */
import http from 'node:http';
import https from 'node:https';
import { ConfigurationError } from '../../_shared/src/errors';
import { mask } from '../../_shared/src/mask';
import { Inputs } from './constants';
import { Reason } from './failure-reasons';
import type { KubeGet } from './kube';
import { type Connection, fastConnection, kubeconfigFile } from './kubeconfig';

function bad(path: string, why: string): ConfigurationError {
  return new ConfigurationError(
    `Input ${Inputs.Kubeconfig}: ${path || 'the default kubeconfig'} ${why}`,
    Reason['bad-input'],
  );
}

/** Through @kubernetes/client-node: auth-provider plugins, merged KUBECONFIG files. */
async function clientConnection(path: string): Promise<Connection> {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  try {
    if (path) kc.loadFromFile(path);
    else kc.loadFromDefault();
  } catch (error) {
    throw bad(path, `cannot be read: ${(error as Error).message}`);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw bad(path, 'has no current cluster');
  const opts: https.RequestOptions = { headers: {} };
  await kc.applyToHTTPSOptions(opts);
  const header = (opts.headers as Record<string, string>)?.Authorization;
  return {
    server: cluster.server.replace(/\/$/, ''),
    tls: {
      ca: opts.ca as Buffer,
      cert: opts.cert as Buffer,
      key: opts.key as Buffer,
      rejectUnauthorized: opts.rejectUnauthorized !== false,
      servername: opts.servername,
    },
    authorization: async () => header,
  };
}

export async function kubeGetter(
  path: string,
): Promise<{ get: KubeGet; close(): void; server: string }> {
  const file = kubeconfigFile(path);
  let conn: Connection | undefined;
  try {
    conn = file ? fastConnection(file) : undefined;
  } catch (error) {
    throw bad(path, `cannot be read: ${(error as Error).message}`);
  }
  if (!conn && path) {
    const { existsSync } = await import('node:fs');
    if (!existsSync(path)) throw bad(path, 'does not exist');
  }
  conn ??= await clientConnection(path);
  const { server, tls } = conn;
  const secure = server.startsWith('https:');
  let agent: http.Agent | undefined;
  let masked = false;
  const get: KubeGet = async (p, signal) => {
    const authorization = await conn.authorization();
    // Tokens (e.g. from an exec plugin) must never reach the log.
    if (authorization && !masked) {
      mask(authorization.replace(/^\w+ /, ''));
      masked = true;
    }
    // Created after the exec plugin ran: it may have supplied a client certificate.
    agent ??= secure
      ? new https.Agent({ keepAlive: true, ...tls })
      : new http.Agent({ keepAlive: true });
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (authorization) headers.Authorization = authorization;
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(
        new URL(server + p),
        { method: 'GET', headers, agent, signal },
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
