/**
 * ML inference: virtual users ramping to max-vus × the profile's rate (1,000
 * at `load`, the seed's ML pipeline test), each posting a feature vector.
 */
import { sleep } from 'k6';
import http from 'k6/http';
import { baseUrl, checkResponse, optionsFor, params, SLO } from './lib/k6.ts';

const SERVICE = 'ml-pipeline';
const BASE = baseUrl(SERVICE);
const P95 = SLO.services[SERVICE]?.['latency-ms'].p95 ?? 200;

export const options = optionsFor(SERVICE);

function features(): string {
  const values = Array.from({ length: 64 }, () => Math.round(Math.random() * 1000) / 1000);
  return JSON.stringify({ model: 'risk-score', features: values });
}

export default function (): void {
  const res = http.post(
    `${BASE}/api/v1/predict`,
    features(),
    params(SERVICE, 'predict', { 'Content-Type': 'application/json' }),
  );
  checkResponse(res, SERVICE, P95);
  sleep(0.5 + Math.random());
}
