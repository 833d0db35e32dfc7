/**
 * The kubeconfig: one cluster, one context, one user whose credentials come
 * from an exec plugin — this bundle's token command, run by the node binary
 * running this action, so tokens refresh themselves during long rollouts.
 * It holds no secret: the plugin signs with the AWS_* variables exported to
 * the job, which kubectl passes to it.
 */

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaml } from '../../_shared/src/yaml';
import type { ClusterInfo } from './cluster';
// From constants, not ./token: that would load node:crypto on every start-up.
import { EXEC_API_VERSION } from './constants';

export type TokenCommand = { command: string; script: string };

/** dist/index.js sits beside dist/token/index.js; absolute paths so any later step can run it. */
export function bundledTokenCommand(moduleUrl: string = import.meta.url): TokenCommand {
  return {
    command: process.execPath,
    script: join(dirname(fileURLToPath(moduleUrl)), 'token', 'index.js'),
  };
}

/** YAML via the `yaml` package, loaded only here (it would double the start-up bundle). */
export async function kubeconfigYaml(
  cluster: ClusterInfo,
  region: string,
  token: TokenCommand,
): Promise<string> {
  const { stringify } = await loadYaml();
  const name = cluster.arn;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [
      {
        name,
        cluster: {
          server: cluster.endpoint,
          'certificate-authority-data': cluster.certificateAuthority,
        },
      },
    ],
    contexts: [{ name, context: { cluster: name, user: name } }],
    'current-context': name,
    users: [
      {
        name,
        user: {
          exec: {
            apiVersion: EXEC_API_VERSION,
            command: token.command,
            args: [token.script, '--cluster', cluster.name, '--region', region],
            interactiveMode: 'Never',
            provideClusterInfo: false,
          },
        },
      },
    ],
  });
}

export function defaultKubeconfigPath(runnerTemp: string, clusterName: string): string {
  return join(runnerTemp, 'aws-eks-auth', `${clusterName}.kubeconfig`);
}

/** Written owner-only (0600), as kubectl warns about group/world-readable configs. */
export function writeKubeconfig(path: string, yaml: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, yaml, { mode: 0o600 });
  chmodSync(path, 0o600); // mode above applies only when the file is created
}
