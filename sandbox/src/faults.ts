/** Fault injection rules, evaluated by the API server and the kubelet simulation. */

export type Verb =
  | 'get'
  | 'list'
  | 'watch'
  | 'create'
  | 'update'
  | 'patch'
  | 'delete'
  | 'deletecollection';

export interface ApiFaultRule {
  /** Verb(s) to match; omitted = any. */
  verb?: Verb | Verb[];
  /** Resource plural, optionally with group (`deployments`, `deployments.apps`, `deployments/status`); omitted = any. */
  resource?: string;
  namespace?: string;
  name?: string;
  /** Answer with this HTTP status (429, 500, 503, ...) as a Status object. */
  status?: number;
  /** Destroy the TCP connection without answering. */
  reset?: boolean;
  /** Extra latency before the request is handled (or the fault answered). */
  latencyMs?: number;
  /** Answer 409 Conflict on writes, as if the object had changed in between. */
  conflict?: boolean;
  /** Seconds for the Retry-After header on 429/503 (default 1). */
  retryAfterSeconds?: number;
  /** Apply this many times, then expire (default: until removed). */
  times?: number;
}

export type ImageFault =
  | { kind: 'pull-error' }
  | { kind: 'crash-loop'; exitCode?: number }
  | { kind: 'never-ready' }
  | { kind: 'ready-then-fail'; afterMs: number; mode?: 'error' | 'unready' }
  /** Ready and serving, but every answer takes `latencyMs` longer. */
  | { kind: 'slow'; latencyMs: number }
  /** Ready and serving, but a fraction `rate` (0..1) of answers are `status` (default 500). */
  | { kind: 'errors'; rate: number; status?: number };

export interface FaultHandle {
  /** Remove this fault. */
  remove(): void;
  /** How many times it has fired. */
  readonly hits: number;
}

interface ApiEntry {
  rule: ApiFaultRule;
  hits: number;
  removed: boolean;
}

interface ImageEntry {
  pattern: string | RegExp;
  fault: ImageFault;
  hits: number;
  removed: boolean;
}

function globToRegExp(glob: string): RegExp {
  const esc = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${esc}$`);
}

export class Faults {
  private apiRules: ApiEntry[] = [];
  private imageRules: ImageEntry[] = [];
  /** Set by the server: closes open watches, returns how many were closed. */
  dropWatchesImpl: (resource: string | undefined, reset: boolean) => number = () => 0;

  /** Add an API fault (see ApiFaultRule). */
  api(rule: ApiFaultRule): FaultHandle {
    const e: ApiEntry = { rule, hits: 0, removed: false };
    this.apiRules.push(e);
    return {
      remove: () => {
        e.removed = true;
      },
      get hits() {
        return e.hits;
      },
    };
  }

  /** Pods whose container image matches (exact, `*` glob, or RegExp) get this fault. */
  image(pattern: string | RegExp, fault: ImageFault): FaultHandle {
    const e: ImageEntry = { pattern, fault, hits: 0, removed: false };
    this.imageRules.push(e);
    return {
      remove: () => {
        e.removed = true;
      },
      get hits() {
        return e.hits;
      },
    };
  }

  /** Close every open watch (optionally only for one resource plural); `reset` destroys the socket. */
  dropWatches(opts: { resource?: string; reset?: boolean } = {}): number {
    return this.dropWatchesImpl(opts.resource, opts.reset ?? false);
  }

  clear(): void {
    this.apiRules = [];
    this.imageRules = [];
  }

  /** The first live rule matching a request (and count the hit). */
  matchApi(
    verb: Verb,
    resource: string,
    group: string,
    sub: string | undefined,
    ns?: string,
    name?: string,
  ) {
    for (const e of this.apiRules) {
      if (e.removed) continue;
      const r = e.rule;
      if (r.times !== undefined && e.hits >= r.times) continue;
      if (r.verb && !(Array.isArray(r.verb) ? r.verb : [r.verb]).includes(verb)) continue;
      if (r.resource) {
        const [resPart, subPart] = r.resource.split('/');
        const [plural, ...g] = resPart!.split('.');
        if (plural !== resource) continue;
        if (g.length && g.join('.') !== group) continue;
        if (subPart !== undefined && subPart !== sub) continue;
      }
      if (r.namespace && r.namespace !== ns) continue;
      if (r.name && r.name !== name) continue;
      if (r.conflict && !['create', 'update', 'patch', 'delete'].includes(verb)) continue;
      e.hits++;
      return r;
    }
    return undefined;
  }

  matchImage(image: string): ImageFault | undefined {
    for (const e of this.imageRules) {
      if (e.removed) continue;
      const re = typeof e.pattern === 'string' ? globToRegExp(e.pattern) : e.pattern;
      if (re.test(image)) {
        e.hits++;
        return e.fault;
      }
    }
    return undefined;
  }
}
