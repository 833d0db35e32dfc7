/**
 * What every script shares: its options from slo.yaml and the profile, the
 * base URL of its service, the auth header, tagged requests and checks.
 * Imports name the file with its extension: k6 resolves module specifiers as
 * paths, with no Node-style extension lookup.
 * Everything comes from the environment (`k6 run -e NAME=value`, or the
 * k6-load-test action), nothing is hard-coded per environment.
 */
import { check } from 'k6';
import type { Options } from 'k6/options';
import { parseSloJson, scenarioFor, serviceDoc, thresholdsFor } from './slo.ts';

export const PROFILE = __ENV.PROFILE || 'smoke';
export const SLO = parseSloJson(__ENV.MEDIMIND_SLO_JSON);

/** BASE_URL_BACKEND_API for backend-api, etc. (the service named by base-url-of). */
export function baseUrl(service: string): string {
  const owner = serviceDoc(SLO, service)['base-url-of'] ?? service;
  const name = `BASE_URL_${owner.toUpperCase().replace(/-/g, '_')}`;
  const url = __ENV[name];
  if (!url) throw new Error(`${name} is not set (the base URL of ${owner})`);
  return url.replace(/\/+$/, '');
}

/** k6 options for one service: its scenario under PROFILE and its SLO thresholds. */
export function optionsFor(service: string): Options {
  return {
    scenarios: { [service]: scenarioFor(SLO, service, PROFILE) },
    thresholds: thresholdsFor(SLO, service),
    // Percentiles the action reads from --summary-export.
    summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'],
    discardResponseBodies: true,
    tags: { profile: PROFILE },
  };
}

/** Request parameters: the service tag every result is grouped by, and the bearer token. */
export function params(service: string, endpoint: string, headers: Record<string, string> = {}) {
  const token = __ENV.MEDIMIND_AUTH_TOKEN;
  return {
    headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers,
    tags: { service, endpoint },
    timeout: '10s',
  };
}

/** The checks every response must pass; a failed one counts in `checks`, never prints the body. */
export function checkResponse(
  res: { status: number; timings: { duration: number } },
  service: string,
  budgetMs: number,
): boolean {
  return check(
    res,
    {
      [`${service}: status is 2xx`]: (r) => r.status >= 200 && r.status < 300,
      [`${service}: under ${budgetMs} ms`]: (r) => r.timings.duration < budgetMs,
    },
    { service },
  );
}
