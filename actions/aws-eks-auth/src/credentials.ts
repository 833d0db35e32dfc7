/**
 * AWS credentials: the GitHub OIDC token exchanged with STS for a role session,
 * or the credentials already in the environment. Nothing is exported here —
 * main() exports only after the account guard has passed.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';
import { mask } from '../../_shared/src/mask';
import { retry } from '../../_shared/src/retry';
import { info } from '../../_shared/src/runner';
import type { Config } from './config';
import { Inputs, Reasons } from './constants';
import { CredentialsExpiredError, expirationFromEnv } from './expiration';
import { decodeClaims, trustPolicyHint } from './oidc';
import { isRetryableAwsError, type RetryDeps } from './retrying';
import type { AwsCredentials } from './sigv4';

/** Credentials and, where known, when their session ends. */
export type SessionCredentials = AwsCredentials & { expiration?: Date };

export type StsModule = Pick<
  typeof import('@aws-sdk/client-sts'),
  'AssumeRoleWithWebIdentityCommand' | 'GetCallerIdentityCommand'
>;

export type Identity = { accountId: string; arn: string };

function retryOptions(deps: RetryDeps & { signal?: AbortSignal }, what: string) {
  return {
    attempts: 5,
    isRetryable: isRetryableAwsError,
    signal: deps.signal,
    sleep: deps.sleep,
    random: deps.random,
    onRetry: (error: unknown, attempt: number, delay: number) =>
      info(
        `${what}: ${(error as Error).name ?? 'error'} on attempt ${attempt}; retrying in ${delay} ms`,
      ),
  };
}

export async function assumeRoleWithWebIdentity(
  config: Config & { roleToAssume: string },
  webIdentityToken: string,
  sts: STSClient,
  sdk: StsModule,
  deps: RetryDeps & { signal?: AbortSignal } = {},
): Promise<SessionCredentials & { sessionArn: string }> {
  const assume = () =>
    sts.send(
      new sdk.AssumeRoleWithWebIdentityCommand({
        RoleArn: config.roleToAssume,
        RoleSessionName: config.roleSessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: config.roleDurationSeconds,
      }),
      { abortSignal: deps.signal },
    );
  const result = await retry(assume, retryOptions(deps, 'AssumeRoleWithWebIdentity')).catch(
    (error: unknown) => {
      throw explainAssumeRoleError(error, config.roleToAssume, webIdentityToken);
    },
  );
  const c = result.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    throw new Error('AssumeRoleWithWebIdentity returned no credentials');
  }
  // Masked before anything else can print them.
  mask(c.AccessKeyId);
  mask(c.SecretAccessKey);
  mask(c.SessionToken);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    sessionArn: result.AssumedRoleUser?.Arn ?? '',
    ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}),
  };
}

function explainAssumeRoleError(
  error: unknown,
  roleArn: string,
  webIdentityToken: string,
): unknown {
  const name = (error as { name?: string }).name;
  const message = (error as Error).message;
  if (name === 'AccessDenied' || name === 'InvalidIdentityToken') {
    return new ActionFailure(
      `STS refused to let this workflow assume ${roleArn} (${name}: ${message}).\n${trustPolicyHint(roleArn, decodeClaims(webIdentityToken))}`,
      Reasons.AssumeRoleDenied,
    );
  }
  if (name === 'ValidationError' && /DurationSeconds/i.test(message)) {
    return new ConfigurationError(
      `Input ${Inputs.RoleDuration} exceeds the role's maximum session duration: ${message}`,
      Reasons.BadInput,
    );
  }
  return error;
}

export function environmentCredentials(
  env: Record<string, string | undefined>,
): SessionCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) {
    throw new ConfigurationError(
      `Input ${Inputs.RoleToAssume} is empty and no credentials are in the environment: set ${Inputs.RoleToAssume} to an IAM role ARN (with \`permissions: id-token: write\`), or provide AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`,
      Reasons.NoCredentials,
    );
  }
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
  mask(accessKeyId);
  mask(secretAccessKey);
  mask(sessionToken);
  let expiration: Date | undefined;
  try {
    expiration = expirationFromEnv(env);
  } catch (error) {
    throw new ConfigurationError((error as Error).message, Reasons.BadInput);
  }
  return { accessKeyId, secretAccessKey, sessionToken, ...(expiration ? { expiration } : {}) };
}

/** A session that has already ended fails here, named, rather than as 401s later. */
export function checkNotExpired(credentials: SessionCredentials, now: number): void {
  if (credentials.expiration && credentials.expiration.getTime() <= now) {
    throw new ActionFailure(
      new CredentialsExpiredError(credentials.expiration).message,
      Reasons.CredentialsExpired,
    );
  }
}

export async function callerIdentity(
  sts: STSClient,
  sdk: StsModule,
  deps: RetryDeps & { signal?: AbortSignal } = {},
): Promise<Identity> {
  const result = await retry(
    () => sts.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: deps.signal }),
    retryOptions(deps, 'GetCallerIdentity'),
  ).catch((error: unknown) => {
    const name = (error as { name?: string }).name;
    if (name === 'ExpiredToken' || name === 'ExpiredTokenException') {
      throw new ActionFailure(
        `${Reasons.CredentialsExpired}: STS says the session has expired (${name}); run this action again with fresh credentials`,
        Reasons.CredentialsExpired,
      );
    }
    throw error;
  });
  if (!result.Account) throw new Error('GetCallerIdentity returned no account');
  return { accountId: result.Account, arn: result.Arn ?? '' };
}

/** Refuses to go on in an account the workflow did not expect (before exporting anything). */
export function checkAccountAllowed(accountId: string, allowed: readonly string[]): void {
  if (allowed.length === 0) return;
  if (!allowed.includes(accountId)) {
    throw new ConfigurationError(
      `Input ${Inputs.AllowedAccountIds} does not include the account these credentials belong to (${accountId}); allowed: ${allowed.join(', ')}`,
      Reasons.AccountNotAllowed,
    );
  }
}
