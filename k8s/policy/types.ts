/** A Kubernetes object as parsed from YAML: only the envelope is typed. */
export interface K8sObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
    [key: string]: unknown;
  };
  spec?: unknown;
  [key: string]: unknown;
}

/** One broken rule on one object. */
export interface Violation {
  /** Stable rule id, e.g. MM001. */
  rule: string;
  /** `Kind/namespace/name` of the offending object. */
  object: string;
  message: string;
}

export function describe(obj: K8sObject): string {
  const kind = typeof obj.kind === 'string' ? obj.kind : '<no kind>';
  const name = typeof obj.metadata?.name === 'string' ? obj.metadata.name : '<no name>';
  const ns = typeof obj.metadata?.namespace === 'string' ? `${obj.metadata.namespace}/` : '';
  return `${kind}/${ns}${name}`;
}
