import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifests, imageParts, RULES, selectorMatches } from '../policy/rules';
import { validateManifests, validateObject } from '../policy/schema';
import { FIXTURES_DIR, loadFixture } from './helpers';

const failing = readdirSync(FIXTURES_DIR)
  .filter((f) => /^MM\d{3}-.*\.yaml$/.test(f))
  .sort();

describe('manifest rules on fixtures', () => {
  it('the valid fixture passes every rule and the schema', () => {
    const objects = loadFixture('valid.yaml');
    expect(objects).toHaveLength(5);
    expect(validateManifests(objects)).toEqual([]);
    expect(checkManifests(objects)).toEqual([]);
  });

  it('every rule has a failing fixture, and every fixture names a real rule', () => {
    const fixtureRules = new Set(failing.map((f) => f.slice(0, 5)));
    expect([...fixtureRules].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(failing)('%s breaks exactly its own rule', (file) => {
    const rule = file.slice(0, 5);
    const objects = loadFixture(file);
    // Schema-valid: the fixture fails for the project's rule, not for shape.
    expect(validateManifests(objects)).toEqual([]);
    const violations = checkManifests(objects);
    expect(violations.length).toBeGreaterThan(0);
    expect(new Set(violations.map((v) => v.rule))).toEqual(new Set([rule]));
    for (const v of violations) expect(v.message).not.toBe('');
  });
});

describe('rule helpers', () => {
  it('splits image references, including registry ports and digests', () => {
    expect(imageParts('registry.example:5000/a/b')).toEqual({ tag: undefined, digest: undefined });
    expect(imageParts('registry.example:5000/a/b:1.0')).toEqual({ tag: '1.0', digest: undefined });
    expect(imageParts(`a/b@sha256:${'a'.repeat(64)}`).digest).toBe(`sha256:${'a'.repeat(64)}`);
    expect(imageParts('a/b:1.0@sha256:abc')).toEqual({ tag: '1.0', digest: 'sha256:abc' });
  });

  it('flags untagged and malformed-digest images', () => {
    const objects = loadFixture('valid.yaml');
    const d = objects[0] as { spec: { template: { spec: { containers: { image: string }[] } } } };
    const c = d.spec.template.spec.containers[0] as { image: string };
    c.image = 'registry.example:5000/medimind/demo';
    expect(checkManifests(objects).map((v) => v.message)).toEqual([
      'container demo: image registry.example:5000/medimind/demo has no tag or digest',
    ]);
    c.image = 'medimind/demo@sha256:123';
    expect(checkManifests(objects).map((v) => v.rule)).toEqual(['MM005']);
    c.image = `medimind/demo@sha256:${'0'.repeat(64)}`;
    expect(checkManifests(objects)).toEqual([]);
  });

  it('matches label selectors with expressions', () => {
    const labels = { a: '1', b: '2' };
    expect(selectorMatches({ matchLabels: { a: '1' } }, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: { a: '2' } }, labels)).toBe(false);
    expect(
      selectorMatches(
        { matchExpressions: [{ key: 'b', operator: 'In', values: ['2', '3'] }] },
        labels,
      ),
    ).toBe(true);
    expect(
      selectorMatches(
        { matchExpressions: [{ key: 'b', operator: 'NotIn', values: ['2'] }] },
        labels,
      ),
    ).toBe(false);
    expect(
      selectorMatches({ matchExpressions: [{ key: 'c', operator: 'DoesNotExist' }] }, labels),
    ).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'c', operator: 'Exists' }] }, labels)).toBe(
      false,
    );
    // An empty selector selects nothing for our purposes (never "everything").
    expect(selectorMatches({}, labels)).toBe(false);
  });
});

describe('schema validation', () => {
  it('rejects a built-in object that breaks the Kubernetes schema', () => {
    const issues = validateObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'x' },
      spec: { ports: [{ port: 'eighty' }] },
    });
    expect(issues.map((i) => i.message)).toEqual(['/spec/ports/0/port must be integer']);
  });

  it('rejects unknown built-in kinds and unlisted custom resources', () => {
    expect(
      validateObject({ apiVersion: 'apps/v1', kind: 'Deploymnt', metadata: { name: 'x' } })[0]
        ?.message,
    ).toMatch(/unknown built-in kind apps\/v1 Deploymnt/);
    expect(
      validateObject({
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'x' },
        spec: {},
      })[0]?.message,
    ).toMatch(/no schema for example.com\/v1 Widget/);
  });

  it('checks the envelope of known custom resources', () => {
    const good = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'db' },
      spec: {},
    };
    expect(validateObject(good)).toEqual([]);
    const bad = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'Bad_Name', labels: { n: 1 } },
      spec: [],
    };
    expect(validateObject(bad).map((i) => i.message)).toEqual([
      'metadata.name must be a DNS-1123 subdomain (lower case, at most 253 characters)',
      'metadata.labels must map strings to strings',
      'spec must be an object',
    ]);
  });
});
