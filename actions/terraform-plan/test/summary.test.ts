import { describe, expect, it } from 'vitest';
import type { ConfigurationError } from '../../_shared/src/errors';
import { parsePlan } from '../../_shared/src/terraform/plan';
import { HIDDEN, parseRedactRules, Redactor } from '../../_shared/src/terraform/redact';
import { renderPlan, renderWithin } from '../../_shared/src/terraform/render';
import { summarizePlan } from '../../_shared/src/terraform/summary';
import { change, plan } from './plan-fixtures';

const SECRET = 'canary-7f3a9c1e-never-print';

describe('parsePlan', () => {
  it('refuses an unknown major format_version and accepts unknown fields', () => {
    expect(() => parsePlan(JSON.stringify({ format_version: '2.0' }))).toThrow(
      /format_version 2.0/,
    );
    try {
      parsePlan('{"format_version":"3.1"}');
    } catch (e) {
      expect((e as ConfigurationError).reason).toBe('unsupported-plan-format');
    }
    expect(() => parsePlan('{}')).toThrow(/no format_version/);
    expect(() => parsePlan('not json')).toThrow(/not valid JSON/);
    const p = parsePlan(JSON.stringify({ format_version: '1.9', future_field: { x: 1 } }));
    expect(p.format_version).toBe('1.9');
  });
});

describe('summarizePlan', () => {
  const json = plan({
    variables: { db_password: { value: SECRET } },
    resource_changes: [
      change('aws_s3_bucket.new', ['create'], { bucket: 'b' }, { after_unknown: { arn: true } }),
      change(
        'aws_iam_role.r',
        ['update'],
        { name: 'r', max_session_duration: 7200 },
        { before: { name: 'r', max_session_duration: 3600 } },
      ),
      change(
        'aws_instance.a',
        ['delete', 'create'],
        { ami: 'ami-2' },
        {
          before: { ami: 'ami-1' },
          action_reason: 'replace_because_cannot_update',
          replace_paths: [['ami']],
        },
      ),
      change(
        'aws_instance.b',
        ['create', 'delete'],
        { ami: 'ami-2' },
        { before: { ami: 'ami-1' }, action_reason: 'replace_by_triggers' },
      ),
      change('aws_sqs_queue.old', ['delete'], null, { before: { name: 'old' } }),
      change(
        'aws_iam_policy.moved',
        ['no-op'],
        { name: 'p' },
        { before: { name: 'p' }, previous_address: 'aws_iam_policy.legacy' },
      ),
      change('aws_ssm_parameter.imported', ['no-op'], { name: 'p' }, {
        before: { name: 'p' },
        change_importing: 1,
      } as never),
      {
        ...change(
          'aws_ssm_parameter.imported2',
          ['update'],
          { name: 'q', value: SECRET },
          {
            before: { name: 'q', value: SECRET },
            after_sensitive: { value: true },
            before_sensitive: { value: true },
          },
        ),
      },
      change(
        'aws_db_instance.db',
        ['update'],
        { password: SECRET, port: 5432 },
        {
          before: { password: 'old-password-1', port: 5431 },
          after_sensitive: { password: true },
          before_sensitive: { password: true },
        },
      ),
      { ...change('aws_caller.x', ['read'], {}), mode: 'data' as const },
      change(
        'aws_vpc.same',
        ['no-op'],
        { cidr: '10.0.0.0/16' },
        { before: { cidr: '10.0.0.0/16' } },
      ),
    ],
    resource_drift: [
      change(
        'aws_iam_role.r',
        ['update'],
        { name: 'r', description: 'edited by hand', max_session_duration: 3600 },
        { before: { name: 'r', description: 'x', max_session_duration: 3600 } },
      ),
      change(
        'aws_vpc.same',
        ['update'],
        { cidr: '10.0.0.0/16', tags: { a: 'b' } },
        { before: { cidr: '10.0.0.0/16', tags: {} } },
      ),
    ],
    relevant_attributes: [{ resource: 'aws_iam_role.r', attribute: ['description'] }],
    output_changes: {
      url: {
        actions: ['update'],
        before: 'http://a',
        after: 'http://b',
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
      token: {
        actions: ['create'],
        before: null,
        after: SECRET,
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: true,
      },
      same: {
        actions: ['no-op'],
        before: 1,
        after: 1,
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
    checks: [
      {
        address: { kind: 'check', to_display: 'check.health' },
        status: 'fail',
        instances: [
          {
            address: { to_display: 'check.health' },
            status: 'fail',
            problems: [{ message: 'endpoint returned 503' }],
          },
        ],
      },
      { address: { kind: 'resource', to_display: 'aws_vpc.same' }, status: 'pass' },
    ],
  });
  (json.resource_changes![6]!.change as { importing?: unknown }).importing = { id: 'param-id' };

  const redactor = new Redactor();
  const { summary, sanitized } = summarizePlan(json, redactor);

  it('counts each kind, both replace orders, imports, moves and reads', () => {
    expect(summary.counts).toEqual({
      create: 1,
      update: 3,
      replace: 2,
      delete: 1,
      read: 1,
      import: 1,
      move: 1,
    });
    const a = summary.changes.find((c) => c.address === 'aws_instance.a')!;
    const b = summary.changes.find((c) => c.address === 'aws_instance.b')!;
    expect(a.replaceOrder).toBe('delete-then-create');
    expect(a.reason).toBe('replace_because_cannot_update');
    expect(a.attributes).toEqual([
      { path: 'ami', before: '"ami-1"', after: '"ami-2"', forcesReplacement: true },
    ]);
    expect(b.replaceOrder).toBe('create-then-delete');
    expect(summary.changes.find((c) => c.address === 'aws_iam_policy.moved')!.previousAddress).toBe(
      'aws_iam_policy.legacy',
    );
    expect(summary.changes.find((c) => c.address === 'aws_ssm_parameter.imported')!.importId).toBe(
      'param-id',
    );
    expect(summary.changes.some((c) => c.address === 'aws_vpc.same')).toBe(false);
    expect(summary.hasChanges).toBe(true);
  });

  it('keeps only drift the plan depends on (relevant_attributes)', () => {
    expect(summary.drift.map((d) => d.address)).toEqual(['aws_iam_role.r']);
    const all = summarizePlan(json, new Redactor(), { drift: 'all' }).summary;
    expect(all.drift.map((d) => d.address)).toEqual(['aws_iam_role.r', 'aws_vpc.same']);
  });

  it('reports output changes, failed checks and plan status', () => {
    expect(summary.outputs).toEqual([
      { name: 'url', kind: 'update', sensitive: false, before: '"http://a"', after: '"http://b"' },
      { name: 'token', kind: 'create', sensitive: true, after: HIDDEN },
    ]);
    expect(summary.failedChecks).toEqual([
      { address: 'check.health', status: 'fail', problems: ['endpoint returned 503'] },
    ]);
    expect([summary.applyable, summary.complete, summary.errored]).toEqual([true, true, false]);
  });

  it('hides sensitive values everywhere, never renders variables, and collects them for masking', () => {
    const markdown = renderPlan(summary, { title: 't' });
    expect(markdown).not.toContain(SECRET);
    expect(markdown).not.toContain('old-password-1');
    expect(markdown).not.toContain('db_password');
    expect(JSON.stringify(sanitized)).not.toContain(SECRET);
    expect(JSON.stringify(sanitized)).not.toContain('old-password-1');
    expect(sanitized).not.toHaveProperty('variables');
    expect(redactor.hidden).toEqual(new Set([SECRET, 'old-password-1']));
    const db = summary.changes.find((c) => c.address === 'aws_db_instance.db')!;
    // Both sides hidden: the password change shows as hidden → hidden, next to the port change.
    expect(db.attributes).toEqual([
      { path: 'password', before: HIDDEN, after: HIDDEN },
      { path: 'port', before: '5431', after: '5432' },
    ]);
    // An unchanged hidden value is not a change.
    const same = summary.changes.find((c) => c.address === 'aws_ssm_parameter.imported2')!;
    expect(same.attributes).toEqual([]);
    expect(markdown).toContain('replace (destroy then create)');
    expect(markdown).toContain('replace (create before destroy)');
    expect(markdown).toContain('moved from aws_iam_policy.legacy');
    expect(markdown).toContain('import param-id');
    expect(markdown).toContain('Changes outside Terraform (1)');
    expect(markdown).toContain('endpoint returned 503');
  });

  it('masks a variable declared sensitive even when unused and with no redact rules', () => {
    const unused = 'unused-canary-4b9e-redis-auth';
    const p = plan({
      variables: {
        redis_auth_token: { value: unused },
        region: { value: 'eu-west-2' },
      },
      configuration: {
        root_module: {
          variables: { redis_auth_token: { sensitive: true }, region: {} },
        },
      },
      resource_changes: [],
    });
    const redactor = new Redactor([]);
    summarizePlan(p, redactor);
    expect(redactor.hidden).toEqual(new Set([unused]));
  });

  it('hides values the provider does not mark, by path and by regex', () => {
    const p = plan({
      resource_changes: [
        change('terraform_data.x', ['create'], {
          input: { token: 'tok-123456', note: 'AKIAABCDEFGHIJKLMNOP', keep: 'visible' },
        }),
      ],
    });
    const r = new Redactor(parseRedactRules(['input.token', '/AKIA[0-9A-Z]{16}/']));
    const { summary: s, sanitized: out } = summarizePlan(p, r);
    expect(r.hidden).toEqual(new Set(['tok-123456', 'AKIAABCDEFGHIJKLMNOP']));
    expect(JSON.stringify(out)).not.toMatch(/tok-123456|AKIAABCD/);
    expect(s.changes[0]!.attributes.find((a) => a.path === 'input.keep')!.after).toBe('"visible"');
    expect(() => parseRedactRules(['/(unclosed/'])).toThrow(
      /Input redact has an invalid regular expression/,
    );
    expect(() => parseRedactRules(['a..b'])).toThrow(/Input redact must hold attribute paths/);
  });
});

describe('renderWithin', () => {
  it('falls back to a table, then counts, with a link, to fit a PR comment', () => {
    const many = plan({
      resource_changes: Array.from({ length: 3000 }, (_, i) =>
        change(`aws_ssm_parameter.p${i}`, ['create'], {
          name: `/medimind/param/${i}`,
          value: `v${i}`,
          tier: 'Standard',
        }),
      ),
    });
    const { summary } = summarizePlan(many, new Redactor());
    const full = renderPlan(summary, { title: 't' });
    expect(full.length).toBeGreaterThan(60_000);
    const fitted = renderWithin(
      summary,
      { title: 't', fullVersionUrl: 'https://github.com/o/r/actions/runs/1' },
      60_000,
    );
    expect(fitted.markdown.length).toBeLessThanOrEqual(60_000);
    expect(fitted.detail).toBe('table');
    expect(fitted.markdown).toContain('| Create | Update |');
    expect(fitted.markdown).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
    const tiny = renderWithin(summary, { title: 't', fullVersionUrl: 'https://x/y' }, 2_000);
    expect(tiny.detail).toBe('counts');
    expect(tiny.markdown).toContain('Plan: 3000 to add');
  });
});
