/**
 * Backend API at a constant arrival rate of throughput-rps × the profile's rate
 * (2,000 req/s at `load`): the seed's "backend API stress (2,000+ QPS)".
 */
import http from 'k6/http';
import { baseUrl, checkResponse, optionsFor, params, SLO } from './lib/k6.ts';

const SERVICE = 'backend-api';
const BASE = baseUrl(SERVICE);
const P95 = SLO.services[SERVICE]?.['latency-ms'].p95 ?? 100;

export const options = optionsFor(SERVICE);

export default function (): void {
  // Nine reads to one health probe, roughly the production mix.
  const res =
    Math.random() < 0.1
      ? http.get(`${BASE}/healthz`, params(SERVICE, 'healthz'))
      : http.get(`${BASE}/api/v1/patients?limit=20`, params(SERVICE, 'patients'));
  checkResponse(res, SERVICE, P95);
}
