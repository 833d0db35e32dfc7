/**
 * Voice analysis with upload-sized bodies: 15 s of 16 kHz 16-bit mono audio
 * (≈ 480 KB), built once per VU so generating it is not what is measured.
 */
import { sleep } from 'k6';
import http from 'k6/http';
import { baseUrl, checkResponse, optionsFor, params, SLO } from './lib/k6.ts';

const SERVICE = 'voice-analysis';
const BASE = baseUrl(SERVICE);
const P95 = SLO.services[SERVICE]?.['latency-ms'].p95 ?? 500;
const SAMPLES = 16_000 * 15;

export const options = optionsFor(SERVICE);

let clip: ArrayBuffer | undefined;
function audio(): ArrayBuffer {
  if (!clip) {
    const pcm = new Int16Array(SAMPLES);
    for (let i = 0; i < SAMPLES; i++) pcm[i] = Math.round(Math.sin(i / 8) * 8000);
    clip = pcm.buffer as ArrayBuffer;
  }
  return clip;
}

export default function (): void {
  const res = http.post(
    `${BASE}/api/v1/voice/analyze`,
    audio(),
    params(SERVICE, 'voice-analyze', { 'Content-Type': 'audio/l16; rate=16000; channels=1' }),
  );
  checkResponse(res, SERVICE, P95);
  sleep(1);
}
