import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlint, actionlintVersion } from './actionlint';
import { FIXTURES, readRepoFile, workflowPaths } from './files';

describe('actionlint', () => {
  it('is a 1.7.x build', () => {
    expect(actionlintVersion()).toMatch(/^1\.7\.\d+$/);
  });

  it.each(workflowPaths())('%s has no findings', async (path) => {
    const findings = await actionlint(path, readRepoFile(path));
    expect(findings.map((f) => `${path}:${f.line}:${f.column} [${f.kind}] ${f.message}`)).toEqual(
      [],
    );
  });

  it('reports problems in a broken workflow', async () => {
    const findings = await actionlint(
      'fixture.yml',
      readRepoFile(join(FIXTURES, 'actionlint/undefined-step-output.yml')),
    );
    const kinds = findings.map((f) => `${f.line} ${f.kind} ${f.message}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8 runner-label .*ubuntu-lates/),
        expect.stringMatching(/^14 expression .*missing/),
      ]),
    );
  });
});
