/**
 * A pod's `/metrics`: request counters and latency histograms in the
 * Prometheus text format (0.0.4), named as the project's alert rules and
 * dashboards expect (k8s/base/monitoring/prometheus-rules.yaml):
 *   http_requests_total{method, status}
 *   http_request_duration_seconds_bucket{le} / _sum / _count
 *   medimind_ml_prediction_duration_seconds_*   requests under /predict
 *   medimind_voice_analysis_duration_seconds_*  requests under /voice
 * `app`, `color`, `namespace` and `pod` are target labels added by the
 * scraper (as the PodMonitor's relabelings do), not exported here. Probe
 * paths are not counted, so injected faults show up undiluted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Includes the seed's thresholds (100, 200, 500 ms) as exact bucket bounds. */
export const LATENCY_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 10,
] as const;

const PROBES = new Set(['/healthz', '/readyz', '/livez', '/metrics']);

class Histogram {
  readonly counts = new Array<number>(LATENCY_BUCKETS.length).fill(0);
  sum = 0;
  count = 0;

  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
      if (seconds <= LATENCY_BUCKETS[i]!) this.counts[i]!++;
    }
  }

  render(name: string, help: string): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    LATENCY_BUCKETS.forEach((le, i) => {
      lines.push(`${name}_bucket{le="${le}"} ${this.counts[i]}`);
    });
    lines.push(`${name}_bucket{le="+Inf"} ${this.count}`);
    lines.push(`${name}_sum ${this.sum}`, `${name}_count ${this.count}`);
    return lines;
  }
}

export class PodMetrics {
  private readonly requests = new Map<string, number>();
  private readonly http = new Histogram();
  private readonly prediction = new Histogram();
  private readonly voice = new Histogram();

  observe(method: string, path: string, status: number, seconds: number): void {
    if (PROBES.has(path)) return;
    const key = `method="${method}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    this.http.observe(seconds);
    if (path.startsWith('/predict')) this.prediction.observe(seconds);
    if (path.startsWith('/voice')) this.voice.observe(seconds);
  }

  render(): string {
    const lines = [
      '# HELP http_requests_total Requests answered, by method and status code.',
      '# TYPE http_requests_total counter',
      ...[...this.requests].map(([labels, n]) => `http_requests_total{${labels}} ${n}`),
      ...this.http.render('http_request_duration_seconds', 'Time to answer a request.'),
      ...this.prediction.render(
        'medimind_ml_prediction_duration_seconds',
        'Time to answer a prediction (/predict).',
      ),
      ...this.voice.render(
        'medimind_voice_analysis_duration_seconds',
        'Time to answer a voice analysis (/voice).',
      ),
    ];
    return `${lines.join('\n')}\n`;
  }

  /**
   * The server hook: answers GET /metrics (returns true), or times the request
   * and records it when its answer is finished (returns false).
   */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (path === '/metrics') {
      req.resume();
      const text = this.render();
      res.writeHead(200, {
        'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(text);
      return true;
    }
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.observe(req.method ?? 'GET', path, res.statusCode, seconds);
    });
    return false;
  }
}
