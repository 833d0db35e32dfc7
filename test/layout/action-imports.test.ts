// "An action never imports from another action; shared code lives only in
// actions/_shared": checked on every import and dynamic import() of every
// action's sources and tests, so a reader finds an action's code in its folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ACTIONS = join(ROOT, 'actions');

/** Every module specifier in a TypeScript source: static imports, re-exports and import(). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1] as string);
  return out;
}

/** The action folder a resolved path lies in (`_shared` included), or undefined. */
function actionOf(actionsDir: string, path: string): string | undefined {
  const rel = relative(actionsDir, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !p.includes(`${sep}dist${sep}`) && !p.includes(`${sep}node_modules${sep}`));
}

function crossActionImports(actionsDir = ACTIONS): string[] {
  const found: string[] = [];
  const actions = readdirSync(actionsDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const action of actions) {
    for (const file of sources(join(actionsDir, action.name))) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = actionOf(actionsDir, resolve(dirname(file), spec));
        // _shared may import only itself; an action itself and _shared.
        if (target && target !== action.name && target !== '_shared') {
          found.push(`${relative(actionsDir, file)} imports ${spec}`);
        }
      }
    }
  }
  return found;
}

describe('action isolation', () => {
  it('finds imports, re-exports and dynamic imports', () => {
    expect(
      specifiers(
        "import { a } from './a';\nexport * from \"../b\";\nconst c = await import('./c');\nimport './d';",
      ),
    ).toEqual(['./a', '../b', './c', './d']);
  });

  it('reports an action reaching into another action, and _shared reaching into any', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write(
        'a/src/main.ts',
        "import { x } from '../../b/src/x';\nimport { y } from '../../_shared/src/y';",
      );
      write('b/src/x.ts', "export const x = await import('./own');");
      write('_shared/src/y.ts', "export { z } from '../../a/src/z';");
      expect(crossActionImports(dir).sort()).toEqual([
        `_shared${sep}src${sep}y.ts imports ../../a/src/z`,
        `a${sep}src${sep}main.ts imports ../../b/src/x`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no action imports from another action, and _shared imports from none', () => {
    expect(crossActionImports()).toEqual([]);
  });
});
