// The e2e load client (the in-cluster load Job): keep-alive clients (pooled connections, like an
// ALB or gRPC) and fresh-connection clients hit one URL until SIGTERM/SIGUSR2 or DURATION_MS,
// then print one JSON report line (per class: sent, ok, failed, failure kinds, answers by
// colour/version/pod) and exit 1 if any request failed (0 otherwise).
// Env: TARGET_URL (required), CONCURRENCY per class (2), DURATION_MS (600000), TIMEOUT_MS (5000),
// CLASSES (keep-alive,fresh), INTERVAL_MS between requests per worker (10).
import { Agent, request } from 'node:http';
import { pathToFileURL } from 'node:url';

export const CLASSES = ['keep-alive', 'fresh'];

const bump = (m, k) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Parse and check the environment; throws one clear message per bad variable. */
export function loadOptions(env = process.env) {
  if (!env.TARGET_URL)
    throw new Error('TARGET_URL is required (e.g. http://web.ns.svc.cluster.local/)');
  let url;
  try {
    url = new URL(env.TARGET_URL);
  } catch {
    throw new Error(`TARGET_URL is not a URL: "${env.TARGET_URL}"`);
  }
  if (url.protocol !== 'http:') throw new Error(`TARGET_URL must be http:// (got ${url.protocol})`);
  const int = (name, def, min) => {
    const raw = env[name];
    const v = raw === undefined || raw === '' ? def : Number(raw);
    if (!Number.isInteger(v) || v < min)
      throw new Error(`${name} must be an integer >= ${min} (got "${raw}")`);
    return v;
  };
  const classes = (env.CLASSES || CLASSES.join(',')).split(',').map((c) => c.trim());
  for (const c of classes) {
    if (!CLASSES.includes(c))
      throw new Error(`CLASSES: unknown class "${c}" (allowed: ${CLASSES.join(', ')})`);
  }
  return {
    url,
    classes,
    concurrency: int('CONCURRENCY', 2, 1),
    durationMs: int('DURATION_MS', 600_000, 1),
    timeoutMs: int('TIMEOUT_MS', 5000, 1),
    intervalMs: int('INTERVAL_MS', 10, 0),
  };
}

/** Run the load until `signal` aborts or the duration ends; resolves to the report. */
export async function runLoad(opts, signal) {
  const endAt = Date.now() + opts.durationMs;
  const started = Date.now();
  const one = (cls, agent, r) =>
    new Promise((resolve) => {
      const fail = (kind, msg) => {
        r.failed++;
        bump(r.failureKinds, kind);
        if (r.errors.length < 20) r.errors.push(`${new Date().toISOString()} ${msg}`);
        resolve();
      };
      const req = request(
        opts.url,
        {
          agent,
          timeout: opts.timeoutMs,
          headers: cls === 'fresh' ? { Connection: 'close' } : {},
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            text += c;
          });
          res.on('error', (e) => fail(e.code ?? e.message, e.message));
          res.on('end', () => {
            let body = {};
            try {
              body = JSON.parse(text);
            } catch {}
            if (body.pod) {
              bump(r.byPod, body.pod);
              bump(r.byColor, String(body.color));
              bump(r.byVersion, String(body.version));
            }
            const code = res.statusCode ?? 0;
            if (code >= 200 && code < 300) {
              r.ok++;
              resolve();
            } else fail(`HTTP ${code}`, `HTTP ${code}${body.pod ? ` from ${body.pod}` : ''}`);
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })),
      );
      req.on('error', (e) => fail(e.code ?? e.message, e.message));
      req.end();
    });
  const runClass = async (cls) => {
    const agent =
      cls === 'fresh'
        ? new Agent({ keepAlive: false })
        : new Agent({ keepAlive: true, maxSockets: opts.concurrency });
    const r = {
      sent: 0,
      ok: 0,
      failed: 0,
      failureKinds: {},
      byColor: {},
      byVersion: {},
      byPod: {},
      errors: [],
    };
    const worker = async () => {
      while (!signal?.aborted && Date.now() < endAt) {
        r.sent++;
        await one(cls, agent, r);
        if (opts.intervalMs) await new Promise((res) => setTimeout(res, opts.intervalMs));
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
    agent.destroy();
    return r;
  };
  const results = await Promise.all(opts.classes.map(runClass));
  const byClass = Object.fromEntries(opts.classes.map((c, i) => [c, results[i]]));
  const failed = results.reduce((n, r) => n + r.failed, 0);
  return { url: opts.url.href, durationMs: Date.now() - started, failed, byClass };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let opts;
  try {
    opts = loadOptions();
  } catch (e) {
    process.stderr.write(`e2e-load: ${e.message}\n`);
    process.exit(2);
  }
  const stop = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGUSR2']) process.on(sig, () => stop.abort());
  const report = await runLoad(opts, stop.signal);
  process.stdout.write(`E2E_LOAD_REPORT ${JSON.stringify(report)}\n`);
  process.exit(report.failed === 0 ? 0 : 1);
}
