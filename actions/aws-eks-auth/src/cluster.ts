/** EKS DescribeCluster, and the errors users hit with it. */
import type { EKSClient } from '@aws-sdk/client-eks';
import { ActionFailure } from '../../_shared/src/errors';
import { retry } from '../../_shared/src/retry';
import { info } from '../../_shared/src/runner';
import { Reasons } from './constants';
import { isRetryableAwsError, type RetryDeps } from './retrying';

export type EksModule = Pick<typeof import('@aws-sdk/client-eks'), 'DescribeClusterCommand'>;

export type ClusterInfo = {
  name: string;
  arn: string;
  endpoint: string;
  certificateAuthority: string;
  status: string;
  version?: string;
};

/** UPDATING clusters keep serving their API; everything else cannot take a deploy. */
const USABLE = new Set(['ACTIVE', 'UPDATING']);

export async function describeCluster(
  where: { clusterName: string; region: string; accountId: string },
  eks: EKSClient,
  sdk: EksModule,
  deps: RetryDeps & { signal?: AbortSignal } = {},
): Promise<ClusterInfo> {
  const { clusterName, region, accountId } = where;
  const result = await retry(
    () =>
      eks.send(new sdk.DescribeClusterCommand({ name: clusterName }), {
        abortSignal: deps.signal,
      }),
    {
      attempts: 5,
      isRetryable: isRetryableAwsError,
      signal: deps.signal,
      sleep: deps.sleep,
      random: deps.random,
      onRetry: (error, attempt, delay) =>
        info(
          `DescribeCluster: ${(error as Error).name} on attempt ${attempt}; retrying in ${delay} ms`,
        ),
    },
  ).catch((error: unknown) => {
    const name = (error as { name?: string }).name;
    if (name === 'ResourceNotFoundException') {
      return Promise.reject(
        new ActionFailure(
          `EKS cluster ${clusterName} not found in region ${region} (account ${accountId})`,
          Reasons.ClusterNotFound,
        ),
      );
    }
    if (name === 'AccessDeniedException') {
      return Promise.reject(
        new ActionFailure(
          `Not allowed to describe EKS cluster ${clusterName} in ${region} (account ${accountId}): the role needs eks:DescribeCluster on it. ${(error as Error).message}`,
          'cluster-access-denied',
        ),
      );
    }
    return Promise.reject(error);
  });

  const cluster = result.cluster;
  const status = cluster?.status ?? 'UNKNOWN';
  if (!USABLE.has(status)) {
    throw new ActionFailure(
      `EKS cluster ${clusterName} in ${region} is ${status}; it must be ACTIVE or UPDATING to deploy to it`,
      Reasons.ClusterNotActive,
    );
  }
  if (!cluster?.endpoint || !cluster.certificateAuthority?.data) {
    throw new ActionFailure(
      `EKS cluster ${clusterName} in ${region} has no API endpoint or certificate yet`,
      Reasons.ClusterNotActive,
    );
  }
  return {
    name: clusterName,
    arn: cluster.arn ?? `arn:aws:eks:${region}:${accountId}:cluster/${clusterName}`,
    endpoint: cluster.endpoint,
    certificateAuthority: cluster.certificateAuthority.data,
    status,
    version: cluster.version,
  };
}
