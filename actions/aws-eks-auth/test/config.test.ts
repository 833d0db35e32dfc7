import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../_shared/src/errors';
import { defaultSessionName, readConfig } from '../src/config';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({
  ...extra,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('readConfig', () => {
  it('applies defaults and converts units', () => {
    const config = readConfig(
      env(
        { 'aws-region': 'eu-west-2', 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' },
        { GITHUB_REPOSITORY: 'medimind/delivery', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' },
      ),
    );
    expect(config).toMatchObject({
      region: 'eu-west-2',
      partition: { name: 'aws' },
      audience: 'sts.amazonaws.com',
      roleSessionName: 'medimind-delivery-42-2',
      roleDurationSeconds: 3600,
      allowedAccountIds: [],
      maskAccountId: false,
      clusterName: undefined,
    });
  });

  it('accepts GovCloud and China role ARNs in their own partition only', () => {
    expect(
      readConfig(
        env({
          'aws-region': 'us-gov-west-1',
          'role-to-assume': 'arn:aws-us-gov:iam::123456789012:role/path/deploy',
        }),
      ).partition.name,
    ).toBe('aws-us-gov');
    expect(() =>
      readConfig(
        env({ 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/x' }),
      ),
    ).toThrow(/role-to-assume is in partition aws-cn but aws-region us-east-1 is in aws/);
  });

  it.each([
    [{ 'aws-region': 'mars-1' }, /aws-region must be an AWS region name/],
    [{ 'aws-region': 'us-east-1', 'role-duration': '13h' }, /role-duration must be at most 12h/],
    [{ 'aws-region': 'us-east-1', 'role-duration': '10m' }, /role-duration must be at least 15m/],
    [{ 'aws-region': 'us-east-1', 'role-duration': '1500ms' }, /role-duration must be at least/],
    [
      { 'aws-region': 'us-east-1', 'allowed-account-ids': '123456789012,42' },
      /allowed-account-ids/,
    ],
    [
      { 'aws-region': 'us-east-1', 'kubeconfig-path': '/tmp/k' },
      /kubeconfig-path needs cluster-name/,
    ],
  ])('rejects %o', (inputs, message) => {
    const attempt = () => readConfig(env(inputs));
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(ConfigurationError);
  });

  it('derives a session name STS accepts from any repository name', () => {
    const name = defaultSessionName({
      GITHUB_REPOSITORY: `o/${'very-long-repository name with spaces'.repeat(3)}`,
      GITHUB_RUN_ID: '123456789',
    });
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
    expect(name.startsWith('medimind-very-long-repository-name-with-spaces')).toBe(true);
  });
});
