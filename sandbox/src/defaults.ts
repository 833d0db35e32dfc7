import { ApiError, type Json, type KObject } from './types';

function podSpecDefaults(spec: Json) {
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const tag = String(c.image ?? '')
      .split('@')[0]!
      .split('/')
      .pop()!;
    c.imagePullPolicy ??= tag.includes(':') && !tag.endsWith(':latest') ? 'IfNotPresent' : 'Always';
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.resources ??= {};
    for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  }
}

const IPV4 = { next: 1 };
function allocateClusterIp(): string {
  const n = IPV4.next++;
  return `10.96.${Math.floor(n / 250)}.${(n % 250) + 2}`;
}

/** The API server's defaulting for the kinds the sandbox models (a subset of the real one). */
export function applyDefaults(obj: KObject): void {
  const spec = obj.spec;
  switch (obj.kind) {
    case 'Namespace':
      obj.metadata.labels = {
        ...obj.metadata.labels,
        'kubernetes.io/metadata.name': obj.metadata.name,
      };
      obj.spec = { finalizers: ['kubernetes'], ...spec };
      obj.status = { phase: 'Active' };
      break;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet': {
      if (!spec) break;
      if (obj.kind !== 'DaemonSet') spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      if (obj.kind === 'Deployment') {
        spec.progressDeadlineSeconds ??= 600;
        spec.strategy ??= { type: 'RollingUpdate' };
        if ((spec.strategy.type ?? 'RollingUpdate') === 'RollingUpdate') {
          spec.strategy.type = 'RollingUpdate';
          spec.strategy.rollingUpdate = {
            maxSurge: '25%',
            maxUnavailable: '25%',
            ...spec.strategy.rollingUpdate,
          };
        }
      }
      spec.template ??= {};
      spec.template.metadata ??= {};
      podSpecDefaults(spec.template.spec);
      break;
    }
    case 'Pod':
      podSpecDefaults(spec);
      obj.status ??= { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    case 'Service': {
      if (!spec) break;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      spec.ipFamilies ??= ['IPv4'];
      spec.ipFamilyPolicy ??= 'SingleStack';
      spec.internalTrafficPolicy ??= 'Cluster';
      if (spec.clusterIP !== 'None') {
        spec.clusterIP ??= allocateClusterIp();
        spec.clusterIPs = [spec.clusterIP];
      }
      for (const p of spec.ports ?? []) {
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      obj.status ??= { loadBalancer: {} };
      break;
    }
    case 'HorizontalPodAutoscaler':
      if (spec) spec.minReplicas ??= 1;
      break;
  }
}

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

interface Cause {
  field: string;
  message: string;
  reason?: string;
}

export function invalid(obj: KObject, group: string, causes: Cause[]): ApiError {
  const kind = group ? `${obj.kind}.${group}` : obj.kind;
  const detail = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
  return new ApiError(422, 'Invalid', `${kind} "${obj.metadata?.name}" is invalid: ${detail}`, {
    name: obj.metadata?.name,
    group: group || undefined,
    kind: obj.kind,
    causes: causes.map((c) => ({
      reason: c.reason ?? 'FieldValueInvalid',
      message: c.message,
      field: c.field,
    })),
  });
}

/** Validation of the fields clients commonly get wrong; returns causes (empty = valid). */
export function validate(obj: KObject, old: KObject | undefined): Cause[] {
  const causes: Cause[] = [];
  const name = obj.metadata.name;
  const nameRule = ['Service', 'Namespace'].includes(obj.kind) ? LABEL_1035 : SUBDOMAIN;
  const maxLen = ['Service', 'Namespace'].includes(obj.kind) ? 63 : 253;
  if (
    obj.kind === 'Namespace' ? !LABEL_1123.test(name) : !nameRule.test(name) || name.length > maxLen
  ) {
    causes.push({
      field: 'metadata.name',
      message: `Invalid value: "${name}": a lowercase RFC 1123 name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
    });
  }
  for (const [k, v] of Object.entries(obj.metadata.labels ?? {})) {
    if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) {
      causes.push({
        field: `metadata.labels`,
        message: `Invalid value: "${v}": label ${k} must be 63 characters or less, alphanumeric, '-', '_' or '.'`,
      });
    }
  }
  const spec = obj.spec;
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(obj.kind)) {
    const sel = spec?.selector;
    if (!sel || (!sel.matchLabels && !sel.matchExpressions)) {
      causes.push({
        field: 'spec.selector',
        message: 'Required value',
        reason: 'FieldValueRequired',
      });
    } else {
      const labels = spec.template?.metadata?.labels ?? {};
      const ok = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
      if (!ok) {
        causes.push({
          field: 'spec.template.metadata.labels',
          message: `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``,
        });
      }
      if (old && JSON.stringify(old.spec?.selector) !== JSON.stringify(sel)) {
        causes.push({
          field: 'spec.selector',
          message: `Invalid value: ${JSON.stringify(sel)}: field is immutable`,
        });
      }
    }
    if (typeof spec?.replicas === 'number' && spec.replicas < 0) {
      causes.push({
        field: 'spec.replicas',
        message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0`,
      });
    }
    validateContainers(spec?.template?.spec, 'spec.template.spec', causes);
  }
  if (obj.kind === 'Pod') validateContainers(spec, 'spec', causes);
  if (obj.kind === 'Service') {
    if (old?.spec?.clusterIP && spec?.clusterIP && spec.clusterIP !== old.spec.clusterIP) {
      causes.push({
        field: 'spec.clusterIP',
        message: `Invalid value: "${spec.clusterIP}": field is immutable`,
      });
    }
    for (const [i, p] of (spec?.ports ?? []).entries()) {
      if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
        causes.push({
          field: `spec.ports[${i}].port`,
          message: `Invalid value: ${p.port}: must be between 1 and 65535, inclusive`,
        });
      }
    }
  }
  return causes;
}

function validateContainers(podSpec: Json, path: string, causes: Cause[]) {
  const containers = podSpec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    causes.push({
      field: `${path}.containers`,
      message: 'Required value',
      reason: 'FieldValueRequired',
    });
    return;
  }
  for (const [i, c] of containers.entries()) {
    if (!c.name)
      causes.push({
        field: `${path}.containers[${i}].name`,
        message: 'Required value',
        reason: 'FieldValueRequired',
      });
    if (!c.image)
      causes.push({
        field: `${path}.containers[${i}].image`,
        message: 'Required value',
        reason: 'FieldValueRequired',
      });
  }
}
