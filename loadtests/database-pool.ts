/**
 * Database connection pooling through the API: endpoints that each hold a
 * PostgreSQL connection (a patient read and a search), at more concurrent
 * users than the pool has connections, so queueing for a connection shows up
 * as latency and errors here and as pg_stat_database_numbackends in Prometheus.
 */
import http from 'k6/http';
import { baseUrl, checkResponse, optionsFor, params, SLO } from './lib/k6.ts';

const SERVICE = 'database-pool';
const BASE = baseUrl(SERVICE);
const P95 = SLO.services[SERVICE]?.['latency-ms'].p95 ?? 100;

export const options = optionsFor(SERVICE);

export default function (): void {
  const id = 1 + Math.floor(Math.random() * 10_000);
  const res =
    Math.random() < 0.5
      ? http.get(`${BASE}/api/v1/patients/${id}`, params(SERVICE, 'patient-by-id'))
      : http.get(
          `${BASE}/api/v1/patients?search=smith&limit=50`,
          params(SERVICE, 'patient-search'),
        );
  checkResponse(res, SERVICE, P95);
}
