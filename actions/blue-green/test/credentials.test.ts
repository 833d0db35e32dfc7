/**
 * Credentials in prometheus-url / service-urls (issue 9 §6) against a real
 * HTTP server on 127.0.0.1 that requires basic auth, with a password whose
 * percent-escape is malformed (`p%zz`); and the AWS session lifetime check
 * (issue 9 §7).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';
import { envName } from '../../_shared/src/inputs';
import { prometheusQuery, serviceGetter } from '../src/checks';
import { readConfig } from '../src/config';
import { Reasons } from '../src/constants';
import { checkCredentialLifetime, ROLLBACK_MARGIN_MS, redactUrl } from '../src/credentials';
import { Kube } from '../src/kube';

const USER = 'grafana-reader';
const PASSWORD = 'p%zz'; // as typed in the URL: not valid percent-encoding, so used literally
const EXPECTED = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

let server: Server;
let base: string;
const seen: (string | undefined)[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    if (req.headers.authorization !== EXPECTED) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="prometheus"' });
      res.end('unauthorized');
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    if (req.url?.startsWith('/api/v1/query')) {
      // Documented instant-query answer (prometheus.io/docs/prometheus/latest/querying/api/).
      res.end(
        JSON.stringify({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0.01'] }] },
        }),
      );
    } else res.end(JSON.stringify({ ok: true, path: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());

const config = (inputs: Record<string, string>, extra: Record<string, string> = {}) => {
  const env: Record<string, string> = { GITHUB_SHA: 'abc1234', ...extra };
  for (const [k, v] of Object.entries({ manifests: 'x', namespace: 'ns', ...inputs })) {
    env[envName(k)] = v;
  }
  return readConfig(env);
};

describe('credentials in URLs', () => {
  it('prometheus-url with user:p%zz@ → basic auth header; the URL keeps no userinfo', async () => {
    const cfg = config({ 'prometheus-url': `http://${USER}:${PASSWORD}@${base}/` });
    expect(cfg.prometheusUrl).toBe(`http://${base}/`);
    expect(cfg.prometheusAuthorization).toBe(EXPECTED);
    expect(cfg.secrets).toEqual(expect.arrayContaining([PASSWORD, EXPECTED.slice(6)]));
    const query = prometheusQuery(cfg.prometheusUrl!, 5000, cfg.prometheusAuthorization);
    expect(await query('up')).toEqual([0.01]);
    // The server does refuse without them.
    await expect(prometheusQuery(cfg.prometheusUrl!, 5000)('up')).rejects.toThrow(/401/);
  });

  it('service-urls with credentials reach the service with basic auth', async () => {
    const cfg = config({ 'service-urls': `web=http://${USER}:${PASSWORD}@${base}` });
    expect(cfg.serviceUrls.get('web')).toBe(`http://${base}/`);
    const get = serviceGetter(
      new Kube({
        request: async () => ({ status: 500, body: {}, headers: {} }),
        watch: async () => ({ abort() {} }),
      } as never),
      'ns',
      cfg.serviceUrls,
      () => 'http',
      cfg.serviceAuthorization,
    );
    const answer = await get('web', '/healthz', 5000);
    expect(answer.status).toBe(200);
    expect(seen.at(-1)).toBe(EXPECTED);
  });

  it('a decodable password is masked raw and decoded; a bearer token goes in its own input', () => {
    const cfg = config({ 'prometheus-url': `https://u:s3cr%40t@${base}` });
    expect(cfg.secrets).toEqual(expect.arrayContaining(['s3cr%40t', 's3cr@t']));
    expect(cfg.prometheusAuthorization).toBe(`Basic ${Buffer.from('u:s3cr@t').toString('base64')}`);
    const bearer = config({ 'prometheus-url': `https://${base}`, 'prometheus-token': 'tok-123' });
    expect(bearer.prometheusAuthorization).toBe('Bearer tok-123');
    expect(bearer.secrets).toContain('tok-123');
  });

  it('both a URL password and a token, or a malformed URL: bad-input naming the input, without the password', () => {
    const both = () =>
      config({ 'prometheus-url': `https://u:${PASSWORD}@${base}`, 'prometheus-token': 't' });
    expect(both).toThrow(ConfigurationError);
    expect(both).toThrow(/Input prometheus-url: give either/);
    try {
      config({ 'service-urls': `web=ftp://u:${PASSWORD}@host` });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/Input service-urls: web=ftp:\/\/\*\*\*@host/);
      expect((error as Error).message).not.toContain(PASSWORD);
    }
    expect(redactUrl(`https://u:${PASSWORD}@h/x`)).toBe('https://***@h/x');
  });
});

describe('AWS session lifetime (AWS_CREDENTIAL_EXPIRATION)', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');
  const thirtyMin = 30 * 60_000;
  it('refuses a cutover that may outlive the session (timeout + rollback margin)', () => {
    const soon = new Date(now + thirtyMin + ROLLBACK_MARGIN_MS - 1000).toISOString();
    try {
      checkCredentialLifetime(soon, thirtyMin, now);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ActionFailure);
      expect((error as ActionFailure).reason).toBe(Reasons.CredentialsExpiring);
      expect((error as Error).message).toMatch(/expire at 2026-11-29T12:34:59\.000Z/);
    }
  });
  it('allows it with enough time left, without the variable, and warns on a malformed value', () => {
    const later = new Date(now + thirtyMin + ROLLBACK_MARGIN_MS + 1000).toISOString();
    expect(checkCredentialLifetime(later, thirtyMin, now)).toEqual({});
    expect(checkCredentialLifetime(undefined, thirtyMin, now)).toEqual({});
    expect(checkCredentialLifetime('tomorrow', thirtyMin, now).warning).toMatch(/not an ISO 8601/);
  });
});
