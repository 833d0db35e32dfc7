/**
 * The EKS bearer token, as `aws eks get-token` and aws-iam-authenticator make
 * it: a presigned STS GetCallerIdentity URL (regional endpoint, 60 s, the
 * cluster name in the signed x-k8s-aws-id header), base64url without padding,
 * prefixed `k8s-aws-v1.`. The API server's authenticator replays the URL to
 * learn who signed it. No AWS SDK: this runs on every kubectl call.
 */
import { EXEC_API_VERSION } from './constants';
import { CredentialsExpiredError, rfc3339 } from './expiration';
import { stsHost } from './regions';
import { type AwsCredentials, presignUrl } from './sigv4';

export { rfc3339 } from './expiration';

export const TOKEN_PREFIX = 'k8s-aws-v1.';
/** The presigned URL is valid 15 minutes; report 14 so clients refresh in time. */
export const TOKEN_LIFETIME_MS = 14 * 60_000;

export type TokenRequest = {
  cluster: string;
  region: string;
  credentials: AwsCredentials;
  now: Date;
  /** When the AWS session ends (AWS_CREDENTIAL_EXPIRATION): no token may outlive it. */
  credentialsExpiration?: Date;
};

export function presignedCallerIdentityUrl({
  cluster,
  region,
  credentials,
  now,
}: TokenRequest): string {
  return presignUrl({
    host: stsHost(region),
    params: [
      ['Action', 'GetCallerIdentity'],
      ['Version', '2011-06-15'],
    ],
    headers: { 'x-k8s-aws-id': cluster },
    region,
    service: 'sts',
    expiresSeconds: 60,
    now,
    credentials,
  });
}

export function eksToken(request: TokenRequest): string {
  return TOKEN_PREFIX + Buffer.from(presignedCallerIdentityUrl(request)).toString('base64url');
}

export type ExecCredential = {
  apiVersion: typeof EXEC_API_VERSION;
  kind: 'ExecCredential';
  spec: Record<string, never>;
  status: { expirationTimestamp: string; token: string };
};

/**
 * The token is reported valid 14 minutes, or until the session ends if that is
 * sooner, so kubectl asks again instead of sending a token STS will refuse.
 */
export function execCredential(request: TokenRequest): ExecCredential {
  const { now, credentialsExpiration } = request;
  if (credentialsExpiration && credentialsExpiration.getTime() <= now.getTime()) {
    throw new CredentialsExpiredError(credentialsExpiration);
  }
  const lifetimeEnd = now.getTime() + TOKEN_LIFETIME_MS;
  const expires = Math.min(lifetimeEnd, credentialsExpiration?.getTime() ?? lifetimeEnd);
  return {
    apiVersion: EXEC_API_VERSION,
    kind: 'ExecCredential',
    spec: {},
    status: {
      expirationTimestamp: rfc3339(new Date(expires)),
      token: eksToken(request),
    },
  };
}

/** Credentials from the standard variables (what the action exported), or a reason why not. */
export function credentialsFromEnv(
  env: Record<string, string | undefined>,
): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
  return { accessKeyId, secretAccessKey, sessionToken };
}
