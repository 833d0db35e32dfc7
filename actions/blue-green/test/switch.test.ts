/** switchAll's revert after a partial failure, on an in-memory transport. */
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../_shared/src/cancel';
import { type K8sObject, Kube, type KubeTransport, paths } from '../src/kube';
import { type SwitchRequest, switchAll } from '../src/switch';

const NS = 'ns';
const blue = { app: 'web', 'medimind.io/color': 'blue' };
const green = { app: 'web', 'medimind.io/color': 'green' };

function service(name: string, rv: number): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: NS, resourceVersion: String(rv) },
    spec: { selector: blue },
  };
}

/** Services in a map; a PUT of `lands` is stored, then answered with a cancellation. */
function cluster(lands: string) {
  const store = new Map<string, K8sObject>();
  let rv = 1;
  for (const n of ['a', 'b']) store.set(paths.service(NS, n), service(n, rv++));
  const transport: KubeTransport = {
    async request(method, path, options) {
      const current = store.get(path);
      if (method === 'GET') {
        return current
          ? { status: 200, body: structuredClone(current), headers: {} }
          : { status: 404, body: { reason: 'NotFound' }, headers: {} };
      }
      if (method === 'PUT' && current) {
        const body = structuredClone(options?.body) as K8sObject;
        if (body.metadata.resourceVersion !== current.metadata.resourceVersion) {
          return { status: 409, body: { reason: 'Conflict' }, headers: {} };
        }
        // A server-side dry run (dryRun=All) is validated like the write, never stored.
        if (options?.query?.dryRun === 'All') return { status: 200, body, headers: {} };
        body.metadata.resourceVersion = String(rv++);
        store.set(path, body);
        if (
          current.metadata.name === lands &&
          body.spec.selector['medimind.io/color'] === 'green'
        ) {
          throw new CancelledError('SIGTERM');
        }
        return { status: 200, body: structuredClone(body), headers: {} };
      }
      throw new Error(`unexpected ${method} ${path}`);
    },
    async watch() {
      throw new Error('no watches here');
    },
  };
  return { store, kube: new Kube(transport) };
}

const request = (name: string, decidedOn: K8sObject): SwitchRequest => ({
  app: name,
  service: name,
  decidedOn,
  selector: green,
  annotations: { 'medimind.io/phase': 'switched' },
});

describe('switchAll', () => {
  it('a write that landed before its call failed is put back with the others', async () => {
    const { store, kube } = cluster('b');
    const before = [...store.values()].map((s) => structuredClone(s));
    await expect(
      switchAll(kube, kube, NS, [request('a', before[0]!), request('b', before[1]!)]),
    ).rejects.toBeInstanceOf(CancelledError);
    for (const name of ['a', 'b']) {
      const svc = store.get(paths.service(NS, name))!;
      expect(svc.spec.selector).toEqual(blue);
      expect(svc.metadata.annotations?.['medimind.io/phase']).toBeUndefined();
    }
  });
});
