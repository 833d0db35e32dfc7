// The e2e test app: a tiny HTTP server whose answers say which pod, colour and version served
// them (the same JSON shape as the sandbox's pod servers, so one load client reads both), with
// the termination behaviour chosen by SIGTERM_POLICY:
//   graceful  stop accepting, answer `Connection: close` on open keep-alive connections,
//             finish in-flight requests, exit once every connection closed (default)
//   exit      exit at once (open connections are cut)
//   ignore    keep serving until SIGKILL
// Env: PORT (8080), POD_NAME, POD_NAMESPACE (downward API), COLOR, APP_VERSION, IMAGE,
// FAIL_RATE (0..1: share of answers that are 500, for the analysis-failure scenario), FAIL_PATH
// (only paths starting with it fail; default every path), so a release can fail its analysis
// check on /canary while users' requests on other paths still succeed.
// Paths: any path answers 200 with the JSON; /readyz 503 once terminating; ?sleepMs=N holds it.
import { createServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import { pathToFileURL } from 'node:url';

export const POLICIES = ['graceful', 'exit', 'ignore'];

/** Build the server from an environment; `start()` listens, `terminate()` is the SIGTERM. */
export function createApp(env = process.env, log = (line) => process.stdout.write(`${line}\n`)) {
  const policy = env.SIGTERM_POLICY || 'graceful';
  if (!POLICIES.includes(policy)) {
    throw new Error(`SIGTERM_POLICY must be one of ${POLICIES.join(', ')} (got "${policy}")`);
  }
  const failRate = Number(env.FAIL_RATE || 0);
  if (!(failRate >= 0 && failRate <= 1)) {
    throw new Error(`FAIL_RATE must be a number from 0 to 1 (got "${env.FAIL_RATE}")`);
  }
  const failPath = env.FAIL_PATH || '/';
  const identity = {
    pod: env.POD_NAME || 'local',
    namespace: env.POD_NAMESPACE || 'default',
    image: env.IMAGE || '',
    color: env.COLOR || null,
    version: env.APP_VERSION || 'dev',
  };
  let terminating = false;
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://app');
    const respond = () => {
      const body = { ...identity, ready: !terminating, terminating, path: url.pathname };
      const probe = url.pathname === '/readyz' || url.pathname === '/healthz';
      let code = 200;
      if (url.pathname === '/readyz' && terminating) code = 503;
      else if (
        !probe &&
        failRate > 0 &&
        url.pathname.startsWith(failPath) &&
        Math.random() < failRate
      )
        code = 500;
      const text = JSON.stringify(body);
      res.writeHead(code, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
        'X-Pod': identity.pod,
        ...(terminating && policy === 'graceful' ? { Connection: 'close' } : {}),
      });
      res.end(text);
    };
    const sleep = Math.min(Number(url.searchParams.get('sleepMs')) || 0, 60_000);
    if (sleep > 0) setTimeout(respond, sleep);
    else respond();
    req.resume();
  });
  server.keepAliveTimeout = 65_000; // above the ALB's 60 s idle timeout, as ALB guidance asks
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const exit = new Promise((resolve) => {
    server.once('exited', resolve);
  });
  const stop = () => {
    for (const s of sockets) s.destroy();
    server.closeAllConnections?.();
    server.emit('exited');
  };
  return {
    policy,
    server,
    exited: exit,
    start(port = Number(env.PORT || 8080)) {
      return new Promise((resolve) => {
        server.listen(port, () => {
          log(
            `e2e-app ${identity.pod} ${identity.version} listening on ${server.address().port} (SIGTERM: ${policy})`,
          );
          resolve(server.address().port);
        });
      });
    },
    terminate() {
      log(`e2e-app ${identity.pod}: SIGTERM (${policy})`);
      if (policy === 'ignore') return;
      terminating = true;
      if (policy === 'exit') return stop();
      // Stop accepting without cutting idle keep-alive connections (http.Server.close would):
      // each gets `Connection: close` on its next answer; exit when none is left.
      if (server.listening) NetServer.prototype.close.call(server);
      const t = setInterval(() => {
        if (sockets.size === 0) {
          clearInterval(t);
          stop();
        }
      }, 20);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let app;
  try {
    app = createApp();
  } catch (e) {
    process.stderr.write(`e2e-app: ${e.message}\n`);
    process.exit(2);
  }
  process.on('SIGTERM', () => app.terminate());
  process.on('SIGINT', () => app.terminate());
  app.exited.then(() => process.exit(0));
  await app.start();
}
