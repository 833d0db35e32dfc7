/** Child process for bench/sandbox.ts: runs the sandbox load generator off the server's event loop. */
import { generateLoad } from '../sandbox/index';

const { url, durationMs, concurrency, connection } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  durationMs: number;
  concurrency: number;
  connection?: 'keep-alive' | 'fresh';
};
const report = await generateLoad({ url, durationMs, concurrency, connection });
process.send?.(report, () => process.exit(0));
