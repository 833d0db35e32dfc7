#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so local runs use the same sources
// the tests do. Actions themselves always run from their committed bundles.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
