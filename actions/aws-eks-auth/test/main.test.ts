import { readFileSync, statSync } from 'node:fs';
import {
  type ClusterStatus,
  DescribeClusterCommand,
  type DescribeClusterCommandOutput,
  EKSClient,
} from '@aws-sdk/client-eks';
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../../_shared/src/run-action';
import { setStdout } from '../../_shared/src/runner';
import { type RunnerFixture, runnerFixture } from '../../_shared/testing/runner-fixture';
import { FAILURE_REASONS } from '../src/failure-reasons';
import { run } from '../src/main';
import { type OidcServer, REQUEST_TOKEN, startOidcServer } from './oidc-server';

const ROLE = 'arn:aws:iam::123456789012:role/medimind-deploy';
const SESSION_TOKEN = 'CANARY-session-token-FwoGZXIvYXdzEJr//////////wEaDM';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE';
const ACCESS_KEY = 'ASIAZEXAMPLE000001';
const SESSION_ARN =
  'arn:aws:sts::123456789012:assumed-role/medimind-deploy/medimind-delivery-1000-1';

const NOW = Date.parse('2026-03-14T15:00:00Z');

const sts = mockClient(STSClient);
const eks = mockClient(EKSClient);
let oidc: OidcServer;
let runner: RunnerFixture;
let delays: number[];

beforeAll(async () => {
  oidc = await startOidcServer();
});
afterAll(() => oidc.close());

function awsError(name: string, message = name, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

function activeCluster(status: ClusterStatus = 'ACTIVE'): DescribeClusterCommandOutput {
  return {
    cluster: {
      name: 'medimind-production',
      arn: 'arn:aws:eks:us-east-1:123456789012:cluster/medimind-production',
      endpoint: 'https://ABCDEF.gr7.us-east-1.eks.amazonaws.com',
      certificateAuthority: { data: 'LS0tLS1CRUdJTi1DRVJUSUZJQ0FURS0tLS0t' },
      status,
      version: '1.32',
    },
    $metadata: {},
  };
}

beforeEach(() => {
  sts.reset();
  eks.reset();
  oidc.requests.length = 0;
  oidc.failures = [];
  delays = [];
  sts.on(AssumeRoleWithWebIdentityCommand).resolves({
    Credentials: {
      AccessKeyId: ACCESS_KEY,
      SecretAccessKey: SECRET,
      SessionToken: SESSION_TOKEN,
      Expiration: new Date('2026-03-14T16:00:00Z'),
    },
    AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'AROAEXAMPLE:medimind-delivery-1000-1' },
  });
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '123456789012',
    Arn: SESSION_ARN,
    UserId: 'AROAEXAMPLE:medimind-delivery-1000-1',
  });
  eks.on(DescribeClusterCommand).resolves(activeCluster());
});
afterEach(() => runner.restore());

function start(inputs: Record<string, string>, env: Record<string, string> = {}) {
  runner = runnerFixture(inputs);
  for (const key of [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_CREDENTIAL_EXPIRATION',
  ]) {
    delete process.env[key];
  }
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
    GITHUB_REPOSITORY: 'medimind/delivery',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    ...env,
  });
}

const execute = () =>
  runAction(
    (ctx) =>
      run(ctx, {
        sleep: async (ms) => {
          delays.push(ms);
        },
        random: () => 0.5,
        // The session in beforeEach ends at 16:00; this run happens an hour before.
        now: () => NOW,
        tokenCommand: { command: '/usr/bin/node', script: '/opt/aws-eks-auth/dist/token/index.js' },
      }),
    { env: process.env, reasons: FAILURE_REASONS },
  );

const roleInputs = {
  'role-to-assume': ROLE,
  'aws-region': 'us-east-1',
  'cluster-name': 'medimind-production',
};

describe('aws-eks-auth run()', () => {
  it('assumes the role with the OIDC token, exports masked credentials, writes the kubeconfig', async () => {
    start(roleInputs);
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(process.exitCode).toBeUndefined();

    expect(oidc.requests).toEqual([
      { audience: 'sts.amazonaws.com', authorization: `Bearer ${REQUEST_TOKEN}` },
    ]);
    const assume = sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]!.args[0].input;
    expect(assume).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'medimind-delivery-1000-1',
      DurationSeconds: 3600,
    });
    expect(assume.WebIdentityToken?.split('.')).toHaveLength(3);
    // The OIDC token itself is masked too.
    expect(runner.masks()).toEqual(
      expect.arrayContaining([assume.WebIdentityToken, ACCESS_KEY, SECRET, SESSION_TOKEN]),
    );

    const path = `${runner.dir}/aws-eks-auth/medimind-production.kubeconfig`;
    expect(runner.exported()).toEqual({
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_SESSION_TOKEN: SESSION_TOKEN,
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CREDENTIAL_EXPIRATION: '2026-03-14T16:00:00.000Z',
      KUBECONFIG: path,
    });
    expect(runner.outputs()).toEqual({
      kubeconfig: path,
      'cluster-endpoint': 'https://ABCDEF.gr7.us-east-1.eks.amazonaws.com',
      'aws-account-id': '123456789012',
      'role-session-arn': SESSION_ARN,
      'credentials-expiration': '2026-03-14T16:00:00.000Z',
    });

    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    const kubeconfig = parse(text);
    expect(kubeconfig.clusters[0].cluster).toEqual({
      server: 'https://ABCDEF.gr7.us-east-1.eks.amazonaws.com',
      'certificate-authority-data': 'LS0tLS1CRUdJTi1DRVJUSUZJQ0FURS0tLS0t',
    });
    expect(kubeconfig['current-context']).toBe(kubeconfig.contexts[0].name);
    expect(kubeconfig.users[0].user.exec).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      command: '/usr/bin/node',
      args: [
        '/opt/aws-eks-auth/dist/token/index.js',
        '--cluster',
        'medimind-production',
        '--region',
        'us-east-1',
      ],
      interactiveMode: 'Never',
      provideClusterInfo: false,
    });
    // No secret in the kubeconfig: the token command reads the exported AWS_* variables.
    for (const secret of [SESSION_TOKEN, SECRET, ACCESS_KEY]) expect(text).not.toContain(secret);

    // Calls after the assume use the session's credentials.
    const identityClient = sts.commandCalls(GetCallerIdentityCommand)[0]!.thisValue as STSClient;
    const credentials = await (identityClient.config.credentials as () => Promise<unknown>)();
    expect(credentials).toMatchObject({ accessKeyId: ACCESS_KEY, sessionToken: SESSION_TOKEN });
  });

  it('masks every credential before it is exported', async () => {
    start(roleInputs);
    const envFile = process.env.GITHUB_ENV!;
    const exportedWhenMasked: Record<string, string> = {};
    const restore = setStdout((text) => {
      const mask = /^::add-mask::(.*)$/m.exec(text)?.[1];
      if (mask) exportedWhenMasked[mask] = readFileSync(envFile, 'utf8');
    });
    try {
      await execute();
    } finally {
      restore();
    }
    for (const secret of [ACCESS_KEY, SECRET, SESSION_TOKEN]) {
      expect(exportedWhenMasked[secret]).toBe('');
    }
    expect(readFileSync(envFile, 'utf8')).toContain(SESSION_TOKEN);
  });

  it('keeps the canary session token out of the log, outputs and summary', async () => {
    start(roleInputs);
    await execute();
    const withoutMasks = runner.stdout().replace(/^::add-mask::.*$/gm, '');
    expect(runner.stdout()).toContain(`::add-mask::${SESSION_TOKEN}`);
    expect(withoutMasks).not.toContain(SESSION_TOKEN);
    expect(withoutMasks).not.toContain(SECRET);
    expect(JSON.stringify(runner.outputs())).not.toContain(SESSION_TOKEN);
    expect(runner.summary()).toContain('medimind-production');
    expect(runner.summary()).not.toContain(SESSION_TOKEN);
    expect(runner.summary()).not.toContain(SECRET);
  });

  it('retries STS throttling with full jitter, then succeeds', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(awsError('Throttling', 'Rate exceeded'))
      .rejectsOnce(awsError('ServiceUnavailable', 'try later', 503))
      .resolves({
        Credentials: {
          AccessKeyId: ACCESS_KEY,
          SecretAccessKey: SECRET,
          SessionToken: SESSION_TOKEN,
          Expiration: new Date(NOW + 3_600_000),
        },
        AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'x' },
      });
    start(roleInputs);
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    // random() = 0.5 of min(10 s, 200 ms · 2^n): 100, then 200.
    expect(delays).toEqual([100, 200]);
    expect(runner.outputs()['role-session-arn']).toBe(SESSION_ARN);
  });

  it('retries a connection reset from EKS', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    eks.on(DescribeClusterCommand).rejectsOnce(reset).resolves(activeCluster('UPDATING'));
    start(roleInputs);
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(eks.commandCalls(DescribeClusterCommand)).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('explains AccessDenied with the token claims and a matching trust policy, never the token', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
      );
    start(roleInputs);
    await execute();
    expect(process.exitCode).toBe(1);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1); // not retried
    const message = decodeURIComponent(runner.errors()[0]!.replace(/%0A/g, '\n'));
    expect(message).toContain(`STS refused to let this workflow assume ${ROLE}`);
    expect(message).toContain('sub="repo:medimind/delivery:ref:refs/heads/main"');
    expect(message).toContain('aud="sts.amazonaws.com"');
    expect(message).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:medimind/delivery:ref:refs/heads/main"',
    );
    expect(message).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(message).toContain(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
    const token = sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]!.args[0].input
      .WebIdentityToken!;
    expect(runner.stdout().replace(/^::add-mask::.*$/gm, '')).not.toContain(token);
    expect(runner.outputs()['failure-reason']).toBe('assume-role-denied');
    expect(runner.exported()).toEqual({});
  });

  it('names the missing id-token permission before loading anything', async () => {
    start(roleInputs, { ACTIONS_ID_TOKEN_REQUEST_URL: '' });
    await execute();
    expect(runner.errors()[0]).toContain('Add `permissions: id-token: write` to the job');
    expect(runner.outputs()['failure-reason']).toBe('no-id-token-permission');
    expect(sts.calls()).toHaveLength(0);
    expect(oidc.requests).toHaveLength(0);
  });

  it('retries the OIDC endpoint when it answers 503, with the configured audience', async () => {
    oidc.failures = [503];
    start({ ...roleInputs, audience: 'https://github.com/medimind' });
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(oidc.requests.map((r) => r.audience)).toEqual([
      'https://github.com/medimind',
      'https://github.com/medimind',
    ]);
    expect(delays).toHaveLength(1);
  });

  it('reports a missing cluster with its region and account', async () => {
    eks
      .on(DescribeClusterCommand)
      .rejects(awsError('ResourceNotFoundException', 'No cluster found for name: nope.', 404));
    start({ ...roleInputs, 'cluster-name': 'nope' });
    await execute();
    expect(runner.errors()).toEqual([
      'EKS cluster nope not found in region us-east-1 (account 123456789012)',
    ]);
    expect(runner.outputs()['failure-reason']).toBe('cluster-not-found');
    expect(runner.exported().KUBECONFIG).toBeUndefined();
  });

  it('refuses a cluster that is still CREATING', async () => {
    eks.on(DescribeClusterCommand).resolves(activeCluster('CREATING'));
    start(roleInputs);
    await execute();
    expect(runner.errors()).toEqual([
      'EKS cluster medimind-production in us-east-1 is CREATING; it must be ACTIVE or UPDATING to deploy to it',
    ]);
    expect(runner.outputs()['failure-reason']).toBe('cluster-not-active');
  });

  it('uses credentials from the environment when no role is given, and only exports without a cluster', async () => {
    start(
      { 'aws-region': 'eu-west-2', 'allowed-account-ids': '123456789012' },
      { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE', AWS_SECRET_ACCESS_KEY: 'env-secret-value' },
    );
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
    expect(oidc.requests).toHaveLength(0);
    expect(eks.calls()).toHaveLength(0);
    expect(runner.masks()).toEqual(expect.arrayContaining(['AKIAENVEXAMPLE', 'env-secret-value']));
    expect(runner.exported()).toEqual({
      AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'env-secret-value',
      AWS_REGION: 'eu-west-2',
      AWS_DEFAULT_REGION: 'eu-west-2',
    });
    expect(runner.outputs()).toMatchObject({
      kubeconfig: '',
      'role-session-arn': SESSION_ARN,
      'credentials-expiration': '',
    });
  });

  it('passes on the expiry of environment credentials and refuses an ended session', async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE', AWS_SECRET_ACCESS_KEY: 'env-secret-value' };
    start(
      { 'aws-region': 'eu-west-2' },
      { ...env, AWS_CREDENTIAL_EXPIRATION: '2026-03-14T15:30:00Z' },
    );
    await execute();
    expect(runner.errors()).toEqual([]);
    expect(runner.exported().AWS_CREDENTIAL_EXPIRATION).toBe('2026-03-14T15:30:00.000Z');
    expect(runner.outputs()['credentials-expiration']).toBe('2026-03-14T15:30:00.000Z');
    runner.restore();
    sts.resetHistory();

    start(
      { 'aws-region': 'eu-west-2' },
      { ...env, AWS_CREDENTIAL_EXPIRATION: '2026-03-14T14:59:00Z' },
    );
    await execute();
    expect(runner.errors()[0]).toMatch(
      /^credentials-expired: the AWS session expired at 2026-03-14T14:59:00Z/,
    );
    expect(runner.outputs()['failure-reason']).toBe('credentials-expired');
    expect(sts.calls()).toHaveLength(0);
    expect(runner.exported()).toEqual({});
  });

  it('reports STS ExpiredToken as credentials-expired, not as a permission problem', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        awsError('ExpiredToken', 'The security token included in the request is expired', 403),
      );
    start(
      { 'aws-region': 'eu-west-2' },
      { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE', AWS_SECRET_ACCESS_KEY: 'env-secret-value' },
    );
    await execute();
    expect(runner.errors()[0]).toMatch(/^credentials-expired: STS says the session has expired/);
    expect(runner.outputs()['failure-reason']).toBe('credentials-expired');
    expect(runner.exported()).toEqual({});
  });

  it('refuses an assumed session that has already ended', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: {
        AccessKeyId: ACCESS_KEY,
        SecretAccessKey: SECRET,
        SessionToken: SESSION_TOKEN,
        Expiration: new Date(NOW - 1000),
      },
      AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'x' },
    });
    start(roleInputs);
    await execute();
    expect(runner.outputs()['failure-reason']).toBe('credentials-expired');
    expect(runner.exported()).toEqual({});
  });

  it('exports nothing when the account is not allowed', async () => {
    start({ ...roleInputs, 'allowed-account-ids': '111111111111\n222222222222' });
    await execute();
    expect(runner.errors()).toEqual([
      'Input allowed-account-ids does not include the account these credentials belong to (123456789012); allowed: 111111111111, 222222222222',
    ]);
    expect(runner.exported()).toEqual({});
    expect(eks.calls()).toHaveLength(0);
  });

  it('fails clearly with neither a role nor credentials in the environment', async () => {
    start({ 'aws-region': 'us-east-1' });
    await execute();
    expect(runner.errors()[0]).toMatch(/^Input role-to-assume is empty and no credentials/);
    expect(runner.outputs()['failure-reason']).toBe('no-credentials');
  });
});
