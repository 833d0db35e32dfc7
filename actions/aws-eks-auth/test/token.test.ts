import { describe, expect, it } from 'vitest';
import { CredentialsExpiredError, expirationFromEnv } from '../src/expiration';
import { amzDate, uriEncode } from '../src/sigv4';
import {
  credentialsFromEnv,
  eksToken,
  execCredential,
  presignedCallerIdentityUrl,
  rfc3339,
} from '../src/token';
// Produced by botocore's presigner (what `aws eks get-token` uses); see make-botocore-token.py.
import fixture from './fixtures/botocore-token.json';

const request = (c: (typeof fixture.cases)[number]) => ({
  cluster: c.cluster,
  region: c.region,
  now: new Date(fixture.time),
  credentials: {
    accessKeyId: fixture.accessKeyId,
    secretAccessKey: fixture.secretAccessKey,
    sessionToken: c.sessionToken ?? undefined,
  },
});

describe('EKS token (SigV4 presigned GetCallerIdentity)', () => {
  it.each(fixture.cases)('matches botocore byte for byte: $cluster in $region', (c) => {
    expect(presignedCallerIdentityUrl(request(c))).toBe(c.url);
    expect(eksToken(request(c))).toBe(c.token);
  });

  it('is k8s-aws-v1. + unpadded base64url of the regional presigned URL', () => {
    const token = eksToken(request(fixture.cases[0]!));
    expect(token.startsWith('k8s-aws-v1.')).toBe(true);
    const body = token.slice('k8s-aws-v1.'.length);
    expect(body).toMatch(/^[A-Za-z0-9_-]+$/);
    const url = new URL(Buffer.from(body, 'base64url').toString('utf8'));
    expect(url.host).toBe('sts.us-east-1.amazonaws.com');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
  });

  it('signs a different cluster name differently (the header is signed)', () => {
    const c = fixture.cases[0]!;
    expect(eksToken({ ...request(c), cluster: 'other' })).not.toBe(c.token);
  });

  it('uses the partition DNS suffix for China regions', () => {
    const url = presignedCallerIdentityUrl({ ...request(fixture.cases[0]!), region: 'cn-north-1' });
    expect(new URL(url).host).toBe('sts.cn-north-1.amazonaws.com.cn');
  });

  it('reports an ExecCredential expiring 14 minutes after now, RFC 3339', () => {
    const credential = execCredential(request(fixture.cases[0]!));
    expect(credential).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      kind: 'ExecCredential',
      spec: {},
      status: { expirationTimestamp: '2026-03-14T15:23:26Z', token: fixture.cases[0]!.token },
    });
  });

  it('caps expirationTimestamp at the session expiry when that is sooner than 14 minutes', () => {
    const r = request(fixture.cases[0]!); // now = 2026-03-14T15:09:26Z
    const soon = execCredential({ ...r, credentialsExpiration: new Date('2026-03-14T15:12:00Z') });
    expect(soon.status.expirationTimestamp).toBe('2026-03-14T15:12:00Z');
    const later = execCredential({ ...r, credentialsExpiration: new Date('2026-03-14T18:00:00Z') });
    expect(later.status.expirationTimestamp).toBe('2026-03-14T15:23:26Z');
  });

  it('refuses to make a token for an ended session: credentials-expired', () => {
    const r = request(fixture.cases[0]!);
    expect(() =>
      execCredential({ ...r, credentialsExpiration: new Date('2026-03-14T15:09:26Z') }),
    ).toThrow(CredentialsExpiredError);
    expect(() =>
      execCredential({ ...r, credentialsExpiration: new Date('2026-03-14T15:00:00Z') }),
    ).toThrow(/^credentials-expired: the AWS session expired at 2026-03-14T15:00:00Z/);
  });

  it('reads AWS_CREDENTIAL_EXPIRATION, refusing a malformed one', () => {
    expect(expirationFromEnv({})).toBeUndefined();
    expect(expirationFromEnv({ AWS_CREDENTIAL_EXPIRATION: '2030-01-01T00:00:00Z' })).toEqual(
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(() => expirationFromEnv({ AWS_CREDENTIAL_EXPIRATION: 'tomorrow' })).toThrow(
      /AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time/,
    );
  });

  it('encodes like RFC 3986 and formats SigV4 dates', () => {
    expect(uriEncode("a b+c/d=e!'()*~")).toBe('a%20b%2Bc%2Fd%3De%21%27%28%29%2A~');
    expect(amzDate(new Date('2026-03-14T15:09:26.789Z'))).toBe('20260314T150926Z');
    expect(rfc3339(new Date('2026-03-14T15:09:26.789Z'))).toBe('2026-03-14T15:09:26Z');
  });

  it('reads credentials from the standard variables only when both keys are set', () => {
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'AKIA1' })).toBeUndefined();
    expect(
      credentialsFromEnv({
        AWS_ACCESS_KEY_ID: 'AKIA1',
        AWS_SECRET_ACCESS_KEY: 's',
        AWS_SESSION_TOKEN: '',
      }),
    ).toEqual({ accessKeyId: 'AKIA1', secretAccessKey: 's', sessionToken: undefined });
  });
});
