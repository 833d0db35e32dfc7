/**
 * The AWS reads (RDS, ElastiCache, CloudWatch). Each SDK is imported on first
 * use only, so static runs and bad inputs never load it. Credentials come from
 * the environment (aws-eks-auth exports them).
 */
import { Project } from './constants';
import type { AwsReader, Json } from './types';

export function awsReader(region: string): AwsReader {
  let instances: Promise<Json[]> | undefined;
  return {
    // Two checks read the instances: one paginated call, shared.
    dbInstances() {
      instances ??= (async () => {
        const { RDSClient, paginateDescribeDBInstances } = await import('@aws-sdk/client-rds');
        const client = new RDSClient({ region });
        const out: Json[] = [];
        for await (const page of paginateDescribeDBInstances({ client }, {}))
          out.push(...(page.DBInstances ?? []));
        return out;
      })();
      return instances;
    },
    async replicationGroups() {
      const { ElastiCacheClient, paginateDescribeReplicationGroups } = await import(
        '@aws-sdk/client-elasticache'
      );
      const client = new ElastiCacheClient({ region });
      const out: Json[] = [];
      for await (const page of paginateDescribeReplicationGroups({ client }, {}))
        out.push(...(page.ReplicationGroups ?? []));
      return out;
    },
    async alarmsInAlarm() {
      const { CloudWatchClient, paginateDescribeAlarms } = await import(
        '@aws-sdk/client-cloudwatch'
      );
      const client = new CloudWatchClient({ region });
      const out: { name: string; reason?: string }[] = [];
      for await (const page of paginateDescribeAlarms(
        { client },
        { StateValue: 'ALARM', AlarmNamePrefix: Project.AwsNamePrefix },
      )) {
        for (const a of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
          out.push({ name: a.AlarmName ?? '?', reason: a.StateReason });
        }
      }
      return out;
    },
  };
}
