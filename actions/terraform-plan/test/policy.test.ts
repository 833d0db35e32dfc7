import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../_shared/src/terraform/plan';
import { Redactor } from '../../_shared/src/terraform/redact';
import { summarizePlan } from '../../_shared/src/terraform/summary';
import { evaluatePolicy, RULES } from '../src/policy';
import { sarif } from '../src/policy-report';
import { reportPlan } from '../src/report';
import { change, plan } from './plan-fixtures';

const TAGS = { Environment: 'production', ManagedBy: 'terraform' };

function violations(p: PlanJson, environment = 'production', allowDestroy: string[] = []) {
  const { summary } = summarizePlan(p, new Redactor());
  return evaluatePolicy(summary.changes, p, {
    environment,
    allowDestroy,
    requiredTags: ['Environment', 'ManagedBy'],
  });
}

describe('policy rules', () => {
  it('every rule names a severity and its checkov/Trivy equivalents (or why there is none)', () => {
    for (const rule of Object.values(RULES)) {
      expect(['critical', 'high', 'medium', 'low']).toContain(rule.severity);
      expect(
        rule.checkov.length + rule.trivy.length > 0 ||
          /No checkov\/Trivy|no checkov\/Trivy/.test(rule.help),
      ).toBe(true);
    }
  });

  it('blocks delete/replace of stateful resources unless allowed', () => {
    const p = plan({
      resource_changes: [
        change('aws_db_instance.main', ['delete'], null, { before: { identifier: 'db' } }),
        change(
          'module.data.aws_s3_bucket.records',
          ['delete', 'create'],
          { bucket: 'r', tags_all: TAGS },
          { before: { bucket: 'r' } },
        ),
        change('aws_sqs_queue.q', ['delete'], null, { before: {} }),
      ],
    });
    expect(
      violations(p)
        .filter((v) => v.ruleId === 'MM-TF-001')
        .map((v) => v.address),
    ).toEqual(['aws_db_instance.main', 'module.data.aws_s3_bucket.records']);
    expect(
      violations(p, 'production', [
        'aws_db_instance.main',
        'module.data.aws_s3_bucket.records',
      ]).filter((v) => v.ruleId === 'MM-TF-001'),
    ).toEqual([]);
  });

  it('flags encryption, exposure, protection, logging and tag findings', () => {
    const p = plan({
      resource_changes: [
        change('aws_db_instance.db', ['create'], {
          storage_encrypted: false,
          publicly_accessible: true,
          deletion_protection: false,
          backup_retention_period: 1,
          tags_all: TAGS,
        }),
        change('aws_db_instance.replica', ['create'], {
          storage_encrypted: true,
          replicate_source_db: 'db',
          deletion_protection: true,
          backup_retention_period: 0,
          tags_all: TAGS,
        }),
        change('aws_elasticache_replication_group.r', ['create'], {
          at_rest_encryption_enabled: false,
          transit_encryption_enabled: false,
          tags_all: TAGS,
        }),
        change('aws_s3_bucket.b', ['create'], { bucket: 'medimind-b', tags_all: TAGS }),
        change('aws_s3_bucket_public_access_block.b', ['create'], {
          bucket: 'medimind-b',
          block_public_acls: true,
          block_public_policy: false,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        }),
        change('aws_ebs_volume.v', ['create'], { encrypted: false, tags_all: TAGS }),
        change('aws_eks_cluster.c', ['create'], { encryption_config: [], tags_all: TAGS }),
        change('aws_sns_topic.t', ['create'], { kms_master_key_id: null, tags_all: TAGS }),
        change('aws_cloudwatch_log_group.l', ['create'], { kms_key_id: null, tags_all: TAGS }),
        change('aws_cloudtrail.t', ['create'], {
          enable_log_file_validation: false,
          tags_all: { Environment: 'x' },
        }),
      ],
    });
    const found = violations(p).map((v) => `${v.ruleId} ${v.address}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'MM-TF-002 aws_db_instance.db',
        'MM-TF-010 aws_db_instance.db',
        'MM-TF-011 aws_db_instance.db',
        'MM-TF-012 aws_db_instance.db',
        'MM-TF-003 aws_elasticache_replication_group.r',
        'MM-TF-004 aws_elasticache_replication_group.r',
        'MM-TF-005 aws_s3_bucket.b',
        'MM-TF-013 aws_s3_bucket_public_access_block.b',
        'MM-TF-006 aws_ebs_volume.v',
        'MM-TF-007 aws_eks_cluster.c',
        'MM-TF-008 aws_sns_topic.t',
        'MM-TF-009 aws_cloudwatch_log_group.l',
        'MM-TF-014 aws_cloudtrail.t',
        'MM-TF-015 aws_cloudtrail.t',
      ]),
    );
    // The bucket has a public access block (matched by name), replicas keep no backups of their own.
    expect(found).not.toContain('MM-TF-013 aws_s3_bucket.b');
    expect(found).not.toContain('MM-TF-012 aws_db_instance.replica');
    // Production-only rules stay quiet in staging.
    const staging = violations(p, 'staging').map((v) => v.ruleId);
    expect(staging).not.toContain('MM-TF-011');
    expect(staging).not.toContain('MM-TF-012');
    expect(staging).toContain('MM-TF-002');
  });

  it('writes SARIF 2.1.0 that code scanning accepts', () => {
    const found = violations(
      plan({
        resource_changes: [
          change('aws_ebs_volume.v', ['create'], { encrypted: false, tags_all: TAGS }),
        ],
      }),
    );
    const doc = sarif(found, 'terraform/environments/staging/main.tf', '1.11.4') as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; properties: Record<string, string> }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0]!;
    expect(run.results).toHaveLength(1);
    const result = run.results[0]!;
    expect(result.ruleId).toBe('MM-TF-006');
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('MM-TF-006');
    expect(run.tool.driver.rules[result.ruleIndex]!.properties['security-severity']).toBe('8.0');
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'terraform/environments/staging/main.tf',
    );
  });
});

// The offline plans of terraform/environments/* (made by the terraform tree's tests) through summary and policy.
const root = join(import.meta.dirname, '..', '..', '..');
const REQUIRED_TAGS = ['Environment', 'ManagedBy', 'Owner', 'Service', 'DataClassification'];
for (const environment of ['staging', 'production']) {
  const planFile = join(root, 'terraform', 'test', 'fixtures', `plan-${environment}.json`);
  describe.runIf(existsSync(planFile) || process.env.CI === 'true')(
    `terraform/environments/${environment} plan`,
    () => {
      const json = () => readFileSync(planFile, 'utf8');
      it('renders the golden summary and passes the policy', () => {
        const report = reportPlan(json(), {
          title: `Terraform plan: ${environment}`,
          environment,
          requiredTags: REQUIRED_TAGS,
        });
        const golden = join(import.meta.dirname, 'golden', `plan-${environment}.golden`);
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, report.markdown);
        expect(report.markdown).toBe(readFileSync(golden, 'utf8'));
        expect(report.violations).toEqual([]);
        expect(report.summary.counts.create).toBeGreaterThan(50);
      });

      it('hides the Redis AUTH token the plan carries (sensitive variable and attributes)', () => {
        // terraform/test/harness.ts plants this value; terraform marks it sensitive.
        const token = 'FAKE-offline-plan-token-not-a-secret';
        expect(json()).toContain(token);
        const report = reportPlan(json(), { title: 't', environment, requiredTags: REQUIRED_TAGS });
        expect(report.hidden.has(token)).toBe(true);
        expect(report.markdown).not.toContain(token);
        expect(JSON.stringify(report.sanitized)).not.toContain(token);
      });

      it('finds the violations when the plan is weakened', () => {
        const p = JSON.parse(json()) as PlanJson;
        const weaken = (type: string, patch: Record<string, unknown>) => {
          const rc = p.resource_changes!.find(
            (r) =>
              r.type === type && !(r.change.after as Record<string, unknown>)?.replicate_source_db,
          )!;
          Object.assign(rc.change.after as object, patch);
          return rc.address;
        };
        const db = weaken('aws_db_instance', {
          storage_encrypted: false,
          deletion_protection: false,
          backup_retention_period: 1,
        });
        const redis = weaken('aws_elasticache_replication_group', {
          transit_encryption_enabled: false,
        });
        const bucket = p.resource_changes!.find((r) => r.type === 'aws_s3_bucket')!;
        bucket.change.actions = ['delete'];
        const report = reportPlan(JSON.stringify(p), {
          title: 't',
          environment,
          requiredTags: REQUIRED_TAGS,
        });
        const found = report.violations.map((v) => `${v.ruleId} ${v.address}`);
        expect(found).toContain(`MM-TF-002 ${db}`);
        expect(found).toContain(`MM-TF-004 ${redis}`);
        expect(found).toContain(`MM-TF-001 ${bucket.address}`);
        expect(found.includes(`MM-TF-011 ${db}`)).toBe(environment === 'production');
      });
    },
  );
}
