/** Child process for bench/sandbox.ts: runs the sandbox load generator off the server's event loop. */
import { generateLoad } from '../sandbox/index';

const { url, durationMs, concurrency } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  durationMs: number;
  concurrency: number;
};
const report = await generateLoad({ url, durationMs, concurrency });
process.send?.(report, () => process.exit(0));
