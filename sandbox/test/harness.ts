/**
 * Test harness: a cluster reached only through a kubeconfig — the sandbox by default, or a
 * real cluster when CONTRACT_KUBECONFIG names one (the e2e-kind workflow does that).
 */

import { execFile } from 'node:child_process';
import { KubeConfig } from '@kubernetes/client-node';
import { type Sandbox, startSandbox } from '../index';

export interface Cluster {
  real: boolean;
  kubeconfigPath: string;
  kc: KubeConfig;
  sandbox?: Sandbox;
  kubectl(
    args: string[],
    stdin?: string,
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

export async function openCluster(): Promise<Cluster> {
  const realPath = process.env.CONTRACT_KUBECONFIG;
  let sandbox: Sandbox | undefined;
  let kubeconfigPath: string;
  if (realPath) kubeconfigPath = realPath;
  else {
    sandbox = await startSandbox({
      timing: {
        podStartDelayMs: 5,
        podReadyDelayMs: 30,
        endpointLagMs: 20,
        endpointLagTailMs: 10,
        endpointLagMaxMs: 100,
        timeScale: 0.01,
        backoffMs: 20,
        bookmarkIntervalMs: 100,
      },
    });
    kubeconfigPath = sandbox.kubeconfigPath;
  }
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath);
  return {
    real: !!realPath,
    kubeconfigPath,
    kc,
    sandbox,
    kubectl: (args, stdin) =>
      new Promise((resolve) => {
        const child = execFile(
          'kubectl',
          args,
          { env: { ...process.env, KUBECONFIG: kubeconfigPath }, timeout: 180_000 },
          (err, stdout, stderr) => {
            resolve({
              code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
              stdout,
              stderr,
            });
          },
        );
        if (stdin !== undefined) child.stdin?.end(stdin);
      }),
    close: async () => {
      await sandbox?.stop();
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value (or throw with the last value after `timeoutMs`). */
export async function eventually<T>(
  fn: () => T,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await fn();
      if (last) return last as NonNullable<Awaited<T>>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await sleep(15);
  }
}
