import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifests } from '../policy/kustomize';
import type { K8sObject } from '../policy/types';

export const K8S_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(K8S_DIR, 'test', 'fixtures');
export const OVERLAYS = ['staging', 'production'] as const;

export function loadFixture(name: string): K8sObject[] {
  return parseManifests(readFileSync(join(FIXTURES_DIR, name), 'utf8'), name);
}

/**
 * Whether the real kubectl is here. In CI its absence is an error (the tests
 * must not silently skip there); locally the kubectl tests are skipped.
 */
export function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') {
      throw new Error(
        'kubectl is required in CI (CI=true) to build the kustomize overlays, but it was not found on PATH',
      );
    }
    return false;
  }
}
