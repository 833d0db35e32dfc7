/**
 * The committed aws-eks-auth bundle, run as the runner runs it (runBundle):
 * every bad input, the error paths users hit, and a success path end to end
 * against an OIDC endpoint and STS/EKS stand-ins on 127.0.0.1 (reached through
 * the SDK's standard AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_EKS variables).
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forwardProxy } from '../../actions/_shared/testing/forward-proxy';
import { type FakeAws, startFakeAws } from '../../actions/aws-eks-auth/test/fake-aws';
import {
  type OidcServer,
  REQUEST_TOKEN,
  startOidcServer,
} from '../../actions/aws-eks-auth/test/oidc-server';
import { type BundleRun, runBundle } from '../../cli/src/run-bundle';

const ACCOUNT = '210987654321';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/medimind-deploy`;
const CANARY = 'CANARY-SESSION-TOKEN-IQoJb3JpZ2luX2VjEOj//////////wEaCXVzLWVhc3QtMSJHMEUCIQ';
const SECRET = 'fakeSecretAccessKeyForBundleTests/0123456';
const ACCESS_KEY = 'ASIAFAKEBUNDLETEST01';

let aws: FakeAws;
let oidc: OidcServer;

beforeAll(async () => {
  [aws, oidc] = await Promise.all([
    startFakeAws({
      account: ACCOUNT,
      accessKeyId: ACCESS_KEY,
      secretAccessKey: SECRET,
      sessionToken: CANARY,
      clusters: {
        'medimind-production': {
          status: 'ACTIVE',
          endpoint: 'https://0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com',
          ca: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==',
          region: 'us-east-1',
        },
        'medimind-creating': { status: 'CREATING', endpoint: '', ca: '', region: 'us-east-1' },
      },
    }),
    startOidcServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([aws.close(), oidc.close()]);
});

const awsEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
  AWS_ENDPOINT_URL_STS: aws.url,
  AWS_ENDPOINT_URL_EKS: aws.url,
  // The SDK warns on stderr below Node 22; the runner runs this bundle on node24.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

function errorsOf(run: BundleRun): string[] {
  return [...run.stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) =>
    m[1]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
  );
}

function expectCleanFailure(run: BundleRun, message: RegExp | string): void {
  expect(run.exitCode).toBe(1);
  const errors = errorsOf(run);
  expect(errors).toHaveLength(1);
  if (typeof message === 'string') expect(errors[0]).toContain(message);
  else expect(errors[0]).toMatch(message);
  expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  expect(run.stdout).not.toContain('unexpected error');
  expect(run.stderr).toBe('');
  expect(run.exported).toEqual({});
}

describe('aws-eks-auth bundle: bad input', () => {
  const base = { 'role-to-assume': ROLE, 'aws-region': 'us-east-1' };
  it.each([
    [
      'aws-region missing',
      { 'role-to-assume': ROLE },
      'Input required and not supplied: aws-region',
    ],
    [
      'aws-region empty',
      { ...base, 'aws-region': '' },
      'Input required and not supplied: aws-region',
    ],
    [
      'aws-region unknown',
      { ...base, 'aws-region': 'us-east-7' },
      'Input aws-region must be an AWS region name such as us-east-1',
    ],
    [
      'role-to-assume malformed',
      { ...base, 'role-to-assume': 'arn:aws:iam::12345:role/deploy' },
      'Input role-to-assume must be an IAM role ARN like arn:aws:iam::123456789012:role/deploy',
    ],
    [
      'role-to-assume not a role',
      { ...base, 'role-to-assume': `arn:aws:iam::${ACCOUNT}:user/ci` },
      'Input role-to-assume must be an IAM role ARN',
    ],
    [
      'role-duration malformed',
      { ...base, 'role-duration': 'an hour' },
      'Input role-duration must be a duration such as 90s, 10m or 1h30m',
    ],
    [
      'role-duration too long',
      { ...base, 'role-duration': '13h' },
      'Input role-duration must be at most 12h; got "13h"',
    ],
    [
      'role-duration too short',
      { ...base, 'role-duration': '5m' },
      'Input role-duration must be at least 15m; got "5m"',
    ],
    [
      'role-session-name invalid',
      { ...base, 'role-session-name': 'deploy me!' },
      'Input role-session-name must be 2-64 characters',
    ],
    [
      'allowed-account-ids malformed',
      { ...base, 'allowed-account-ids': '1234' },
      'Input allowed-account-ids must list 12-digit AWS account IDs',
    ],
    [
      'mask-aws-account-id not a boolean',
      { ...base, 'mask-aws-account-id': 'yes' },
      'Input mask-aws-account-id must be true or false, got "yes"',
    ],
    [
      'cluster-name invalid',
      { ...base, 'cluster-name': '-prod' },
      'Input cluster-name must be an EKS cluster name',
    ],
  ])('%s', async (_, inputs, message) => {
    const run = await runBundle({ action: 'aws-eks-auth', inputs, env: awsEnv() });
    expectCleanFailure(run, message);
    expect(run.outputs['failure-reason']).toBe('bad-input');
  });

  it('names the missing id-token permission', async () => {
    const run = await runBundle({ action: 'aws-eks-auth', inputs: base });
    expectCleanFailure(run, 'Add `permissions: id-token: write` to the job');
    expect(run.outputs['failure-reason']).toBe('no-id-token-permission');
  });

  it('asks for a role or credentials when there are neither', async () => {
    const run = await runBundle({ action: 'aws-eks-auth', inputs: { 'aws-region': 'us-east-1' } });
    expectCleanFailure(
      run,
      /^Input role-to-assume is empty and no credentials are in the environment/,
    );
  });

  it('refuses an account that is not allowed, exporting nothing', async () => {
    const run = await runBundle({
      action: 'aws-eks-auth',
      inputs: { ...base, 'allowed-account-ids': '111111111111, 222222222222' },
      env: awsEnv(),
    });
    expectCleanFailure(
      run,
      `Input allowed-account-ids does not include the account these credentials belong to (${ACCOUNT})`,
    );
    expect(run.outputs['failure-reason']).toBe('account-not-allowed');
  });
});

describe('aws-eks-auth bundle: AWS refusals', () => {
  it('explains AccessDenied with the token claims and a trust policy that would match', async () => {
    const run = await runBundle({
      action: 'aws-eks-auth',
      inputs: {
        'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/denied`,
        'aws-region': 'us-east-1',
      },
      env: awsEnv(),
    });
    expectCleanFailure(run, 'STS refused to let this workflow assume');
    const [message] = errorsOf(run);
    expect(message).toContain('sub="repo:medimind/delivery:ref:refs/heads/main"');
    expect(message).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(run.outputs['failure-reason']).toBe('assume-role-denied');
  });

  it.each([
    ['missing', 'nope', `EKS cluster nope not found in region us-east-1 (account ${ACCOUNT})`],
    [
      'not active',
      'medimind-creating',
      'EKS cluster medimind-creating in us-east-1 is CREATING; it must be ACTIVE or UPDATING to deploy to it',
    ],
  ])('reports a %s cluster', async (_, cluster, message) => {
    const run = await runBundle({
      action: 'aws-eks-auth',
      inputs: { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', 'cluster-name': cluster },
      env: awsEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([message]);
    expect(run.exported.KUBECONFIG).toBeUndefined();
  });
});

describe('aws-eks-auth bundle: success end to end', () => {
  let run: BundleRun;
  beforeAll(async () => {
    aws.calls.length = 0;
    run = await runBundle({
      action: 'aws-eks-auth',
      inputs: {
        'role-to-assume': ROLE,
        'aws-region': 'us-east-1',
        'cluster-name': 'medimind-production',
      },
      env: awsEnv(),
    });
  });

  it('exports credentials and KUBECONFIG and sets every output', () => {
    expect(run.stderr).toBe('');
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const kubeconfig = `${run.runnerTemp}/aws-eks-auth/medimind-production.kubeconfig`;
    expect(run.exported).toEqual({
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_SESSION_TOKEN: CANARY,
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CREDENTIAL_EXPIRATION: '2030-01-01T00:00:00.000Z',
      KUBECONFIG: kubeconfig,
    });
    expect(run.outputs).toEqual({
      kubeconfig,
      'cluster-endpoint': 'https://0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com',
      'aws-account-id': ACCOUNT,
      'role-session-arn': `arn:aws:sts::${ACCOUNT}:assumed-role/medimind-deploy/medimind-delivery-1000-1`,
      'credentials-expiration': '2030-01-01T00:00:00.000Z',
    });
    expect(statSync(kubeconfig).mode & 0o777).toBe(0o600);
  });

  it('signs the calls after AssumeRoleWithWebIdentity with the session credentials', () => {
    expect(aws.calls).toEqual([
      { action: 'AssumeRoleWithWebIdentity', signedWith: undefined },
      { action: 'GetCallerIdentity', signedWith: ACCESS_KEY },
      { action: 'DescribeCluster', signedWith: ACCESS_KEY },
    ]);
  });

  it('never shows the canary session token outside ::add-mask::', () => {
    expect(run.stdout).toContain(`::add-mask::${CANARY}`);
    const log = run.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const secret of [CANARY, SECRET]) {
      expect(log).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
      expect(JSON.stringify(run.outputs)).not.toContain(secret);
    }
    expect(run.summary).toContain('medimind-production');
    expect(readFileSync(run.exported.KUBECONFIG!, 'utf8')).not.toContain(CANARY);
  });

  it('writes a kubeconfig whose exec plugin produces a token from the exported credentials', () => {
    const config = parse(readFileSync(run.exported.KUBECONFIG!, 'utf8'));
    const exec = config.users[0].user.exec;
    expect(exec.apiVersion).toBe('client.authentication.k8s.io/v1beta1');
    expect(exec.command).toBe(process.execPath);
    expect(exec.args.slice(1)).toEqual([
      '--cluster',
      'medimind-production',
      '--region',
      'us-east-1',
    ]);
    // What kubectl does: run the plugin with its own environment (the job's, with the exports).
    const stdout = execFileSync(exec.command, exec.args, {
      env: { PATH: process.env.PATH, ...run.exported },
      encoding: 'utf8',
    });
    const credential = JSON.parse(stdout);
    expect(credential.kind).toBe('ExecCredential');
    const url = new URL(
      Buffer.from(credential.status.token.slice('k8s-aws-v1.'.length), 'base64url').toString(),
    );
    expect(url.host).toBe('sts.us-east-1.amazonaws.com');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(CANARY);
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      new RegExp(`^${ACCESS_KEY}/\\d{8}/us-east-1/sts/aws4_request$`),
    );
  });
});

describe('aws-eks-auth bundle: behind an outbound proxy', () => {
  it('sends the OIDC, STS and EKS calls through HTTPS_PROXY/HTTP_PROXY', async () => {
    const proxy = forwardProxy();
    proxy.server.listen(0, '127.0.0.1');
    await once(proxy.server, 'listening');
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
      const run = await runBundle({
        action: 'aws-eks-auth',
        inputs: {
          'role-to-assume': ROLE,
          'aws-region': 'us-east-1',
          'cluster-name': 'medimind-production',
        },
        env: { ...awsEnv(), HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
      });
      expect(errorsOf(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      const oidcHost = new URL(oidc.url).host;
      const awsUrl = new URL(aws.url);
      // undici tunnels the OIDC fetch; the SDK's agent sends absolute-form requests.
      expect(proxy.seen.filter((s) => s === `CONNECT ${oidcHost}`)).toHaveLength(1);
      // STS AssumeRoleWithWebIdentity and GetCallerIdentity, then EKS DescribeCluster.
      expect(proxy.seen.filter((s) => s.includes(awsUrl.origin))).toEqual([
        `POST ${awsUrl.origin}/`,
        `POST ${awsUrl.origin}/`,
        `GET ${awsUrl.origin}/clusters/medimind-production`,
      ]);
    } finally {
      proxy.server.close();
    }
  });
});

describe('aws-eks-auth token command bundle', () => {
  it('prints an ExecCredential for fixed credentials', async () => {
    const before = Date.now();
    const run = await runBundle({
      action: 'aws-eks-auth',
      entry: 'dist/token/index.js',
      args: ['--cluster', 'medimind-staging', '--region', 'eu-west-2'],
      env: {
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_SESSION_TOKEN: 'token-from-env',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const credential = JSON.parse(run.stdout);
    expect(Object.keys(credential).sort()).toEqual(['apiVersion', 'kind', 'spec', 'status']);
    expect(credential.apiVersion).toBe('client.authentication.k8s.io/v1beta1');
    expect(credential.status.token).toMatch(/^k8s-aws-v1\.[A-Za-z0-9_-]+$/);
    const expiry = Date.parse(credential.status.expirationTimestamp);
    expect(credential.status.expirationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(expiry).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 14 * 60_000);
    expect(expiry).toBeLessThanOrEqual(Date.now() + 14 * 60_000);
  });

  const fixedCredentials = {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_SESSION_TOKEN: 'token-from-env',
  };

  it('never reports a token valid past AWS_CREDENTIAL_EXPIRATION', async () => {
    const ends = new Date(Math.ceil((Date.now() + 5 * 60_000) / 1000) * 1000);
    const run = await runBundle({
      action: 'aws-eks-auth',
      entry: 'dist/token/index.js',
      args: ['--cluster', 'medimind-staging', '--region', 'eu-west-2'],
      env: { ...fixedCredentials, AWS_CREDENTIAL_EXPIRATION: ends.toISOString() },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).status.expirationTimestamp).toBe(
      ends.toISOString().replace('.000Z', 'Z'),
    );
  });

  it('fails with credentials-expired once the session has ended', async () => {
    const run = await runBundle({
      action: 'aws-eks-auth',
      entry: 'dist/token/index.js',
      args: ['--cluster', 'medimind-staging', '--region', 'eu-west-2'],
      env: { ...fixedCredentials, AWS_CREDENTIAL_EXPIRATION: '2026-01-01T00:00:00Z' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'credentials-expired: the AWS session expired at 2026-01-01T00:00:00Z',
    );
  });

  it('says where credentials come from when there are none', async () => {
    const run = await runBundle({
      action: 'aws-eks-auth',
      entry: 'dist/token/index.js',
      args: ['--cluster', 'c', '--region', 'us-east-1'],
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set');
  });
});
