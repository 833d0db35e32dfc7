/** Child process for bench/blue-green.ts: traffic through a Service until told to stop. */
import { generateLoad } from '../sandbox/index';

const { url, concurrency } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  concurrency: number;
};
const stop = new AbortController();
process.on('message', (m) => {
  if (m === 'stop') stop.abort();
});
const report = await generateLoad({ url, durationMs: 600_000, concurrency, signal: stop.signal });
process.send?.(report, () => process.exit(0));
