import { describe, type K8sObject, type Violation } from './types';

/**
 * MediMind's own manifest rules, on top of schema validation. They encode the
 * production and blue-green conventions of k8s/README.md. Each rule has a
 * stable id (used in messages, fixtures and tests) and checks the whole set
 * of built objects, because several rules relate objects to each other.
 *
 * Scope: container rules apply to Deployments (the application workloads);
 * the privileged node agents (DaemonSets in monitoring/security) are covered
 * only by the image rule.
 */

export interface Rule {
  id: string;
  title: string;
  check(objects: K8sObject[]): Violation[];
}

export const NAME_LABEL = 'app.kubernetes.io/name';
export const COLOR_LABEL = 'medimind.io/color';
export const SERVICE_ROLE_LABEL = 'medimind.io/service-role';
export const COLORS = ['blue', 'green'] as const;

type Dict = Record<string, unknown>;

function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function dict(v: unknown): Dict {
  return isDict(v) ? v : {};
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(dict(v))) {
    if (typeof val === 'string') out[k] = val;
  }
  return out;
}
function nameOf(o: K8sObject): string {
  return typeof o.metadata?.name === 'string' ? o.metadata.name : '';
}
function nsOf(o: K8sObject): string {
  return typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : '';
}
function ofKind(objects: K8sObject[], kind: string): K8sObject[] {
  return objects.filter((o) => o.kind === kind);
}

interface Container {
  name: string;
  raw: Dict;
}

function podSpec(o: K8sObject): Dict {
  return dict(dict(dict(o.spec).template).spec);
}
function podLabels(o: K8sObject): Record<string, string> {
  return strMap(dict(dict(dict(o.spec).template).metadata).labels);
}
function containers(o: K8sObject, withInit = false): Container[] {
  const spec = podSpec(o);
  const all = [...list(spec.containers), ...(withInit ? list(spec.initContainers) : [])];
  return all.filter(isDict).map((c) => ({
    name: typeof c.name === 'string' ? c.name : '<unnamed>',
    raw: c,
  }));
}

/** Label selector (matchLabels + matchExpressions) against a label set. */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const sel = dict(selector);
  const matchLabels = strMap(sel.matchLabels);
  const exprs = list(sel.matchExpressions).filter(isDict);
  if (Object.keys(matchLabels).length === 0 && exprs.length === 0) return false;
  for (const [k, v] of Object.entries(matchLabels)) {
    if (labels[k] !== v) return false;
  }
  for (const e of exprs) {
    const key = String(e.key);
    const values = list(e.values).map(String);
    const has = key in labels;
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[key] as string)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key] as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function violation(rule: string, o: K8sObject, message: string): Violation {
  return { rule, object: describe(o), message };
}

const probes: Rule = {
  id: 'MM001',
  title: 'every container has readiness, liveness and startup probes',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      for (const c of containers(d)) {
        for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
          if (!isDict(c.raw[probe])) {
            out.push(violation('MM001', d, `container ${c.name} has no ${probe}`));
          }
        }
      }
    }
    return out;
  },
};

const resources: Rule = {
  id: 'MM002',
  title: 'every container requests and limits cpu and memory',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      for (const c of containers(d, true)) {
        const res = dict(c.raw.resources);
        for (const kind of ['requests', 'limits'] as const) {
          for (const r of ['cpu', 'memory']) {
            if (dict(res[kind])[r] === undefined) {
              out.push(violation('MM002', d, `container ${c.name} has no ${kind}.${r}`));
            }
          }
        }
      }
    }
    return out;
  },
};

const securityContext: Rule = {
  id: 'MM003',
  title:
    'restricted securityContext: non-root, read-only root filesystem, no privilege escalation, ALL capabilities dropped, seccomp RuntimeDefault',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      const pod = dict(podSpec(d).securityContext);
      for (const c of containers(d, true)) {
        const sc = dict(c.raw.securityContext);
        const bad = (m: string) => out.push(violation('MM003', d, `container ${c.name}: ${m}`));
        const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
        if (nonRoot !== true) bad('runAsNonRoot must be true');
        if (sc.runAsUser === 0 || (sc.runAsUser === undefined && pod.runAsUser === 0)) {
          bad('runAsUser must not be 0');
        }
        if (sc.readOnlyRootFilesystem !== true) bad('readOnlyRootFilesystem must be true');
        if (sc.allowPrivilegeEscalation !== false) bad('allowPrivilegeEscalation must be false');
        if (sc.privileged === true) bad('privileged must not be true');
        const drop = list(dict(sc.capabilities).drop);
        if (!drop.includes('ALL')) bad('capabilities.drop must include ALL');
        if (list(dict(sc.capabilities).add).length > 0) bad('capabilities.add must be empty');
        const seccomp = dict(sc.seccompProfile ?? pod.seccompProfile).type;
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
          bad('seccompProfile.type must be RuntimeDefault');
        }
      }
    }
    return out;
  },
};

const draining: Rule = {
  id: 'MM004',
  title:
    'terminationGracePeriodSeconds and a preStop delay shorter than it, for connection draining',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      const grace = podSpec(d).terminationGracePeriodSeconds;
      if (typeof grace !== 'number') {
        out.push(violation('MM004', d, 'terminationGracePeriodSeconds is not set'));
      }
      for (const c of containers(d)) {
        const preStop = dict(dict(c.raw.lifecycle).preStop);
        const sleep = dict(preStop.sleep).seconds;
        if (!isDict(preStop.exec) && typeof sleep !== 'number') {
          out.push(violation('MM004', d, `container ${c.name} has no preStop sleep or exec hook`));
        } else if (typeof sleep === 'number' && typeof grace === 'number' && sleep >= grace) {
          out.push(
            violation(
              'MM004',
              d,
              `container ${c.name}: preStop sleep (${sleep}s) must be shorter than terminationGracePeriodSeconds (${grace}s)`,
            ),
          );
        }
      }
    }
    return out;
  },
};

/** Splits an image reference into its tag and digest (registry ports aware). */
export function imageParts(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const tag = colon >= 0 ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}

const POD_KINDS = ['Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicaSet'];

const images: Rule = {
  id: 'MM005',
  title: 'images are pinned by tag or digest, never :latest or untagged',
  check(objects) {
    const out: Violation[] = [];
    for (const o of objects.filter((x) => POD_KINDS.includes(String(x.kind)))) {
      for (const c of containers(o, true)) {
        const image = c.raw.image;
        if (typeof image !== 'string' || image === '') {
          out.push(violation('MM005', o, `container ${c.name} has no image`));
          continue;
        }
        const { tag, digest } = imageParts(image);
        if (digest !== undefined) {
          if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
            out.push(
              violation('MM005', o, `container ${c.name}: image ${image} has a malformed digest`),
            );
          }
        } else if (tag === undefined) {
          out.push(
            violation('MM005', o, `container ${c.name}: image ${image} has no tag or digest`),
          );
        } else if (tag === 'latest') {
          out.push(violation('MM005', o, `container ${c.name}: image ${image} uses :latest`));
        }
      }
    }
    return out;
  },
};

const colourLabels: Rule = {
  id: 'MM006',
  title:
    'Deployments are named <app>-<color> and carry app.kubernetes.io/name and medimind.io/color on metadata, selector and pod template',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      const meta = strMap(d.metadata?.labels);
      const sel = strMap(dict(dict(d.spec).selector).matchLabels);
      const tpl = podLabels(d);
      const app = meta[NAME_LABEL];
      const color = meta[COLOR_LABEL];
      if (!app || !color) {
        out.push(
          violation('MM006', d, `metadata.labels must set ${NAME_LABEL} and ${COLOR_LABEL}`),
        );
        continue;
      }
      if (!(COLORS as readonly string[]).includes(color)) {
        out.push(
          violation('MM006', d, `${COLOR_LABEL} must be one of ${COLORS.join(', ')}, got ${color}`),
        );
      }
      if (nameOf(d) !== `${app}-${color}`) {
        out.push(violation('MM006', d, `name must be ${app}-${color}`));
      }
      for (const [where, labels] of [
        ['spec.selector.matchLabels', sel],
        ['spec.template.metadata.labels', tpl],
      ] as const) {
        if (labels[NAME_LABEL] !== app || labels[COLOR_LABEL] !== color) {
          out.push(
            violation(
              'MM006',
              d,
              `${where} must set ${NAME_LABEL}=${app} and ${COLOR_LABEL}=${color}`,
            ),
          );
        }
      }
    }
    return out;
  },
};

const hpaPerDeployment: Rule = {
  id: 'MM007',
  title:
    'each Deployment has its own autoscaling/v2 HPA of the same name and colour, 3 <= min <= max <= 20, with cpu and memory targets',
  check(objects) {
    const out: Violation[] = [];
    const hpas = ofKind(objects, 'HorizontalPodAutoscaler');
    for (const d of ofKind(objects, 'Deployment')) {
      const targeting = hpas.filter((h) => {
        const ref = dict(dict(h.spec).scaleTargetRef);
        return ref.kind === 'Deployment' && ref.name === nameOf(d) && nsOf(h) === nsOf(d);
      });
      if (targeting.length !== 1) {
        out.push(
          violation('MM007', d, `expected exactly one HPA targeting it, found ${targeting.length}`),
        );
        continue;
      }
      const h = targeting[0] as K8sObject;
      const spec = dict(h.spec);
      const bad = (m: string) => out.push(violation('MM007', h, m));
      if (h.apiVersion !== 'autoscaling/v2') bad('must be autoscaling/v2');
      if (nameOf(h) !== nameOf(d)) bad(`must be named like its Deployment (${nameOf(d)})`);
      const dl = strMap(d.metadata?.labels);
      const hl = strMap(h.metadata?.labels);
      if (hl[NAME_LABEL] !== dl[NAME_LABEL] || hl[COLOR_LABEL] !== dl[COLOR_LABEL]) {
        bad(`must carry the Deployment's ${NAME_LABEL} and ${COLOR_LABEL} labels`);
      }
      const min = spec.minReplicas;
      const max = spec.maxReplicas;
      if (typeof min !== 'number' || typeof max !== 'number' || min < 3 || max > 20 || min > max) {
        bad(
          `replicas must satisfy 3 <= minReplicas <= maxReplicas <= 20 (got ${String(min)}..${String(max)})`,
        );
      }
      const metrics = list(spec.metrics).map((m) => dict(dict(m).resource).name);
      for (const r of ['cpu', 'memory']) {
        if (!metrics.includes(r)) bad(`has no ${r} resource metric`);
      }
    }
    return out;
  },
};

const pdbPerDeployment: Rule = {
  id: 'MM008',
  title: "each Deployment's pods are covered by exactly one PodDisruptionBudget",
  check(objects) {
    const out: Violation[] = [];
    const pdbs = ofKind(objects, 'PodDisruptionBudget');
    for (const d of ofKind(objects, 'Deployment')) {
      const labels = podLabels(d);
      const covering = pdbs.filter(
        (p) => nsOf(p) === nsOf(d) && selectorMatches(dict(p.spec).selector, labels),
      );
      if (covering.length !== 1) {
        out.push(
          violation(
            'MM008',
            d,
            `expected exactly one PodDisruptionBudget selecting its pods, found ${covering.length}${covering.length ? ` (${covering.map(nameOf).join(', ')})` : ''}`,
          ),
        );
      }
    }
    return out;
  },
};

const services: Rule = {
  id: 'MM009',
  title:
    'each app has a live Service <app> and a preview Service <app>-preview whose selectors name the app and a colour that has a Deployment',
  check(objects) {
    const out: Violation[] = [];
    const deployments = ofKind(objects, 'Deployment');
    const svcs = ofKind(objects, 'Service');
    const apps = new Map<string, K8sObject[]>();
    for (const d of deployments) {
      const app = strMap(d.metadata?.labels)[NAME_LABEL];
      if (!app) continue;
      const key = `${nsOf(d)}\u0000${app}`;
      apps.set(key, [...(apps.get(key) ?? []), d]);
    }
    for (const [key, ds] of apps) {
      const [ns, app] = key.split('\u0000') as [string, string];
      const first = ds[0] as K8sObject;
      const colours = ds.map((d) => strMap(d.metadata?.labels)[COLOR_LABEL]);
      for (const [svcName, role] of [
        [app, 'live'],
        [`${app}-preview`, 'preview'],
      ] as const) {
        const svc = svcs.find((s) => nameOf(s) === svcName && nsOf(s) === ns);
        if (!svc) {
          out.push(violation('MM009', first, `app ${app} has no ${role} Service named ${svcName}`));
          continue;
        }
        const sel = strMap(dict(svc.spec).selector);
        if (sel[NAME_LABEL] !== app) {
          out.push(violation('MM009', svc, `selector must set ${NAME_LABEL}=${app}`));
        }
        const colour = sel[COLOR_LABEL];
        if (!colour) {
          out.push(violation('MM009', svc, `selector must include ${COLOR_LABEL}`));
        } else if (!colours.includes(colour)) {
          out.push(
            violation('MM009', svc, `selector colour ${colour} has no Deployment ${app}-${colour}`),
          );
        }
        if (strMap(svc.metadata?.labels)[SERVICE_ROLE_LABEL] !== role) {
          out.push(violation('MM009', svc, `must be labelled ${SERVICE_ROLE_LABEL}=${role}`));
        }
      }
    }
    return out;
  },
};

const zoneSpread: Rule = {
  id: 'MM010',
  title: 'pods spread across zones (topologySpreadConstraints on topology.kubernetes.io/zone)',
  check(objects) {
    const out: Violation[] = [];
    for (const d of ofKind(objects, 'Deployment')) {
      const spread = list(podSpec(d).topologySpreadConstraints).filter(isDict);
      const zone = spread.find((t) => t.topologyKey === 'topology.kubernetes.io/zone');
      if (!zone) {
        out.push(
          violation('MM010', d, 'no topologySpreadConstraint on topology.kubernetes.io/zone'),
        );
      } else if (!selectorMatches(zone.labelSelector, podLabels(d))) {
        out.push(
          violation(
            'MM010',
            d,
            "the zone spread constraint's labelSelector does not select its own pods",
          ),
        );
      }
    }
    return out;
  },
};

export const RULES: readonly Rule[] = [
  probes,
  resources,
  securityContext,
  draining,
  images,
  colourLabels,
  hpaPerDeployment,
  pdbPerDeployment,
  services,
  zoneSpread,
];

/** Runs every rule over a built set of objects. */
export function checkManifests(objects: K8sObject[]): Violation[] {
  return RULES.flatMap((rule) => rule.check(objects));
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.rule} ${v.object}: ${v.message}`).join('\n');
}
