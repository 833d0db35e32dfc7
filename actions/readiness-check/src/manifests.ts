/**
 * Static mode's objects: a file of built manifests, or a kustomize directory
 * built with the real `kubectl kustomize`. Each object is traced back to the
 * source file (and line) defining it, so findings can be annotated there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';
import { execute } from '../../_shared/src/exec';
import { Inputs } from './constants';
import { Reason } from './failure-reasons';
import { ObjectSet } from './objects';
import type { K8sObject, Location } from './types';

const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

type Doc = { object: K8sObject; file: string; line: number };

function parseDocs(text: string, file: string): Doc[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  const out: Doc[] = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      throw new ActionFailure(
        `${file}: invalid YAML: ${doc.errors[0]!.message}`,
        Reason['manifests-invalid'],
      );
    }
    const object = doc.toJS() as K8sObject | null;
    if (!object || typeof object !== 'object') continue;
    const items: K8sObject[] =
      object.kind?.endsWith('List') && Array.isArray(object.items) ? object.items : [object];
    const start = doc.contents?.range?.[0] ?? 0;
    for (const item of items) out.push({ object: item, file, line: lines.linePos(start).line });
  }
  return out;
}

/** Source documents a kustomization pulls in through `resources` (recursively). */
function sourceDocs(dir: string, seen = new Set<string>()): Doc[] {
  const k = KUSTOMIZATION.map((f) => join(dir, f)).find(existsSync);
  if (!k || seen.has(k)) return [];
  seen.add(k);
  const spec = (parseAllDocuments(readFileSync(k, 'utf8'))[0]?.toJS() ?? {}) as {
    resources?: string[];
  };
  return (spec.resources ?? []).flatMap((r) => {
    const path = resolve(dir, r);
    if (!existsSync(path)) return [];
    if (statSync(path).isDirectory()) return sourceDocs(path, seen);
    try {
      return parseDocs(readFileSync(path, 'utf8'), path);
    } catch {
      return [];
    }
  });
}

function locator(docs: Doc[], root: string): (o: K8sObject) => Location | undefined {
  const index = new Map<string, Location>();
  for (const d of docs) {
    const key = `${d.object?.kind}/${d.object?.metadata?.name}`;
    if (!index.has(key)) index.set(key, { file: relative(root, d.file) || d.file, line: d.line });
  }
  return (o) => index.get(`${o.kind}/${o.metadata.name}`);
}

export async function loadManifests(
  input: string,
  options: { cwd?: string; signal?: AbortSignal; kubectl?: string } = {},
): Promise<ObjectSet> {
  const cwd = options.cwd ?? process.cwd();
  const path = isAbsolute(input) ? input : resolve(cwd, input);
  if (!existsSync(path)) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests}: ${input} does not exist (a kustomize directory or a file of built manifests)`,
      Reason['bad-input'],
    );
  }
  if (!statSync(path).isDirectory()) {
    const docs = parseDocs(readFileSync(path, 'utf8'), path);
    return new ObjectSet(
      `manifests ${input}`,
      docs.map((d) => d.object),
      [],
      locator(docs, cwd),
    );
  }
  if (!KUSTOMIZATION.some((f) => existsSync(join(path, f)))) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests}: ${input} is a directory without a kustomization.yaml (give a kustomize directory or a file of built manifests)`,
      Reason['bad-input'],
    );
  }
  let result: Awaited<ReturnType<typeof execute>>;
  try {
    result = await execute(options.kubectl ?? 'kubectl', ['kustomize', path], {
      output: 'capture',
      signal: options.signal,
    });
  } catch (error) {
    throw new ActionFailure(
      `kubectl kustomize ${input} could not run (${(error as Error).message}); install kubectl on the runner`,
      Reason['manifests-invalid'],
    );
  }
  if (result.exitCode !== 0) {
    throw new ActionFailure(
      `kubectl kustomize ${input} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
      Reason['manifests-invalid'],
    );
  }
  const built = parseDocs(result.stdout, `${input} (built)`);
  return new ObjectSet(
    `manifests ${input}`,
    built.map((d) => d.object),
    [],
    locator(sourceDocs(path), cwd),
  );
}
