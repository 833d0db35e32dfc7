import { createRequire } from 'node:module';
import { describe, type K8sObject } from './types';

/**
 * Schema validation of built manifests.
 *
 * Built-in kinds are validated with kubernetes-models 4.5 (its per-kind
 * classes carry the Kubernetes OpenAPI schema: types, required fields,
 * enums). Note: those schemas do not reject unknown fields.
 *
 * Custom resources (External Secrets, Prometheus Operator) have no schema
 * here: kubernetes-models' CRD packages are not installed. For them only the
 * envelope is checked (apiVersion, kind, metadata, spec shape), and only the
 * CRD kinds listed in KNOWN_CRD_KINDS are accepted at all.
 */

export interface SchemaIssue {
  object: string;
  message: string;
}

/** CRD kinds we knowingly ship, per API group. */
export const KNOWN_CRD_KINDS: Record<string, readonly string[]> = {
  'external-secrets.io': ['ExternalSecret', 'SecretStore'],
  'monitoring.coreos.com': ['PrometheusRule', 'PodMonitor', 'ServiceMonitor'],
};

const require = createRequire(import.meta.url);

interface ModelClass {
  new (data: unknown): { validate(): void };
}

const classCache = new Map<string, ModelClass | null>();

/** Folder of a group inside kubernetes-models ('' is the core group `v1`). */
function modelClass(group: string, version: string, kind: string) {
  const key = `${group}/${version}/${kind}`;
  if (classCache.has(key)) return classCache.get(key) ?? null;
  let found: ModelClass | null = null;
  if (/^[A-Za-z0-9]+$/.test(kind) && /^v[0-9a-z]+$/.test(version)) {
    const path = group === '' ? version : `${group}/${version}`;
    try {
      const mod = require(`kubernetes-models/${path}/${kind}`) as Record<string, ModelClass>;
      found = mod[kind] ?? null;
    } catch {
      found = null;
    }
  }
  classCache.set(key, found);
  return found;
}

function isBuiltInGroup(group: string): boolean {
  return group === '' || group.endsWith('.k8s.io') || !group.includes('.');
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function isStringMap(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function envelopeIssues(obj: K8sObject): string[] {
  const issues: string[] = [];
  const name = obj.metadata?.name;
  if (typeof name !== 'string' || name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    issues.push('metadata.name must be a DNS-1123 subdomain (lower case, at most 253 characters)');
  }
  const ns = obj.metadata?.namespace;
  if (ns !== undefined && (typeof ns !== 'string' || ns.length > 63 || !DNS_LABEL.test(ns))) {
    issues.push('metadata.namespace must be a DNS-1123 label');
  }
  for (const field of ['labels', 'annotations'] as const) {
    const map = obj.metadata?.[field];
    if (map !== undefined && !isStringMap(map)) {
      issues.push(`metadata.${field} must map strings to strings`);
    }
  }
  return issues;
}

/** Validates one object; returns its problems (empty when valid). */
export function validateObject(obj: K8sObject): SchemaIssue[] {
  const object = describe(obj);
  const out = (message: string): SchemaIssue => ({ object, message });
  if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
    return [out('apiVersion and kind must both be strings')];
  }
  const slash = obj.apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : obj.apiVersion.slice(0, slash);
  const version = obj.apiVersion.slice(slash + 1);
  const issues = envelopeIssues(obj).map(out);

  if (isBuiltInGroup(group)) {
    const Model = modelClass(group, version, obj.kind);
    if (!Model) {
      return [...issues, out(`unknown built-in kind ${obj.apiVersion} ${obj.kind}`)];
    }
    try {
      new Model(obj).validate();
    } catch (error) {
      const err = error as {
        errors?: { instancePath?: string; message?: string }[];
        message?: string;
      };
      const details = err.errors?.length
        ? err.errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
        : [String(err.message ?? error)];
      issues.push(...details.map(out));
    }
    return issues;
  }

  const kinds = KNOWN_CRD_KINDS[group];
  if (!kinds?.includes(obj.kind)) {
    return [
      ...issues,
      out(
        `no schema for ${obj.apiVersion} ${obj.kind}: allowed custom resources are ${Object.entries(
          KNOWN_CRD_KINDS,
        )
          .map(([g, ks]) => ks.map((k) => `${g} ${k}`).join(', '))
          .join(', ')}`,
      ),
    ];
  }
  if (!/^v[0-9]+((alpha|beta)[0-9]+)?$/.test(version)) {
    issues.push(out(`apiVersion ${obj.apiVersion} has no valid version`));
  }
  if (typeof obj.spec !== 'object' || obj.spec === null || Array.isArray(obj.spec)) {
    issues.push(out('spec must be an object'));
  }
  return issues;
}

export function validateManifests(objects: K8sObject[]): SchemaIssue[] {
  return objects.flatMap(validateObject);
}
