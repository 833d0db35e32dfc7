import { describe, expect, it } from 'vitest';
import { classifyUses, contextRefs, expressions, ownActionDir, refsIn } from './refs';

/** A GitHub expression `${{ body }}`, spelled so that no JS template placeholder is involved. */
const expr = (body: string) => `$${'{{'}${body}}}`;

describe('expression references', () => {
  it('finds every expression body', () => {
    expect(expressions(`a ${expr(' github.sha ')} b ${expr('\n inputs.x\n')}`)).toEqual([
      ' github.sha ',
      '\n inputs.x\n',
    ]);
  });

  it('normalises index access and sees through function calls', () => {
    expect(contextRefs("github.event['pull_request'].title")).toEqual([
      'github.event.pull_request.title',
    ]);
    expect(contextRefs("format('{0}-{1}', github.head_ref, inputs.environment)")).toEqual([
      'github.head_ref',
      'inputs.environment',
    ]);
    expect(contextRefs('toJSON(steps.plan.outputs)')).toEqual(['steps.plan.outputs']);
  });

  it('ignores words inside string literals and unknown roots', () => {
    expect(contextRefs("'github.event.issue.title' == 'x' && contains(foo, 'inputs.y')")).toEqual(
      [],
    );
  });

  it('keeps dashes in names', () => {
    expect(refsIn(expr(' needs.plan.outputs.has-changes == true '))).toEqual([
      'needs.plan.outputs.has-changes',
    ]);
  });
});

describe('uses classification', () => {
  it('recognises local, own, remote and docker references', () => {
    expect(classifyUses('./actions/demo/')).toEqual({ kind: 'local', path: 'actions/demo' });
    expect(classifyUses('medimind/delivery/actions/terraform-plan@v1')).toEqual({
      kind: 'own',
      path: 'actions/terraform-plan',
      ref: 'v1',
    });
    expect(classifyUses('github/codeql-action/upload-sarif@abc')).toMatchObject({
      kind: 'remote',
      slug: 'github/codeql-action/upload-sarif',
      repo: 'github/codeql-action',
      ref: 'abc',
    });
    expect(classifyUses('docker://alpine:3')).toEqual({ kind: 'docker', image: 'alpine:3' });
    expect(classifyUses('checkout')).toEqual({ kind: 'invalid' });
  });

  it('maps library actions to their directory, whichever way they are referenced', () => {
    expect(ownActionDir('medimind/delivery/actions/aws-eks-auth@v1')).toBe('actions/aws-eks-auth');
    expect(ownActionDir('./actions/aws-eks-auth')).toBe('actions/aws-eks-auth');
    expect(ownActionDir('medimind/delivery/.github/workflows/terraform.yml@v1')).toBeUndefined();
    expect(ownActionDir('someone/else/actions/aws-eks-auth@v1')).toBeUndefined();
  });
});
