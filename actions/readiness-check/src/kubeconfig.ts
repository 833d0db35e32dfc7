/**
 * The kubeconfig forms readiness meets (EKS via aws-eks-auth's exec plugin,
 * tokens, client certificates, CA data or files, plain http for the sandbox)
 * read without @kubernetes/client-node: loading that client costs more than
 * a whole live run. Anything else (auth-provider plugins, several files in
 * KUBECONFIG) returns undefined and the caller falls back to the client.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { Json } from './types';

export type Connection = {
  server: string;
  tls: {
    ca?: Buffer;
    cert?: Buffer;
    key?: Buffer;
    rejectUnauthorized: boolean;
    servername?: string;
  };
  /** The Authorization header value, fetched once per run (an exec plugin runs once). */
  authorization(): Promise<string | undefined>;
};

const run = promisify(execFile);

function readPath(base: string, p: string): Buffer {
  return readFileSync(isAbsolute(p) ? p : resolve(base, p));
}

/** The kubeconfig file to read: the input, else KUBECONFIG when it names one file, else ~/.kube/config. */
export function kubeconfigFile(
  input: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (input) return input;
  const fromEnv = env.KUBECONFIG ?? '';
  if (fromEnv.includes(':')) return undefined; // merged configs: left to the client
  return fromEnv || join(homedir(), '.kube', 'config');
}

export function fastConnection(file: string): Connection | undefined {
  if (!existsSync(file)) return undefined;
  const base = dirname(file);
  const doc = parse(readFileSync(file, 'utf8')) as Json;
  const named = (list: Json[] | undefined, name: string) =>
    (list ?? []).find((x: Json) => x.name === name);
  const context = named(doc?.contexts, doc?.['current-context'])?.context;
  const cluster = context && named(doc.clusters, context.cluster)?.cluster;
  const user = (context && named(doc.users, context.user)?.user) ?? {};
  if (!cluster?.server || user['auth-provider']) return undefined;
  const data = (key: string) =>
    user[`${key}-data`]
      ? Buffer.from(user[`${key}-data`], 'base64')
      : user[key]
        ? readPath(base, user[key])
        : undefined;
  const tls: Connection['tls'] = {
    ca: cluster['certificate-authority-data']
      ? Buffer.from(cluster['certificate-authority-data'], 'base64')
      : cluster['certificate-authority']
        ? readPath(base, cluster['certificate-authority'])
        : undefined,
    cert: data('client-certificate'),
    key: data('client-key'),
    rejectUnauthorized: cluster['insecure-skip-tls-verify'] !== true,
    servername: cluster['tls-server-name'],
  };
  let auth: Promise<string | undefined> | undefined;
  const authorization = async (): Promise<string | undefined> => {
    if (user.token) return `Bearer ${user.token}`;
    if (user.tokenFile) return `Bearer ${readPath(base, user.tokenFile).toString('utf8').trim()}`;
    if (user.username && user.password) {
      return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
    }
    if (user.exec) {
      const e = user.exec;
      const env = { ...process.env };
      for (const { name, value } of e.env ?? []) env[name] = value;
      env.KUBERNETES_EXEC_INFO = JSON.stringify({
        apiVersion: e.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false },
      });
      const { stdout } = await run(e.command, e.args ?? [], { env, cwd: base, maxBuffer: 1 << 20 });
      const status = JSON.parse(stdout).status ?? {};
      if (status.clientCertificateData) tls.cert = Buffer.from(status.clientCertificateData);
      if (status.clientKeyData) tls.key = Buffer.from(status.clientKeyData);
      return status.token ? `Bearer ${status.token}` : undefined;
    }
    return undefined;
  };
  return {
    server: String(cluster.server).replace(/\/$/, ''),
    tls,
    authorization: () => {
      auth ??= authorization();
      return auth;
    },
  };
}
