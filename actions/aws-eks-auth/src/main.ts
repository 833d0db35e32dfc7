/**
 * aws-eks-auth: inputs → (OIDC → STS) credentials → account guard → export
 * → DescribeCluster → kubeconfig with a self-refreshing exec token.
 * The AWS SDK is imported only after every input has been validated.
 */

import type { EKSClient } from '@aws-sdk/client-eks';
import type { STSClient } from '@aws-sdk/client-sts';
import { group } from '../../_shared/src/log';
import { mask } from '../../_shared/src/mask';
import { setOutputs } from '../../_shared/src/outputs';
import { awsProxyOptions } from '../../_shared/src/proxy';
import type { ActionContext } from '../../_shared/src/run-action';
import { type Env, exportVariable, info } from '../../_shared/src/runner';
import { table, writeSummary } from '../../_shared/src/summary';
import { type ClusterInfo, describeCluster, type EksModule } from './cluster';
import { type Config, readConfig } from './config';
import { Outputs } from './constants';
import {
  assumeRoleWithWebIdentity,
  callerIdentity,
  checkAccountAllowed,
  checkNotExpired,
  environmentCredentials,
  type Identity,
  type SessionCredentials,
  type StsModule,
} from './credentials';
import { CREDENTIAL_EXPIRATION_VAR } from './expiration';
import {
  bundledTokenCommand,
  defaultKubeconfigPath,
  kubeconfigYaml,
  type TokenCommand,
  writeKubeconfig,
} from './kubeconfig';
import { assertIdTokenAvailable, getIDToken } from './oidc';
import type { RetryDeps } from './retrying';
import type { AwsCredentials } from './sigv4';

export type Sdk = {
  sts: StsModule & { STSClient: typeof STSClient };
  eks?: EksModule & { EKSClient: typeof EKSClient };
};

export type Deps = RetryDeps & {
  /** Where the kubeconfig's exec plugin lives (defaults to this bundle's token command). */
  tokenCommand?: TokenCommand;
  now?: () => number;
};

/** The heavy part, loaded lazily (ncc makes each a separate chunk). */
async function loadSdk(withEks: boolean): Promise<Sdk> {
  const [sts, eks] = await Promise.all([
    import('@aws-sdk/client-sts'),
    withEks ? import('@aws-sdk/client-eks') : undefined,
  ]);
  return { sts, eks };
}

export async function run(ctx: ActionContext, deps: Deps = {}): Promise<void> {
  const { env, signal } = ctx;
  const config = readConfig(env);
  // Environmental preconditions, also before any SDK loads.
  if (config.roleToAssume) assertIdTokenAvailable(env);
  const now = deps.now ?? Date.now;
  const existing = config.roleToAssume ? undefined : environmentCredentials(env);
  if (existing) checkNotExpired(existing, now());

  const sdk = await loadSdk(Boolean(config.clusterName));
  const retryDeps = { sleep: deps.sleep, random: deps.random, signal };
  // One retry layer (ours, full jitter, injectable sleep): the SDK's own is turned off.
  const stsProxy = await awsProxyOptions('sts', config.region, env);
  const client = (credentials?: AwsCredentials) =>
    new sdk.sts.STSClient({ region: config.region, maxAttempts: 1, credentials, ...stsProxy });

  const { credentials, identity, sessionArn } = await group('AWS credentials', async () => {
    let credentials: SessionCredentials;
    let sessionArn = '';
    if (existing) {
      info('Using the AWS credentials already in the environment');
      credentials = existing;
    } else {
      const roleToAssume = config.roleToAssume!;
      const idToken = await getIDToken(config.audience, env, retryDeps);
      info(`Assuming ${roleToAssume} as session ${config.roleSessionName}`);
      const { sessionArn: assumedArn, ...assumed } = await assumeRoleWithWebIdentity(
        { ...config, roleToAssume },
        idToken,
        client(),
        sdk.sts,
        retryDeps,
      );
      credentials = assumed;
      sessionArn = assumedArn;
      checkNotExpired(credentials, now());
    }
    const identity = await callerIdentity(client(credentials), sdk.sts, retryDeps);
    if (config.maskAccountId) mask(identity.accountId);
    checkAccountAllowed(identity.accountId, config.allowedAccountIds);
    info(`Authenticated as ${identity.arn} in account ${identity.accountId}`);
    return { credentials, identity, sessionArn: sessionArn || identity.arn };
  });

  exportCredentials(credentials, config.region, env);

  let cluster: ClusterInfo | undefined;
  let kubeconfigPath = '';
  const { clusterName } = config;
  if (clusterName && sdk.eks) {
    const eksSdk = sdk.eks;
    ({ cluster, kubeconfigPath } = await group(`EKS cluster ${clusterName}`, async () => {
      const eks = new eksSdk.EKSClient({
        region: config.region,
        maxAttempts: 1,
        credentials,
        ...(await awsProxyOptions('eks', config.region, env)),
      });
      const cluster = await describeCluster(
        { clusterName, region: config.region, accountId: identity.accountId },
        eks,
        eksSdk,
        retryDeps,
      );
      const path =
        config.kubeconfigPath ?? defaultKubeconfigPath(env.RUNNER_TEMP || '/tmp', clusterName);
      writeKubeconfig(
        path,
        await kubeconfigYaml(cluster, config.region, deps.tokenCommand ?? bundledTokenCommand()),
      );
      exportVariable('KUBECONFIG', path, env);
      info(
        `Cluster ${cluster.status} (Kubernetes ${cluster.version ?? '?'}) at ${cluster.endpoint}`,
      );
      info(`Wrote ${path}; KUBECONFIG points at it`);
      return { cluster, kubeconfigPath: path };
    }));
  }

  setOutputs({
    [Outputs.Kubeconfig]: kubeconfigPath,
    [Outputs.ClusterEndpoint]: cluster?.endpoint ?? '',
    [Outputs.AwsAccountId]: identity.accountId,
    [Outputs.RoleSessionArn]: sessionArn,
    [Outputs.CredentialsExpiration]: credentials.expiration?.toISOString() ?? '',
  });
  await writeSummary(summary(config, identity, sessionArn, cluster, kubeconfigPath), env);
}

/**
 * Masks came first (in credentials.ts); now the job's later steps get them,
 * with the session's end (ISO 8601 UTC), which the token command caps its
 * tokens at and blue-green checks before a cutover.
 */
function exportCredentials(credentials: SessionCredentials, region: string, env: Env): void {
  exportVariable('AWS_ACCESS_KEY_ID', credentials.accessKeyId, env);
  exportVariable('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey, env);
  if (credentials.sessionToken) exportVariable('AWS_SESSION_TOKEN', credentials.sessionToken, env);
  if (credentials.expiration) {
    exportVariable(CREDENTIAL_EXPIRATION_VAR, credentials.expiration.toISOString(), env);
  }
  exportVariable('AWS_REGION', region, env);
  exportVariable('AWS_DEFAULT_REGION', region, env);
}

function summary(
  config: Config,
  identity: Identity,
  sessionArn: string,
  cluster: ClusterInfo | undefined,
  kubeconfigPath: string,
): string {
  const account = config.maskAccountId ? '(masked)' : identity.accountId;
  const rows: string[][] = [
    ['Account', account],
    ['Region', config.region],
    ['Identity', config.maskAccountId ? '(masked)' : sessionArn],
  ];
  if (cluster) {
    rows.push(
      ['Cluster', `${cluster.name} (${cluster.status}, Kubernetes ${cluster.version ?? '?'})`],
      ['Endpoint', cluster.endpoint],
      ['Kubeconfig', kubeconfigPath],
    );
  }
  return `### EKS authentication\n\n${table(['', ''], rows)}\n`;
}
