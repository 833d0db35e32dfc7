import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionMetadataErrors, workflowParserErrors } from './contracts';
import { actionPaths, FIXTURES, readRepoFile, workflowPaths } from './files';

const FIXTURE_REPO = join(FIXTURES, 'repo');

describe('@actions/workflow-parser on the real files', () => {
  it.each(workflowPaths())(
    '%s has no parser errors (callers checked against the workflows they call)',
    async (path) => {
      expect(await workflowParserErrors(path, readRepoFile(path))).toEqual([]);
    },
  );

  const actions = actionPaths();
  it.runIf(actions.length > 0).each(actions)(
    '%s is valid action metadata (node24, dist/index.js, kebab-case, described)',
    (path) => {
      expect(actionMetadataErrors(path, readRepoFile(path))).toEqual([]);
    },
  );
});

describe('the parser checks callers against the called workflow', () => {
  const cases: [string, RegExp][] = [
    ['unknown-input', /Invalid input, colour is not defined in the referenced workflow/],
    ['missing-required-input', /Input target is required, but not provided while calling/],
    ['unknown-secret', /Invalid secret, password is not defined in the referenced workflow/],
    ['missing-callee', /Unable to find reusable workflow/],
  ];

  it('accepts the correct caller fixture', async () => {
    const file = join(FIXTURES, 'contracts/good.yml');
    expect(await workflowParserErrors('good.yml', readRepoFile(file), FIXTURE_REPO)).toEqual([]);
  });

  it.each(cases)('reports %s', async (name, expected) => {
    const file = join(FIXTURES, `contracts/${name}.yml`);
    const errors = await workflowParserErrors(`${name}.yml`, readRepoFile(file), FIXTURE_REPO);
    expect(errors).toEqual([expect.stringMatching(expected)]);
  });

  it('reports schema errors in a workflow', async () => {
    const errors = await workflowParserErrors(
      'bad.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minute: 5\n    steps:\n      - run: echo\n',
    );
    expect(errors).toEqual([expect.stringContaining("Unexpected value 'timeout-minute'")]);
  });
});

describe('action metadata checks', () => {
  it('accepts the fixture action', () => {
    expect(
      actionMetadataErrors(
        'demo/action.yml',
        readRepoFile(join(FIXTURE_REPO, 'actions/demo/action.yml')),
      ),
    ).toEqual([]);
  });

  const cases: [string, RegExp[]][] = [
    ['node20', [/runs\.using is "node20", expected node24/]],
    ['wrong-main', [/runs\.main is "src\/index\.ts", expected dist\/index\.js/]],
    ['schema', [/Unexpected value 'entry'/, /main/]],
    [
      'input-conventions',
      [/input "workingDirectory" is not kebab-case/, /input "lock-timeout" has no description/],
    ],
  ];
  it.each(cases)('rejects %s', (name, expected) => {
    const errors = actionMetadataErrors(
      `${name}.yml`,
      readRepoFile(join(FIXTURES, `actions/${name}.yml`)),
    );
    expect(errors).toHaveLength(expected.length);
    for (const re of expected)
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(re)]));
  });
});
