/**
 * Credentials for the HTTP endpoints the action calls (prometheus-url,
 * service-urls): userinfo is taken out of the URL (fetch refuses URLs with
 * credentials, and a URL gets logged) into an Authorization header — Basic
 * from `user:password@`, or Bearer from a separate secret input. Every form a
 * secret can take is listed for masking: raw (as typed, percent-encoded),
 * decoded, and the Basic token, each independently (a malformed escape such
 * as `p%zz` must not stop the others from being masked). And the time the
 * cloud credentials of the job expire (aws-eks-auth exports it).
 */
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';
import { formatDuration } from '../../_shared/src/inputs';
import { Reasons } from './failure-reasons';

export type Endpoint = {
  /** The URL without userinfo: safe to log. */
  url: string;
  /** Authorization header value, if any. */
  authorization?: string;
  /** Values to mask before anything can print them. */
  secrets: string[];
};

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined; // not valid percent-encoding (e.g. "p%zz"): used as typed
  }
}

/** `scheme://host…` with any userinfo replaced, for error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}

export function endpointOf(input: string, url: string, bearer?: string): Endpoint {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigurationError(
      `Input ${input}: ${redactUrl(url)} is not a valid URL`,
      Reasons.BadInput,
    );
  }
  const secrets: string[] = [];
  let authorization: string | undefined;
  if (u.username || u.password) {
    if (bearer) {
      throw new ConfigurationError(
        `Input ${input}: give either credentials in the URL (basic) or a token (bearer), not both`,
        Reasons.BadInput,
      );
    }
    const user = decoded(u.username) ?? u.username;
    const password = decoded(u.password) ?? u.password;
    // Masked independently: raw, decoded, and the header's token.
    secrets.push(u.password, password);
    const token = Buffer.from(`${user}:${password}`).toString('base64');
    secrets.push(token);
    authorization = `Basic ${token}`;
    u.username = '';
    u.password = '';
  } else if (bearer) {
    secrets.push(bearer);
    authorization = `Bearer ${bearer}`;
  }
  return { url: u.toString(), authorization, secrets: secrets.filter(Boolean) };
}

/** Kept free after the cutover's own deadline: switching back and its endpoint checks. */
export const ROLLBACK_MARGIN_MS = 5 * 60_000;

/**
 * `AWS_CREDENTIAL_EXPIRATION` (ISO 8601, set by aws-eks-auth with the
 * credentials): a cutover that cannot finish — timeout plus the rollback
 * margin — before the session expires is refused before it starts, since
 * every call after expiry is a 401 and the automatic rollback would fail too.
 */
export function checkCredentialLifetime(
  expiration: string | undefined,
  timeoutMs: number,
  now: number,
): { warning?: string } {
  if (!expiration) return {};
  const expiresAt = Date.parse(expiration);
  if (Number.isNaN(expiresAt)) {
    return {
      warning: `AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time ("${expiration}"); not checked`,
    };
  }
  const left = expiresAt - now;
  const needed = timeoutMs + ROLLBACK_MARGIN_MS;
  if (left < needed) {
    throw new ActionFailure(
      `The AWS credentials expire at ${new Date(expiresAt).toISOString()} (in ${formatDuration(Math.max(0, left))}), but this cutover may need ${formatDuration(needed)} (timeout ${formatDuration(timeoutMs)} plus ${formatDuration(ROLLBACK_MARGIN_MS)} to roll back). Nothing was changed. Request a longer session (aws-eks-auth role-duration) or a shorter timeout`,
      Reasons.CredentialsExpiring,
    );
  }
  return {};
}
