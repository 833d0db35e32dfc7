import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContracts, repoContractContext } from './contracts';
import { FIXTURES, loadWorkflow, workflowPaths } from './files';

describe('cross-file contracts of the real workflows', () => {
  const ctx = repoContractContext();
  it.each(workflowPaths())(
    '%s: library actions, job outputs and call inputs match their definitions',
    (path) => {
      expect(checkContracts(loadWorkflow(path), ctx)).toEqual([]);
    },
  );
});

describe('contract checks fire on their fixtures', () => {
  const ctx = repoContractContext(join(FIXTURES, 'repo'));
  const check = (name: string) =>
    checkContracts(loadWorkflow(join(FIXTURES, `contracts/${name}.yml`)), ctx);

  it('accepts the correct caller fixture', () => {
    expect(check('good')).toEqual([]);
  });

  const cases: [string, RegExp][] = [
    ['undeclared-output', /needs\.call\.outputs\.summary, which .*callee\.yml does not declare/],
    ['input-type', /passes "yes" to input "dry-run" of type boolean/],
    ['action-unknown-input', /input "speed" is not defined by actions\/demo\/action\.yml/],
    ['action-missing-input', /required input "target" of actions\/demo is not given/],
    ['action-unknown-output', /steps\.demo\.outputs\.url is not an output of that action/],
    ['action-missing', /actions\/absent@v1 has no actions\/absent\/action\.yml/],
    [
      'missing-callee',
      /calls \.\/\.github\/workflows\/absent\.yml, which is not in this repository/,
    ],
    ['job-output', /needs\.build\.outputs\.digest, which job build does not define/],
    ['callee-bad-output', /workflow output digest reads jobs\.work\.outputs\.digest/],
    ['call-permissions', /whose job work requests contents: read, which job call does not grant/],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(check(name)).toEqual([expect.stringMatching(expected)]);
  });
});
