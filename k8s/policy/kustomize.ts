import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './types';

const run = promisify(execFile);

/** Raised when `kubectl` is not installed. */
export class KubectlMissingError extends Error {
  constructor() {
    super(
      'kubectl was not found on PATH: it is needed to build the kustomize overlays (install kubectl >= 1.27).',
    );
    this.name = 'KubectlMissingError';
  }
}

/** Runs the real `kubectl kustomize <dir>` and returns its YAML output. */
export async function kustomizeBuild(dir: string, kubectl = 'kubectl'): Promise<string> {
  try {
    const { stdout } = await run(kubectl, ['kustomize', dir], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new KubectlMissingError();
    throw new Error(`kubectl kustomize ${dir} failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

/** Parses a multi-document YAML stream into objects, skipping empty documents. */
export function parseManifests(text: string, source = 'manifests'): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: invalid YAML: ${doc.errors[0]?.message}`);
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${source}: every YAML document must be a mapping`);
    }
    objects.push(value as K8sObject);
  }
  return objects;
}

/** `kubectl kustomize` + parse. */
export async function buildOverlay(dir: string, kubectl?: string): Promise<K8sObject[]> {
  return parseManifests(await kustomizeBuild(dir, kubectl), dir);
}
