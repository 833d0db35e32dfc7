/**
 * When the AWS session ends. Kept apart from token.ts (which loads node:crypto)
 * so the action's start-up path can use it.
 */

/** The variable the AWS SDKs read for a session's expiry; aws-eks-auth exports it, blue-green reads it. */
export const CREDENTIAL_EXPIRATION_VAR = 'AWS_CREDENTIAL_EXPIRATION';
/** The `failure-reason` of a session that has already ended. */
export const CREDENTIALS_EXPIRED = 'credentials-expired';

/** RFC 3339 in UTC without fractional seconds, as kubectl and the AWS CLI print it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A session that has ended: every signed call would be a 401, so say so instead. */
export class CredentialsExpiredError extends Error {
  override readonly name = 'CredentialsExpiredError';
  constructor(readonly expiredAt: Date) {
    super(
      `${CREDENTIALS_EXPIRED}: the AWS session expired at ${rfc3339(expiredAt)}; run aws-eks-auth again (or raise role-duration) for fresh credentials`,
    );
  }
}

/** AWS_CREDENTIAL_EXPIRATION (ISO 8601) if set; a malformed value is refused, never ignored. */
export function expirationFromEnv(env: Record<string, string | undefined>): Date | undefined {
  const text = env[CREDENTIAL_EXPIRATION_VAR]?.trim();
  if (!text) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    throw new Error(`${CREDENTIAL_EXPIRATION_VAR} is not an ISO 8601 time: "${text}"`);
  }
  return new Date(time);
}
