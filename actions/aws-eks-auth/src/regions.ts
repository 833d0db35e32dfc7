/**
 * AWS regions by partition, from botocore 1.43's data/endpoints.json (the
 * commercial, China and GovCloud partitions; the isolated partitions need
 * their own endpoints and are not supported). A region missing here fails
 * early with a clear error instead of a DNS failure deep inside the SDK.
 */
export type Partition = { name: 'aws' | 'aws-cn' | 'aws-us-gov'; dnsSuffix: string };

const AWS: Partition = { name: 'aws', dnsSuffix: 'amazonaws.com' };
const AWS_CN: Partition = { name: 'aws-cn', dnsSuffix: 'amazonaws.com.cn' };
const AWS_US_GOV: Partition = { name: 'aws-us-gov', dnsSuffix: 'amazonaws.com' };

const REGIONS: Record<string, Partition> = {
  ...Object.fromEntries(
    [
      'af-south-1',
      'ap-east-1',
      'ap-east-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-northeast-3',
      'ap-south-1',
      'ap-south-2',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-6',
      'ap-southeast-7',
      'ca-central-1',
      'ca-west-1',
      'eu-central-1',
      'eu-central-2',
      'eu-north-1',
      'eu-south-1',
      'eu-south-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'il-central-1',
      'me-central-1',
      'me-south-1',
      'mx-central-1',
      'sa-east-1',
      'us-east-1',
      'us-east-2',
      'us-west-1',
      'us-west-2',
    ].map((r) => [r, AWS]),
  ),
  'cn-north-1': AWS_CN,
  'cn-northwest-1': AWS_CN,
  'us-gov-east-1': AWS_US_GOV,
  'us-gov-west-1': AWS_US_GOV,
};

export function partitionOf(region: string): Partition | undefined {
  return Object.hasOwn(REGIONS, region) ? REGIONS[region] : undefined;
}

/** The regional STS host the EKS token is presigned for. */
export function stsHost(region: string): string {
  const partition = partitionOf(region) ?? AWS;
  return `sts.${region}.${partition.dnsSuffix}`;
}
