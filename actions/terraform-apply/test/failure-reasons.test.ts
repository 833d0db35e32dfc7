import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAILURE_REASONS } from '../src/constants';

const actionDir = join(import.meta.dirname, '..');

describe('failure reasons', () => {
  it('action.yml documents exactly the reasons the action can set', () => {
    const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
    const described = (meta.outputs['failure-reason'].description as string).match(
      /[a-z]+(?:-[a-z]+)+|cancelled/g,
    );
    expect([...new Set(described)].sort()).toEqual([...FAILURE_REASONS].sort());
  });

  it('every reason the source raises is a documented one', () => {
    const source = ['verify.ts', 'apply-run.ts', 'main.ts']
      .map((f) => readFileSync(join(actionDir, 'src', f), 'utf8'))
      .join('\n');
    const raised = [
      ...source.matchAll(/(?:ActionFailure|ConfigurationError)\([^;]*?,\s*'([a-z-]+)'\s*,?\s*\)/gs),
    ].map((m) => m[1]);
    expect(raised.length).toBeGreaterThan(5);
    for (const reason of raised) expect(FAILURE_REASONS).toContain(reason);
  });
});
