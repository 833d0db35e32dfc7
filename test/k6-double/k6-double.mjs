#!/usr/bin/env node
// TEST DOUBLE for the k6 binary — never used outside tests. It replays a
// recording (written by test/k6-double/recording.ts) instead of running load:
//   k6 version                       → "k6 v<K6_DOUBLE_VERSION or 1.7.2> (…)"
//   k6 run --summary-export S --out json=J <script>
//       copies <K6_DOUBLE_RECORDING>/<script stem>/summary.json to S and
//       out.ndjson to J, prints stdout.txt, exits with exit-code. With a
//       hold-ms file it first waits; SIGINT/SIGTERM then end the run the way
//       k6 does: outputs still written, exit code 105.
// Every invocation (argv and the names of MEDIMIND_*/BASE_URL_*/PROFILE env
// vars, with values only for non-secret ones) is appended to K6_DOUBLE_LOG.
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
if (args[0] === 'version') {
  console.log(
    `k6 v${process.env.K6_DOUBLE_VERSION || '1.7.2'} (commit/k6-double, go1.24.0, ${process.platform}/${process.arch})`,
  );
  process.exit(0);
}
if (args[0] !== 'run') {
  console.error(`k6-double: unsupported command ${args[0]}`);
  process.exit(2);
}
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const summaryPath = option('--summary-export');
const jsonPath = option('--out')?.replace(/^json=/, '');
const script = args[args.length - 1];
const stem = basename(script).replace(/\.[mc]?[jt]s$/, '');
const recording = process.env.K6_DOUBLE_RECORDING;
if (process.env.K6_DOUBLE_LOG) {
  const env = Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => /^(MEDIMIND_|BASE_URL_|PROFILE$|K6_)/.test(k))
      .map((k) => [
        k,
        k === 'MEDIMIND_AUTH_TOKEN'
          ? '<set>'
          : k === 'MEDIMIND_SLO_JSON'
            ? '<json>'
            : process.env[k],
      ]),
  );
  appendFileSync(process.env.K6_DOUBLE_LOG, `${JSON.stringify({ args, env })}\n`);
}
const dir = recording && join(recording, stem);
if (!dir || !existsSync(dir)) {
  console.error(`k6-double: no recording for ${stem} in ${recording}`);
  process.exit(107);
}
if (!process.env.MEDIMIND_SLO_JSON) {
  console.error('k6-double: MEDIMIND_SLO_JSON is not set (the scripts would throw)');
  process.exit(107);
}
const finish = (code) => {
  if (summaryPath) copyFileSync(join(dir, 'summary.json'), summaryPath);
  // k6's web dashboard writes its HTML report at the end when asked to export it.
  if (process.env.K6_WEB_DASHBOARD === 'true' && process.env.K6_WEB_DASHBOARD_EXPORT) {
    writeFileSync(
      process.env.K6_WEB_DASHBOARD_EXPORT,
      `<!doctype html><title>k6 report: ${stem}</title>\n`,
    );
  }
  if (jsonPath) copyFileSync(join(dir, 'out.ndjson'), jsonPath);
  process.stdout.write(readFileSync(join(dir, 'stdout.txt'), 'utf8'));
  process.exit(code);
};
const code = Number(readFileSync(join(dir, 'exit-code'), 'utf8'));
const hold = existsSync(join(dir, 'hold-ms'))
  ? Number(readFileSync(join(dir, 'hold-ms'), 'utf8'))
  : 0;
if (hold > 0) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(105));
  console.log('k6-double: running');
  setTimeout(() => finish(code), hold);
} else finish(code);
