/**
 * The GitHub OIDC token for `role-to-assume`. This is the request
 * @actions/core's getIDToken makes (GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…
 * with the request token as a bearer, answering {"value": "<jwt>"}), done with
 * Node's fetch: loading @actions/core and its HTTP client for one GET would cost
 * start-up time and bundle size for nothing.
 */
import { ConfigurationError } from '../../_shared/src/errors';
import { isRetryableStatus, isTransientNetworkError, withTimeout } from '../../_shared/src/http';
import { mask } from '../../_shared/src/mask';
import { httpFetch } from '../../_shared/src/proxy';
import { retry } from '../../_shared/src/retry';
import type { Env } from '../../_shared/src/runner';
import { GITHUB_OIDC_ISSUER, Inputs, Reasons } from './constants';
import type { RetryDeps } from './retrying';

export class RetryableHttpError extends Error {
  override readonly name = 'RetryableHttpError';
}

/** Throws the "add id-token: write" error when the runner offers no OIDC token. */
export function assertIdTokenAvailable(env: Env): void {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ConfigurationError(
      `Input ${Inputs.RoleToAssume} needs a GitHub OIDC token, but this job may not request one (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add \`permissions: id-token: write\` to the job (keep \`contents: read\` if you list permissions), or leave ${Inputs.RoleToAssume} empty to use credentials already in the environment.`,
      Reasons.NoIdTokenPermission,
    );
  }
}

export async function getIDToken(
  audience: string,
  env: Env,
  deps: RetryDeps & { signal?: AbortSignal } = {},
): Promise<string> {
  assertIdTokenAvailable(env);
  const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`;
  const token = await retry(
    async () => {
      const response = await httpFetch(
        url,
        {
          headers: {
            Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`,
            Accept: 'application/json',
          },
          signal: withTimeout(deps.signal, 30_000),
        },
        env,
      );
      if (isRetryableStatus(response.status)) {
        throw new RetryableHttpError(`the OIDC token endpoint answered ${response.status}`);
      }
      if (!response.ok) {
        throw new Error(
          `GitHub refused the OIDC token request: HTTP ${response.status} ${response.statusText}`,
        );
      }
      const body = (await response.json()) as { value?: unknown };
      if (typeof body.value !== 'string' || !body.value) {
        throw new Error('the OIDC token response has no "value"');
      }
      return body.value;
    },
    {
      attempts: 4,
      isRetryable: (e) => e instanceof RetryableHttpError || isTransientNetworkError(e),
      signal: deps.signal,
      sleep: deps.sleep,
      random: deps.random,
    },
  );
  mask(token);
  return token;
}

export type TokenClaims = { sub?: string; aud?: string | string[]; iss?: string };

/** The JWT's payload claims (not verified: only to explain a refusal). */
export function decodeClaims(jwt: string): TokenClaims {
  try {
    const payload = jwt.split('.')[1] ?? '';
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return {};
  }
}

/** What to tell the user when STS refuses the token: its claims and a matching condition. */
export function trustPolicyHint(roleArn: string, claims: TokenClaims): string {
  const account = /::(\d{12}):/.exec(roleArn)?.[1] ?? '<account-id>';
  const partition = roleArn.split(':')[1] ?? 'aws';
  const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '<none>');
  const sub = claims.sub ?? '<none>';
  const statement = {
    Effect: 'Allow',
    Principal: {
      Federated: `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_ISSUER}`,
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${GITHUB_OIDC_ISSUER}:aud`]: aud,
        [`${GITHUB_OIDC_ISSUER}:sub`]: sub,
      },
    },
  };
  return [
    `The GitHub OIDC token presented has sub="${sub}" and aud="${aud}".`,
    `The role's trust policy must allow it; a statement that would match (use StringLike with * in :sub to allow more refs or environments):`,
    JSON.stringify(statement, null, 2),
  ].join('\n');
}
