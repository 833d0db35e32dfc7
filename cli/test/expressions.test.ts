import { describe, expect, it } from 'vitest';
import { parseWorkflowRehearsalArgs } from '../src/rehearse';
import { condition, Expr, evaluate, interpolate, Strict } from '../src/workflow/expressions';
import { parseFileCommands } from '../src/workflow/file-commands';

describe('rehearsal expressions', () => {
  it('wraps an if: without a status function in success() && (...), as the runner does', () => {
    expect(condition(undefined)).toBe('success()');
    expect(condition("github.ref == 'refs/heads/main'")).toBe(
      "success() && (github.ref == 'refs/heads/main')",
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
    expect(condition(new Expr('always() && x', '${{ always() && x }}'))).toBe('always() && x');
    // a status name inside a string literal does not count
    expect(condition("x == 'failure()'")).toBe("success() && (x == 'failure()')");
  });

  it('evaluates the status functions from the job status', () => {
    const failed = { failed: true, cancelled: false };
    expect(evaluate('success()', {}, failed)).toBe(false);
    expect(evaluate('failure()', {}, failed)).toBe(true);
    expect(evaluate('always()', {}, failed)).toBe(true);
    expect(evaluate('success()', {}, { failed: false, cancelled: false, success: false })).toBe(
      false,
    );
  });

  it('names the expression and the known keys when a strict context has no such key', () => {
    const needs = new Strict('needs', { build: { result: 'success' } }, 'job "deploy"');
    expect(() => evaluate('needs.biuld.result', { needs })).toThrow(
      'needs.biuld: job "deploy" has no "biuld" (known: build)',
    );
  });

  it('interpolates embedded expressions in the scalar as written (quotes and block indentation kept)', () => {
    const value = new Expr(
      "format('x')",
      'unused',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression
      "echo '${{ inputs.a }}' ''${{ inputs.b }}''\n  next",
    );
    expect(interpolate(value, { inputs: { a: 1, b: 'two' } })).toBe("echo '1' ''two''\n  next");
  });

  it('reads name=value and heredoc file commands', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nx\ny\nEOF\nc==2\n', 'GITHUB_OUTPUT')).toEqual({
      a: '1',
      b: 'x\ny',
      c: '=2',
    });
    expect(() => parseFileCommands('b<<EOF\nx\n', 'GITHUB_OUTPUT')).toThrow(
      '"b<<EOF" is never closed',
    );
  });
});

describe('medimind rehearse arguments', () => {
  it('parses the workflow, gates, failure and images', () => {
    expect(
      parseWorkflowRehearsalArgs([
        'promote',
        '--approve',
        'production',
        '--fail',
        'a/b',
        '--images',
        'api=r@sha256:1',
      ]),
    ).toMatchObject({
      workflow: 'promote',
      approve: ['production'],
      fail: 'a/b',
      images: { api: 'r@sha256:1' },
    });
    expect(parseWorkflowRehearsalArgs([])).toMatchObject({
      workflow: 'staged-rollout',
    });
    expect(() => parseWorkflowRehearsalArgs(['deploy'])).toThrow(/unknown argument "deploy"/);
    expect(() => parseWorkflowRehearsalArgs(['--images', 'api'])).toThrow(
      '--images expects name=value',
    );
  });
});
