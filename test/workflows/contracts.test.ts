import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompositeContracts, checkContracts, repoContractContext } from './contracts';
import { actionPaths, FIXTURES, loadWorkflow, parseWorkflowText, workflowPaths } from './files';

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

describe('composite actions against the actions their steps use', () => {
  const ctx = repoContractContext();
  it.each(actionPaths())('%s', (path) => {
    expect(checkCompositeContracts(path, ctx)).toEqual([]);
  });

  it('reports unknown inputs and outputs, missing steps, ./ paths and undeclared inputs', () => {
    const bad = `name: bad
description: d
inputs:
  env:
    description: e
outputs:
  colour:
    description: c
    value: \${{ steps.deploy.outputs.colour }}
runs:
  using: composite
  steps:
    - id: deploy
      uses: medimind/delivery/actions/blue-green@v1
      with:
        namespace: \${{ inputs.namespace }}
        speed: fast
    - uses: ./actions/aws-eks-auth
    - if: \${{ steps.nothere.outcome == 'success' }}
      shell: bash
      run: echo
`;
    const errors = checkCompositeContracts('bad/action.yml', ctx, bad);
    expect(errors).toHaveLength(6);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/input "speed" is not defined by actions\/blue-green/),
        expect.stringMatching(/\.\/actions\/aws-eks-auth would resolve in the caller's checkout/),
        expect.stringMatching(/required input "aws-region" of actions\/aws-eks-auth is not given/),
        expect.stringMatching(/inputs\.namespace is not an input of this action/),
        expect.stringMatching(/steps\.deploy\.outputs\.colour is not an output of that action/),
        expect.stringMatching(/steps\.nothere is not a step of this action/),
      ]),
    );
  });
});

describe('outputs of a reusable workflow that come from a call job', () => {
  const ctx = repoContractContext(join(FIXTURES, 'repo'));
  const workflow = (output: string) =>
    parseWorkflowText(
      'nested.yml',
      `on:
  workflow_call:
    outputs:
      result:
        value: \${{ jobs.call.outputs.${output} }}
permissions: {}
jobs:
  call:
    uses: medimind/delivery/.github/workflows/callee.yml@v1
    permissions: { contents: read }
    with: { target: api }
`,
    );
  it('accepts an output the called workflow declares and reports one it does not', () => {
    expect(checkContracts(workflow('result'), ctx)).toEqual([]);
    expect(checkContracts(workflow('nope'), ctx)).toEqual([
      expect.stringMatching(
        /reads jobs\.call\.outputs\.nope, which .*callee\.yml does not declare/,
      ),
    ]);
  });
});
