/**
 * AWS Signature Version 4, query-string ("presigned URL") form, for one GET
 * request with no body — just enough for the EKS token, with node:crypto.
 * (A plain-TypeScript SHA-256 was tried to skip OpenSSL's start-up: V8's
 * optimising compiler, kicking in on its hot loop, cost more CPU than it saved.)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { createHash, createHmac } from 'node:crypto';

export type AwsCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
};

export type PresignRequest = {
  host: string;
  path?: string;
  /** Operation parameters, kept first and in this order in the URL (as botocore does). */
  params: ReadonlyArray<readonly [string, string]>;
  /** Extra headers to sign besides host (names lower-case). */
  headers?: Readonly<Record<string, string>>;
  region: string;
  service: string;
  expiresSeconds: number;
  now: Date;
  credentials: AwsCredentials;
};

/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** `20260314T150926Z` */
export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export function presignUrl(request: PresignRequest): string {
  const { host, path = '/', region, service, credentials } = request;
  const timestamp = amzDate(request.now);
  const date = timestamp.slice(0, 8);
  const scope = `${date}/${region}/${service}/aws4_request`;

  // 1. Canonical headers: lower-case names, sorted, host always included.
  const headers: Record<string, string> = { host, ...request.headers };
  const headerNames = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const canonicalHeaders = headerNames
    .map((h) => `${h}:${String(headers[h]).trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const signedHeaders = headerNames.join(';');

  // 2. The authentication parameters travel in the query string.
  const auth: [string, string][] = [
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', timestamp],
    ['X-Amz-Expires', String(request.expiresSeconds)],
    ['X-Amz-SignedHeaders', signedHeaders],
  ];
  if (credentials.sessionToken) auth.push(['X-Amz-Security-Token', credentials.sessionToken]);
  const query = [...request.params, ...auth];

  // 3. Canonical request: the query sorted by encoded name; the empty body's hash.
  const canonicalQuery = query
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    'GET',
    path,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    sha256Hex(''),
  ].join('\n');

  // 4. String to sign, signing key derived from the secret, signature.
  const stringToSign = ['AWS4-HMAC-SHA256', timestamp, scope, sha256Hex(canonicalRequest)].join(
    '\n',
  );
  let key = hmac(`AWS4${credentials.secretAccessKey}`, date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString('hex');

  // 5. The URL keeps operation parameters first, then auth, then the signature.
  const urlQuery = [...query, ['X-Amz-Signature', signature] as const]
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .join('&');
  return `https://${host}${path}?${urlQuery}`;
}
