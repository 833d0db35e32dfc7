#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so local runs use the same sources
// the tests do. Actions themselves always run from their committed bundles.
import { register as registerCjs } from 'tsx/cjs/api';
import { register } from 'tsx/esm/api';

register();
// Action sources are CommonJS (actions/*/src/package.json); the rehearsal reuses some.
registerCjs();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
