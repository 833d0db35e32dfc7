/**
 * The built-in policy gate: rules over the plan (no external binary). Each rule
 * names its checkov and Trivy equivalents so findings map onto what security
 * teams already know. Rules read the sanitized `after` values: a hidden value
 * is never "compliant" or "non-compliant", it is skipped.
 */
import type { ConfigModule, PlanJson } from '../../_shared/src/terraform/plan';
import { HIDDEN } from '../../_shared/src/terraform/redact';
import type { ResourceSummary } from '../../_shared/src/terraform/summary';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export type PolicyRule = {
  id: string;
  title: string;
  severity: Severity;
  /** Equivalent checks in other scanners, for reference. */
  checkov: string[];
  trivy: string[];
  help: string;
};

export type Violation = {
  ruleId: string;
  severity: Severity;
  address: string;
  message: string;
};

export type PolicyContext = {
  environment: string;
  allowDestroy: readonly string[];
  requiredTags: readonly string[];
};

export const STATEFUL_TYPES = new Set([
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_rds_cluster_instance',
  'aws_elasticache_cluster',
  'aws_elasticache_replication_group',
  'aws_s3_bucket',
  'aws_kms_key',
  'aws_eks_cluster',
  'aws_secretsmanager_secret',
]);

export const RULES: Record<string, PolicyRule> = {
  'MM-TF-001': {
    id: 'MM-TF-001',
    title: 'Stateful resource deleted or replaced',
    severity: 'critical',
    checkov: [],
    trivy: [],
    help: 'Deleting or replacing an RDS instance/cluster, ElastiCache, S3 bucket, KMS key, EKS cluster or Secrets Manager secret loses data. List the address in allow-destroy if this is intended. (No checkov/Trivy equivalent: they scan configuration, not plans.)',
  },
  'MM-TF-002': {
    id: 'MM-TF-002',
    title: 'RDS storage not encrypted',
    severity: 'high',
    checkov: ['CKV_AWS_16', 'CKV_AWS_96'],
    trivy: ['AVD-AWS-0080', 'AVD-AWS-0079'],
    help: 'Set storage_encrypted = true on aws_db_instance and aws_rds_cluster.',
  },
  'MM-TF-003': {
    id: 'MM-TF-003',
    title: 'ElastiCache not encrypted at rest',
    severity: 'high',
    checkov: ['CKV_AWS_29'],
    trivy: ['AVD-AWS-0045'],
    help: 'Set at_rest_encryption_enabled = true on aws_elasticache_replication_group.',
  },
  'MM-TF-004': {
    id: 'MM-TF-004',
    title: 'Redis transit encryption disabled',
    severity: 'high',
    checkov: ['CKV_AWS_30'],
    trivy: ['AVD-AWS-0051'],
    help: 'Set transit_encryption_enabled = true on aws_elasticache_replication_group.',
  },
  'MM-TF-005': {
    id: 'MM-TF-005',
    title: 'S3 bucket without server-side encryption configuration',
    severity: 'high',
    checkov: ['CKV_AWS_145', 'CKV_AWS_19'],
    trivy: ['AVD-AWS-0088', 'AVD-AWS-0132'],
    help: 'Add an aws_s3_bucket_server_side_encryption_configuration (KMS) for the bucket.',
  },
  'MM-TF-006': {
    id: 'MM-TF-006',
    title: 'EBS volume not encrypted',
    severity: 'high',
    checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
    trivy: ['AVD-AWS-0026', 'AVD-AWS-0131'],
    help: 'Set encrypted = true on aws_ebs_volume and on block devices of instances and launch templates.',
  },
  'MM-TF-007': {
    id: 'MM-TF-007',
    title: 'EKS secrets not encrypted with KMS',
    severity: 'high',
    checkov: ['CKV_AWS_58'],
    trivy: ['AVD-AWS-0039'],
    help: 'Add encryption_config { resources = ["secrets"] provider { key_arn = ... } } to aws_eks_cluster.',
  },
  'MM-TF-008': {
    id: 'MM-TF-008',
    title: 'SNS topic not encrypted',
    severity: 'medium',
    checkov: ['CKV_AWS_26'],
    trivy: ['AVD-AWS-0095'],
    help: 'Set kms_master_key_id on aws_sns_topic.',
  },
  'MM-TF-009': {
    id: 'MM-TF-009',
    title: 'CloudWatch log group not encrypted with KMS',
    severity: 'medium',
    checkov: ['CKV_AWS_158'],
    trivy: ['AVD-AWS-0017'],
    help: 'Set kms_key_id on aws_cloudwatch_log_group.',
  },
  'MM-TF-010': {
    id: 'MM-TF-010',
    title: 'RDS publicly accessible',
    severity: 'critical',
    checkov: ['CKV_AWS_17'],
    trivy: ['AVD-AWS-0180'],
    help: 'Set publicly_accessible = false.',
  },
  'MM-TF-011': {
    id: 'MM-TF-011',
    title: 'RDS deletion protection off in production',
    severity: 'high',
    checkov: ['CKV_AWS_293', 'CKV_AWS_139'],
    trivy: ['AVD-AWS-0177'],
    help: 'Set deletion_protection = true for production databases.',
  },
  'MM-TF-012': {
    id: 'MM-TF-012',
    title: 'RDS backup retention under 7 days in production',
    severity: 'high',
    checkov: ['CKV_AWS_133'],
    trivy: ['AVD-AWS-0077'],
    help: 'Set backup_retention_period to 7 days or more for production databases.',
  },
  'MM-TF-013': {
    id: 'MM-TF-013',
    title: 'S3 public access not blocked',
    severity: 'critical',
    checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093', 'AVD-AWS-0094'],
    help: 'Add an aws_s3_bucket_public_access_block for the bucket with all four settings true.',
  },
  'MM-TF-014': {
    id: 'MM-TF-014',
    title: 'CloudTrail log file validation disabled',
    severity: 'medium',
    checkov: ['CKV_AWS_36'],
    trivy: ['AVD-AWS-0016'],
    help: 'Set enable_log_file_validation = true on aws_cloudtrail.',
  },
  'MM-TF-015': {
    id: 'MM-TF-015',
    title: 'Required tags missing',
    severity: 'low',
    checkov: [],
    trivy: [],
    help: 'Tag every taggable resource (tags or provider default_tags) with the required keys. (Comparable to organisation tag policies; no checkov/Trivy built-in.)',
  },
};

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function blocks(value: unknown): Obj[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

/** true/false when known, undefined when unknown or hidden. */
function flag(after: Obj, key: string, unknownKeys: Set<string>): boolean | undefined {
  if (unknownKeys.has(key)) return undefined;
  const value = after[key];
  if (value === HIDDEN) return undefined;
  return value === true
    ? true
    : value === false || value === null || value === undefined
      ? false
      : undefined;
}

/** Which resource addresses each config resource's `bucket` argument refers to. */
function bucketReferences(
  module: ConfigModule | undefined,
  prefix: string,
  type: string,
  out: Set<string>,
) {
  for (const resource of module?.resources ?? []) {
    if (resource.type !== type) continue;
    const bucket = obj(resource.expressions?.bucket);
    for (const ref of (bucket.references as string[] | undefined) ?? []) {
      // "aws_s3_bucket.logs.id" / "aws_s3_bucket.logs" → module-qualified resource address
      const m = /^(aws_s3_bucket\.[^.[]+)/.exec(ref);
      if (m) out.add(`${prefix}${m[1]}`);
    }
    const constant = bucket.constant_value;
    if (typeof constant === 'string') out.add(`name:${constant}`);
  }
  for (const [name, call] of Object.entries(module?.module_calls ?? {})) {
    bucketReferences(call.module, `${prefix}module.${name}.`, type, out);
  }
}

/** "module.a[0].aws_s3_bucket.x[\"k\"]" → "module.a.aws_s3_bucket.x" (configuration address). */
function configAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

function bucketCovered(
  bucket: ResourceSummary,
  covering: Set<string>,
  present: Set<string>,
): boolean {
  if (covering.has(configAddress(bucket.address))) return true;
  const name = obj(bucket.after).bucket;
  if (typeof name === 'string' && (covering.has(`name:${name}`) || present.has(name))) return true;
  return false;
}

export function evaluatePolicy(
  changes: readonly ResourceSummary[],
  plan: Pick<PlanJson, 'configuration' | 'resource_changes'>,
  context: PolicyContext,
): Violation[] {
  const violations: Violation[] = [];
  const add = (ruleId: string, address: string, message: string) =>
    violations.push({ ruleId, severity: RULES[ruleId]!.severity, address, message });
  const production = /^prod/i.test(context.environment);
  const allow = new Set(context.allowDestroy);

  // Unknown (computed) attributes by address, from the raw plan's after_unknown.
  const unknownByAddress = new Map<string, Set<string>>();
  for (const rc of plan.resource_changes ?? []) {
    const u = obj(rc.change?.after_unknown);
    unknownByAddress.set(rc.address, new Set(Object.keys(u).filter((k) => u[k] === true)));
  }

  const sse = new Set<string>();
  const pab = new Set<string>();
  bucketReferences(
    plan.configuration?.root_module,
    '',
    'aws_s3_bucket_server_side_encryption_configuration',
    sse,
  );
  bucketReferences(plan.configuration?.root_module, '', 'aws_s3_bucket_public_access_block', pab);
  const sseNames = new Set<string>();
  const pabNames = new Set<string>();

  const live = changes.filter(
    (c) =>
      c.mode === 'managed' && (c.kind === 'create' || c.kind === 'update' || c.kind === 'replace'),
  );
  for (const c of live) {
    const after = obj(c.after);
    if (typeof after.bucket === 'string') {
      if (c.type === 'aws_s3_bucket_server_side_encryption_configuration')
        sseNames.add(after.bucket);
      if (c.type === 'aws_s3_bucket_public_access_block') pabNames.add(after.bucket);
    }
  }

  for (const c of changes) {
    if (c.mode !== 'managed') continue;
    if ((c.kind === 'delete' || c.kind === 'replace') && STATEFUL_TYPES.has(c.type)) {
      if (!allow.has(c.address) && !allow.has(configAddress(c.address))) {
        add(
          'MM-TF-001',
          c.address,
          `${c.address} (${c.type}) would be ${c.kind === 'delete' ? 'deleted' : 'replaced'}; add it to allow-destroy if intended`,
        );
      }
    }
  }

  for (const c of live) {
    const after = obj(c.after);
    const unknown = unknownByAddress.get(c.address) ?? new Set<string>();
    const is = (key: string) => flag(after, key, unknown);
    switch (c.type) {
      case 'aws_db_instance':
      case 'aws_rds_cluster': {
        if (is('storage_encrypted') === false)
          add('MM-TF-002', c.address, `${c.address} has storage_encrypted = false`);
        if (c.type === 'aws_db_instance' && is('publicly_accessible') === true) {
          add('MM-TF-010', c.address, `${c.address} has publicly_accessible = true`);
        }
        if (production) {
          if (is('deletion_protection') === false)
            add(
              'MM-TF-011',
              c.address,
              `${c.address} has deletion_protection off in ${context.environment}`,
            );
          const retention = after.backup_retention_period;
          // A read replica's backups are its source's (AWS requires 0 on many engines).
          const replica = Boolean(after.replicate_source_db) || unknown.has('replicate_source_db');
          if (!replica && typeof retention === 'number' && retention < 7) {
            add(
              'MM-TF-012',
              c.address,
              `${c.address} keeps backups ${retention} day(s) in ${context.environment}; at least 7 required`,
            );
          }
        }
        break;
      }
      case 'aws_elasticache_replication_group':
        if (is('at_rest_encryption_enabled') === false)
          add('MM-TF-003', c.address, `${c.address} has at_rest_encryption_enabled = false`);
        if (is('transit_encryption_enabled') === false)
          add('MM-TF-004', c.address, `${c.address} has transit_encryption_enabled = false`);
        break;
      case 'aws_s3_bucket':
        if (
          !bucketCovered(c, sse, sseNames) &&
          blocks(after.server_side_encryption_configuration).length === 0
        ) {
          add(
            'MM-TF-005',
            c.address,
            `${c.address} has no aws_s3_bucket_server_side_encryption_configuration in this plan`,
          );
        }
        if (!bucketCovered(c, pab, pabNames))
          add(
            'MM-TF-013',
            c.address,
            `${c.address} has no aws_s3_bucket_public_access_block in this plan`,
          );
        break;
      case 'aws_s3_bucket_public_access_block': {
        const off = [
          'block_public_acls',
          'block_public_policy',
          'ignore_public_acls',
          'restrict_public_buckets',
        ].filter((k) => is(k) === false);
        if (off.length) add('MM-TF-013', c.address, `${c.address} leaves ${off.join(', ')} off`);
        break;
      }
      case 'aws_ebs_volume':
        if (is('encrypted') === false)
          add('MM-TF-006', c.address, `${c.address} has encrypted = false`);
        break;
      case 'aws_instance':
        for (const device of [
          ...blocks(after.root_block_device),
          ...blocks(after.ebs_block_device),
        ]) {
          if (device.encrypted === false)
            add('MM-TF-006', c.address, `${c.address} has an unencrypted block device`);
        }
        break;
      case 'aws_launch_template':
        for (const mapping of blocks(after.block_device_mappings)) {
          for (const ebs of blocks(mapping.ebs)) {
            if (ebs.encrypted !== 'true' && ebs.encrypted !== true) {
              add(
                'MM-TF-006',
                c.address,
                `${c.address} has a block device mapping without encrypted = "true"`,
              );
            }
          }
        }
        break;
      case 'aws_eks_cluster': {
        const configs = blocks(after.encryption_config);
        const secrets = configs.some(
          (cfg) => Array.isArray(cfg.resources) && cfg.resources.includes('secrets'),
        );
        if (!secrets && !unknown.has('encryption_config'))
          add('MM-TF-007', c.address, `${c.address} has no encryption_config for secrets`);
        break;
      }
      case 'aws_sns_topic':
        if (!after.kms_master_key_id && !unknown.has('kms_master_key_id'))
          add('MM-TF-008', c.address, `${c.address} has no kms_master_key_id`);
        break;
      case 'aws_cloudwatch_log_group':
        if (!after.kms_key_id && !unknown.has('kms_key_id'))
          add('MM-TF-009', c.address, `${c.address} has no kms_key_id`);
        break;
      case 'aws_cloudtrail':
        if (is('enable_log_file_validation') === false)
          add('MM-TF-014', c.address, `${c.address} has enable_log_file_validation = false`);
        break;
    }
    if (
      context.requiredTags.length &&
      c.type.startsWith('aws_') &&
      ('tags_all' in after || 'tags' in after)
    ) {
      if (unknown.has('tags_all') && !('tags' in after && after.tags)) continue;
      const tags = { ...obj(after.tags), ...obj(after.tags_all) };
      const missing = context.requiredTags.filter((t) => !(t in tags));
      if (missing.length)
        add('MM-TF-015', c.address, `${c.address} lacks required tag(s): ${missing.join(', ')}`);
    }
  }
  const order: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
  return violations.sort(
    (a, b) =>
      order[a.severity] - order[b.severity] ||
      (a.address < b.address ? -1 : a.address > b.address ? 1 : 0) ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
}
