/**
 * The EKS bearer token, as `aws eks get-token` and aws-iam-authenticator make
 * it: a presigned STS GetCallerIdentity URL (regional endpoint, 60 s, the
 * cluster name in the signed x-k8s-aws-id header), base64url without padding,
 * prefixed `k8s-aws-v1.`. The API server's authenticator replays the URL to
 * learn who signed it. No AWS SDK: this runs on every kubectl call.
 */
import { EXEC_API_VERSION } from './constants';
import { stsHost } from './regions';
import { type AwsCredentials, presignUrl } from './sigv4';

export const TOKEN_PREFIX = 'k8s-aws-v1.';
/** The presigned URL is valid 15 minutes; report 14 so clients refresh in time. */
export const TOKEN_LIFETIME_MS = 14 * 60_000;

export type TokenRequest = {
  cluster: string;
  region: string;
  credentials: AwsCredentials;
  now: Date;
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

/** RFC 3339 in UTC without fractional seconds, as kubectl and the AWS CLI print it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function execCredential(request: TokenRequest): ExecCredential {
  return {
    apiVersion: EXEC_API_VERSION,
    kind: 'ExecCredential',
    spec: {},
    status: {
      expirationTimestamp: rfc3339(new Date(request.now.getTime() + TOKEN_LIFETIME_MS)),
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
