/**
 * Manifests: files, globs or a kustomize directory (built with the real
 * `kubectl kustomize`), grouped per app, and rendered for the idle colour.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../../_shared/src/errors';
import { execute } from '../../_shared/src/exec';
import { Annotations, type Color, Inputs, Labels } from './constants';
import { checkImageRef, imageFor } from './images';
import type { K8sObject } from './kube';

export type AppManifests = {
  app: string;
  deployment: K8sObject;
  hpa?: K8sObject;
  liveService?: K8sObject;
  previewService?: K8sObject;
};

export type ManifestSet = { apps: AppManifests[]; ignored: string[] };

const GLOB = /[*?[]/;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const isManifestFile = (f: string) => /\.(ya?ml|json)$/.test(f);
const kustomization = (dir: string) =>
  ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((f) =>
    existsSync(join(dir, f)),
  );

/** Reads every object named by the `manifests` input, in order. */
export async function loadManifests(
  entries: readonly string[],
  options: { cwd?: string; signal?: AbortSignal; kubectl?: string } = {},
): Promise<K8sObject[]> {
  const cwd = options.cwd ?? process.cwd();
  const objects: K8sObject[] = [];
  for (const entry of entries) {
    const texts: { source: string; text: string }[] = [];
    if (GLOB.test(entry)) {
      const firstGlob = entry.search(GLOB);
      const baseDir = resolve(cwd, entry.slice(0, entry.lastIndexOf('/', firstGlob) + 1) || '.');
      const pattern = globToRegExp(resolve(cwd, entry));
      const files = existsSync(baseDir)
        ? walk(baseDir)
            .filter((f) => pattern.test(f) && isManifestFile(f))
            .sort()
        : [];
      if (files.length === 0) {
        throw new ConfigurationError(`Input ${Inputs.Manifests}: "${entry}" matches no file`);
      }
      for (const f of files)
        texts.push({ source: relative(cwd, f), text: readFileSync(f, 'utf8') });
    } else {
      const path = resolve(cwd, entry);
      if (!existsSync(path)) {
        throw new ConfigurationError(`Input ${Inputs.Manifests}: "${entry}" does not exist`);
      }
      if (statSync(path).isDirectory()) {
        if (kustomization(path)) {
          texts.push({ source: entry, text: await kustomize(path, options) });
        } else {
          for (const f of walk(path).filter(isManifestFile).sort()) {
            texts.push({ source: relative(cwd, f), text: readFileSync(f, 'utf8') });
          }
        }
      } else {
        texts.push({ source: entry, text: readFileSync(path, 'utf8') });
      }
    }
    for (const { source, text } of texts) objects.push(...parseObjects(source, text));
  }
  return objects;
}

async function kustomize(
  dir: string,
  options: { signal?: AbortSignal; kubectl?: string },
): Promise<string> {
  let result: Awaited<ReturnType<typeof execute>>;
  try {
    result = await execute(options.kubectl ?? 'kubectl', ['kustomize', dir], {
      output: 'capture',
      signal: options.signal,
    });
  } catch (error) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests}: ${dir} is a kustomize directory but kubectl could not run (${(error as Error).message}); install kubectl on the runner`,
    );
  }
  if (result.exitCode !== 0) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests}: kubectl kustomize ${dir} failed: ${result.stderr.trim()}`,
    );
  }
  return result.stdout;
}

export function parseObjects(source: string, text: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new ConfigurationError(
        `Input ${Inputs.Manifests}: ${source} is not valid YAML: ${doc.errors[0]!.message}`,
      );
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const items =
      typeof value === 'object' && (value as K8sObject).kind?.endsWith('List')
        ? ((value as { items?: unknown[] }).items ?? [])
        : [value];
    for (const item of items) {
      const obj = item as K8sObject;
      if (!obj || typeof obj !== 'object' || !obj.kind || !obj.apiVersion || !obj.metadata?.name) {
        throw new ConfigurationError(
          `Input ${Inputs.Manifests}: ${source} holds a document without apiVersion, kind and metadata.name`,
        );
      }
      objects.push(obj);
    }
  }
  return objects;
}

const COLOR_SUFFIX = /-(blue|green)$/;

/** The app a Deployment belongs to: its app.kubernetes.io/name label, else its name without a colour. */
export function appOf(obj: K8sObject): string {
  return obj.metadata.labels?.[Labels.Name] ?? obj.metadata.name.replace(COLOR_SUFFIX, '');
}

/**
 * Groups the objects per app, whatever their order (a Service may come before
 * its Deployment). Kinds the action does not manage are returned as ignored.
 */
export function groupApps(objects: readonly K8sObject[], namespace: string): ManifestSet {
  const inNamespace = (o: K8sObject) => !o.metadata.namespace || o.metadata.namespace === namespace;
  const ignored: string[] = [];
  const apps = new Map<string, AppManifests>();
  for (const o of objects) {
    if (o.kind === 'Deployment' && inNamespace(o)) {
      const app = appOf(o);
      if (apps.has(app)) {
        throw new ConfigurationError(
          `Input ${Inputs.Manifests}: app "${app}" has more than one Deployment (${apps.get(app)!.deployment.metadata.name}, ${o.metadata.name}); give one colour's Deployment per app`,
        );
      }
      apps.set(app, { app, deployment: o });
    }
  }
  for (const o of objects) {
    if (o.kind === 'Deployment' && inNamespace(o)) continue;
    if (!inNamespace(o)) {
      ignored.push(`${o.kind}/${o.metadata.name} (namespace ${o.metadata.namespace})`);
      continue;
    }
    if (o.kind === 'HorizontalPodAutoscaler') {
      const target = o.spec?.scaleTargetRef?.name as string | undefined;
      const owner = [...apps.values()].find((a) => a.deployment.metadata.name === target);
      if (owner) {
        owner.hpa = o;
        continue;
      }
    }
    if (o.kind === 'Service') {
      const live = apps.get(o.metadata.name);
      if (live) {
        live.liveService = o;
        continue;
      }
      const preview = apps.get(o.metadata.name.replace(/-preview$/, ''));
      if (preview && o.metadata.name.endsWith('-preview')) {
        preview.previewService = o;
        continue;
      }
    }
    ignored.push(`${o.kind}/${o.metadata.name}`);
  }
  if (apps.size === 0) {
    throw new ConfigurationError(
      `Input ${Inputs.Manifests}: no Deployment in namespace ${namespace}; nothing to deploy`,
    );
  }
  return { apps: [...apps.values()].sort((a, b) => a.app.localeCompare(b.app)), ignored };
}

/** Sets every `medimind.io/color` label value found in a label map to `color`. */
function withColorLabel(
  labels: Record<string, string> | undefined,
  color: Color,
): Record<string, string> {
  return { ...labels, [Labels.Color]: color };
}

function clean(obj: K8sObject, name: string, namespace: string): K8sObject {
  const copy = structuredClone(obj);
  const { labels, annotations } = copy.metadata;
  copy.metadata = { name, namespace, labels, annotations };
  delete copy.status;
  return copy;
}

export type RenderOptions = {
  color: Color;
  namespace: string;
  releaseId: string;
  replicas: number;
  images: ReadonlyMap<string, string>;
};

export function deploymentName(app: string, color: Color): string {
  return `${app}-${color}`;
}

/** The idle colour's Deployment: renamed, relabelled, re-selected, pre-scaled, images pinned. */
export function renderDeployment(m: AppManifests, o: RenderOptions): K8sObject {
  const d = clean(m.deployment, deploymentName(m.app, o.color), o.namespace);
  d.metadata.labels = withColorLabel({ [Labels.Name]: m.app, ...d.metadata.labels }, o.color);
  d.metadata.annotations = { ...d.metadata.annotations, [Annotations.ReleaseId]: o.releaseId };
  const spec = d.spec ?? {};
  d.spec = spec;
  spec.replicas = o.replicas;
  spec.selector = {
    ...spec.selector,
    matchLabels: withColorLabel({ [Labels.Name]: m.app, ...spec.selector?.matchLabels }, o.color),
  };
  spec.template ??= {};
  spec.template.metadata ??= {};
  spec.template.metadata.labels = withColorLabel(
    { [Labels.Name]: m.app, ...spec.template.metadata.labels },
    o.color,
  );
  // A new release id always rolls new pods, even when only config changed.
  spec.template.metadata.annotations = {
    ...spec.template.metadata.annotations,
    [Annotations.ReleaseId]: o.releaseId,
  };
  for (const c of spec.template.spec?.topologySpreadConstraints ?? []) {
    const ml = c.labelSelector?.matchLabels as Record<string, string> | undefined;
    if (ml && Labels.Color in ml) c.labelSelector.matchLabels = withColorLabel(ml, o.color);
  }
  for (const kind of ['containers', 'initContainers'] as const) {
    for (const c of spec.template.spec?.[kind] ?? []) {
      const next = imageFor(o.images, c.name, c.image ?? '');
      if (next) c.image = next;
      const problem = checkImageRef(c.image ?? '');
      if (problem) {
        throw new ConfigurationError(
          `Deployment ${m.deployment.metadata.name}, container ${c.name}: image "${c.image}" ${problem} (set it with the ${Inputs.Images} input)`,
        );
      }
    }
  }
  return d;
}

export function renderHpa(m: AppManifests, o: RenderOptions): K8sObject | undefined {
  if (!m.hpa) return undefined;
  const h = clean(m.hpa, deploymentName(m.app, o.color), o.namespace);
  h.metadata.labels = withColorLabel({ [Labels.Name]: m.app, ...h.metadata.labels }, o.color);
  h.spec = {
    ...h.spec,
    scaleTargetRef: { ...h.spec.scaleTargetRef, name: deploymentName(m.app, o.color) },
  };
  return h;
}

/** The selector a Service gets for a colour: its own selector with the colour set. */
export function selectorForColor(
  app: string,
  base: Record<string, string> | undefined,
  color: Color,
): Record<string, string> {
  return withColorLabel({ [Labels.Name]: app, ...base }, color);
}

/** A Service from the manifests, ready to create (first deploy). */
export function renderService(
  svc: K8sObject | undefined,
  name: string,
  app: string,
  namespace: string,
  color: Color,
): K8sObject {
  const base: K8sObject = svc
    ? clean(svc, name, namespace)
    : {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace, labels: { [Labels.Name]: app } },
        spec: { ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
      };
  base.spec = { ...base.spec, selector: selectorForColor(app, base.spec?.selector, color) };
  return base;
}
