/**
 * Every input read and validated up front, before any SDK is loaded, into one
 * typed object: a bad input fails in the time Node itself takes to start.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import {
  boolean,
  duration,
  formatDuration,
  list,
  optional,
  required,
  validated,
} from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import {
  DEFAULT_AUDIENCE,
  DEFAULT_ROLE_DURATION,
  Inputs,
  MAX_ROLE_DURATION_MS,
  MIN_ROLE_DURATION_MS,
  Reasons,
} from './constants';
import { type Partition, partitionOf } from './regions';

export type Config = {
  region: string;
  partition: Partition;
  /** undefined: use the credentials already in the environment. */
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  allowedAccountIds: string[];
  maskAccountId: boolean;
  /** undefined: only export credentials, write no kubeconfig. */
  clusterName?: string;
  kubeconfigPath?: string;
};

export const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** EKS: 1-100 characters, alphanumerics, hyphens and underscores, starting alphanumeric. */
const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
const ACCOUNT_ID = /^\d{12}$/;

function bad(message: string): ConfigurationError {
  return new ConfigurationError(message, Reasons.BadInput);
}

/** `medimind-<repo>-<run id>-<attempt>`, cut down to what STS accepts. */
export function defaultSessionName(env: Env): string {
  const repo = (env.GITHUB_REPOSITORY ?? '').split('/').pop() || 'local';
  const name = ['medimind', repo, env.GITHUB_RUN_ID || '0', env.GITHUB_RUN_ATTEMPT || '1'].join(
    '-',
  );
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

export function readConfig(env: Env = process.env): Config {
  try {
    return parse(env);
  } catch (error) {
    // The kernel's parsers throw without a reason code; every input error is `bad-input`.
    if (error instanceof ConfigurationError && !error.reason) throw bad(error.message);
    throw error;
  }
}

function parse(env: Env): Config {
  const region = required(Inputs.AwsRegion, env);
  const partition = partitionOf(region);
  if (!partition) {
    throw bad(
      `Input ${Inputs.AwsRegion} must be an AWS region name such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1; got "${region}"`,
    );
  }

  const roleToAssume = optional(Inputs.RoleToAssume, '', env) || undefined;
  if (roleToAssume) {
    const match = ROLE_ARN.exec(roleToAssume);
    if (!match) {
      throw bad(
        `Input ${Inputs.RoleToAssume} must be an IAM role ARN like arn:aws:iam::123456789012:role/deploy; got "${roleToAssume}"`,
      );
    }
    if (match[1] !== partition.name) {
      throw bad(
        `Input ${Inputs.RoleToAssume} is in partition ${match[1]} but ${Inputs.AwsRegion} ${region} is in ${partition.name}`,
      );
    }
  }

  const audience = optional(Inputs.Audience, DEFAULT_AUDIENCE, env);
  const roleSessionName = validated(
    Inputs.RoleSessionName,
    optional(Inputs.RoleSessionName, '', env) || defaultSessionName(env),
    (v) =>
      SESSION_NAME.test(v)
        ? undefined
        : `must be 2-64 characters of letters, digits and + = , . @ _ -; got "${v}"`,
  );
  const roleDurationMs = duration(Inputs.RoleDuration, DEFAULT_ROLE_DURATION, env, {
    min: MIN_ROLE_DURATION_MS,
    max: MAX_ROLE_DURATION_MS,
  });
  if (roleDurationMs % 1000 !== 0) {
    throw bad(
      `Input ${Inputs.RoleDuration} must be whole seconds; got ${formatDuration(roleDurationMs)}`,
    );
  }
  const allowedAccountIds = list(Inputs.AllowedAccountIds, env);
  for (const id of allowedAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw bad(
        `Input ${Inputs.AllowedAccountIds} must list 12-digit AWS account IDs (comma or newline separated); got "${id}"`,
      );
    }
  }
  const maskAccountId = boolean(Inputs.MaskAwsAccountId, false, env);
  const clusterName = optional(Inputs.ClusterName, '', env) || undefined;
  if (clusterName && !CLUSTER_NAME.test(clusterName)) {
    throw bad(
      `Input ${Inputs.ClusterName} must be an EKS cluster name (1-100 letters, digits, - and _, starting with a letter or digit); got "${clusterName}"`,
    );
  }
  const kubeconfigPath = optional(Inputs.KubeconfigPath, '', env) || undefined;
  if (kubeconfigPath && !clusterName) {
    throw bad(`Input ${Inputs.KubeconfigPath} needs ${Inputs.ClusterName} to be set too`);
  }

  return {
    region,
    partition,
    roleToAssume,
    audience,
    roleSessionName,
    roleDurationSeconds: roleDurationMs / 1000,
    allowedAccountIds,
    maskAccountId,
    clusterName,
    kubeconfigPath,
  };
}
