import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, strategicMergePatch } from '../src/patch';
import {
  matchesFields,
  matchesRequirements,
  parseFieldSelector,
  parseLabelSelector,
} from '../src/selectors';

const pod = {
  metadata: { labels: { a: '1' }, finalizers: ['x'] },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'app:1',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        ports: [{ containerPort: 80 }],
      },
      { name: 'side', image: 'side:1' },
    ],
    tolerations: [{ key: 't1' }],
  },
};

describe('strategic merge patch', () => {
  it('merges containers and env by name, ports by containerPort, replaces atomic lists', () => {
    const out = strategicMergePatch(pod, {
      spec: {
        containers: [
          {
            name: 'app',
            image: 'app:2',
            env: [
              { name: 'B', value: '3' },
              { name: 'C', value: '4' },
            ],
            ports: [{ containerPort: 80, name: 'http' }],
          },
        ],
        tolerations: [{ key: 't2' }],
      },
    });
    expect(out.spec.containers).toHaveLength(2);
    expect(out.spec.containers[0]).toMatchObject({
      image: 'app:2',
      ports: [{ containerPort: 80, name: 'http' }],
    });
    expect(out.spec.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '3' },
      { name: 'C', value: '4' },
    ]);
    expect(out.spec.tolerations).toEqual([{ key: 't2' }]);
    expect(pod.spec.containers[0]!.image).toBe('app:1'); // input untouched
  });

  it('honours $patch delete/replace, null deletion, $retainKeys, $deleteFromPrimitiveList and ignores $setElementOrder', () => {
    const out = strategicMergePatch(pod, {
      metadata: { labels: { a: null, b: '2' }, '$deleteFromPrimitiveList/finalizers': ['x'] },
      spec: {
        '$setElementOrder/containers': [{ name: 'side' }, { name: 'app' }],
        containers: [{ name: 'side', $patch: 'delete' }],
      },
    });
    expect(out.metadata).toEqual({ labels: { b: '2' }, finalizers: [] });
    expect(out.spec.containers.map((c: { name: string }) => c.name)).toEqual(['app']);
    const replaced = strategicMergePatch(
      { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } },
      { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } },
    );
    expect(replaced.spec.strategy).toEqual({ type: 'Recreate' });
    expect(strategicMergePatch({ a: { b: 1, c: 2 } }, { a: { $patch: 'replace', d: 3 } })).toEqual({
      a: { d: 3 },
    });
    expect(
      strategicMergePatch({ l: [{ name: 'x' }] }, { l: [{ $patch: 'replace' }, { name: 'y' }] }),
    ).toEqual({ l: [{ name: 'y' }] });
  });
});

describe('merge and JSON patch', () => {
  it('merge patch replaces lists and deletes nulls', () => {
    expect(mergePatch({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { c: null } })).toEqual({
      a: [3],
      b: { d: 2 },
    });
  });

  it('JSON patch applies add/remove/replace/move/copy/test and rejects bad ops', () => {
    const doc = { a: { b: [1, 2] }, c: 1 };
    expect(
      jsonPatch(doc, [
        { op: 'add', path: '/a/b/-', value: 3 },
        { op: 'add', path: '/a/b/0', value: 0 },
        { op: 'remove', path: '/a/b/1' },
        { op: 'replace', path: '/c', value: 2 },
        { op: 'copy', from: '/c', path: '/d' },
        { op: 'move', from: '/d', path: '/e~1f' },
        { op: 'test', path: '/c', value: 2 },
      ]),
    ).toEqual({ a: { b: [0, 2, 3] }, c: 2, 'e/f': 2 });
    expect(() => jsonPatch(doc, [{ op: 'replace', path: '/missing', value: 1 }])).toThrow(
      /missing key/,
    );
    expect(() => jsonPatch(doc, [{ op: 'test', path: '/c', value: 9 }])).toThrow(/testing value/);
    expect(() => jsonPatch(doc, [{ op: 'frobnicate', path: '/c' }])).toThrow(
      /unexpected JSON patch operation/,
    );
  });
});

describe('selectors', () => {
  it('parses equality and set-based label selectors', () => {
    const m = (sel: string, labels: Record<string, string>) =>
      matchesRequirements(parseLabelSelector(sel), labels);
    expect(m('app=web,tier in (a, b)', { app: 'web', tier: 'b' })).toBe(true);
    expect(m('app==web,tier notin (a,b)', { app: 'web', tier: 'b' })).toBe(false);
    expect(m('app,!canary', { app: 'x' })).toBe(true);
    expect(m('app,!canary', { app: 'x', canary: '' })).toBe(false);
    expect(m('color!=blue', {})).toBe(true);
    expect(() => parseLabelSelector('a b c')).toThrow(/unable to parse requirement/);
  });

  it('matches field selectors on dotted paths', () => {
    const f = parseFieldSelector('metadata.name=x,status.phase!=Failed');
    expect(matchesFields(f, { metadata: { name: 'x' }, status: { phase: 'Running' } })).toBe(true);
    expect(matchesFields(f, { metadata: { name: 'x' }, status: { phase: 'Failed' } })).toBe(false);
  });
});
