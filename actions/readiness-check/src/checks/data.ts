/** 6. Data: RDS and ElastiCache as AWS reports them (live, with aws-region). */
import { Project } from '../constants';
import type { Check, CheckContext, Json, Outcome } from '../types';
import { countOf, type Finding, liveOnly, verdict } from './helpers';

const ours = (id: string | undefined) => !!id && id.startsWith(Project.AwsNamePrefix);

async function withAws(ctx: CheckContext, body: () => Promise<Outcome>): Promise<Outcome> {
  const skipped = liveOnly(ctx, 'aws');
  return skipped ?? body();
}

export const dataChecks: Check[] = [
  {
    id: 'MM-RDY-050',
    category: 'data',
    title: 'RDS primary is available, multi-AZ, encrypted, with backups retained',
    severity: 'critical',
    run: (ctx) =>
      withAws(ctx, async () => {
        const all = (await ctx.aws!.dbInstances()).filter((d: Json) =>
          ours(d.DBInstanceIdentifier),
        );
        const primaries = all.filter((d: Json) => !d.ReadReplicaSourceDBInstanceIdentifier);
        const findings: Finding[] = [];
        const evidence = [
          `rds:DescribeDBInstances: ${countOf(all.length, `${Project.AwsNamePrefix}* instance`)}`,
        ];
        for (const d of primaries) {
          evidence.push(
            `${d.DBInstanceIdentifier}: status ${d.DBInstanceStatus}, MultiAZ ${d.MultiAZ}, StorageEncrypted ${d.StorageEncrypted}, BackupRetentionPeriod ${d.BackupRetentionPeriod}`,
          );
          const id = d.DBInstanceIdentifier;
          if (d.DBInstanceStatus !== 'available')
            findings.push({ problem: `${id} is ${d.DBInstanceStatus}` });
          if (d.MultiAZ !== true) findings.push({ problem: `${id} is not multi-AZ` });
          if (d.StorageEncrypted !== true)
            findings.push({ problem: `${id} storage is not encrypted (HIPAA)` });
          if ((d.BackupRetentionPeriod ?? 0) < Project.MinBackupRetentionDays) {
            findings.push({
              problem: `${id} keeps backups ${d.BackupRetentionPeriod ?? 0} days (< ${Project.MinBackupRetentionDays})`,
            });
          }
        }
        if (primaries.length === 0)
          findings.push({ problem: `no RDS primary named ${Project.AwsNamePrefix}*` });
        return verdict(
          ctx,
          findings,
          `${primaries.map((d: Json) => d.DBInstanceIdentifier).join(', ')} healthy`,
          evidence,
        );
      }),
  },
  {
    id: 'MM-RDY-051',
    category: 'data',
    title: 'RDS read replicas are present and available',
    severity: 'high',
    run: (ctx) =>
      withAws(ctx, async () => {
        const replicas = (await ctx.aws!.dbInstances()).filter(
          (d: Json) => ours(d.DBInstanceIdentifier) && d.ReadReplicaSourceDBInstanceIdentifier,
        );
        const findings: Finding[] = [];
        const evidence = replicas.map((r: Json) => {
          if (r.DBInstanceStatus !== 'available')
            findings.push({ problem: `${r.DBInstanceIdentifier} is ${r.DBInstanceStatus}` });
          return `${r.DBInstanceIdentifier}: replica of ${r.ReadReplicaSourceDBInstanceIdentifier}, status ${r.DBInstanceStatus}`;
        });
        if (replicas.length === 0) findings.push({ problem: 'no read replica' });
        return verdict(
          ctx,
          findings,
          `${countOf(replicas.length, 'read replica')} available`,
          evidence,
        );
      }),
  },
  {
    id: 'MM-RDY-052',
    category: 'data',
    title: 'ElastiCache replication group is available and encrypted in transit and at rest',
    severity: 'critical',
    run: (ctx) =>
      withAws(ctx, async () => {
        const groups = (await ctx.aws!.replicationGroups()).filter((g: Json) =>
          ours(g.ReplicationGroupId),
        );
        const findings: Finding[] = [];
        const evidence = groups.map((g: Json) => {
          const id = g.ReplicationGroupId;
          if (g.Status !== 'available') findings.push({ problem: `${id} is ${g.Status}` });
          if (g.TransitEncryptionEnabled !== true)
            findings.push({ problem: `${id} is not encrypted in transit` });
          if (g.AtRestEncryptionEnabled !== true)
            findings.push({ problem: `${id} is not encrypted at rest` });
          return `${id}: status ${g.Status}, TransitEncryptionEnabled ${g.TransitEncryptionEnabled}, AtRestEncryptionEnabled ${g.AtRestEncryptionEnabled}, AutomaticFailover ${g.AutomaticFailover}`;
        });
        if (groups.length === 0)
          findings.push({ problem: `no replication group named ${Project.AwsNamePrefix}*` });
        return verdict(ctx, findings, 'the Redis replication group is available and encrypted', [
          `elasticache:DescribeReplicationGroups: ${countOf(groups.length, `${Project.AwsNamePrefix}* group`)}`,
          ...evidence,
        ]);
      }),
  },
];
