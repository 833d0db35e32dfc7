import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoContractContext, workflowParserErrors } from './contracts';
import { FIXTURES, loadWorkflow, workflowPaths } from './files';
import { checkWorkflowRules, formatFinding, RULES, type RuleId } from './rules';

const ctx = repoContractContext();
const ruleFixtures = readdirSync(join(FIXTURES, 'rules'))
  .filter((f) => f.endsWith('.yml') && f !== 'clean.yml')
  .sort();

describe('security rules on the real workflows', () => {
  const paths = workflowPaths();

  it('finds the workflows it must check', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/terraform.yml',
        'workflows/terraform.yml',
      ]),
    );
  });

  it.each(paths)('%s passes every rule', (path) => {
    expect(checkWorkflowRules(loadWorkflow(path), ctx).map(formatFinding)).toEqual([]);
  });
});

describe('each rule fires on its fixture', () => {
  it('the clean fixture passes every rule', () => {
    expect(checkWorkflowRules(loadWorkflow(join(FIXTURES, 'rules/clean.yml')), ctx)).toEqual([]);
  });

  it('every rule has at least one failing fixture', () => {
    const covered = new Set(ruleFixtures.map((f) => f.split('.')[0]));
    expect([...covered].sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(ruleFixtures)('%s fires its rule and no other', (file) => {
    const rule = file.split('.')[0] as RuleId;
    const findings = checkWorkflowRules(loadWorkflow(join(FIXTURES, 'rules', file)), ctx);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set([rule]));
  });

  // A fixture that is also invalid GitHub syntax would prove nothing about the rule.
  it.each(ruleFixtures)('%s is otherwise a valid workflow for the parser', async (file) => {
    const wf = loadWorkflow(join(FIXTURES, 'rules', file));
    expect(await workflowParserErrors(file, wf.content)).toEqual([]);
  });
});

describe('rule details', () => {
  it('names the interpolated context and the job in untrusted-in-run findings', () => {
    const [f] = checkWorkflowRules(
      loadWorkflow(join(FIXTURES, 'rules/untrusted-in-run.event.yml')),
      ctx,
    );
    expect(f?.message).toContain('github.event.pull_request.title');
    expect(f?.job).toBe('greet');
  });

  it('reports the line of an unpinned uses', () => {
    const [f] = checkWorkflowRules(
      loadWorkflow(join(FIXTURES, 'rules/pinned-actions.tag.yml')),
      ctx,
    );
    expect(f?.line).toBe(11);
    expect(f?.message).toContain('actions/checkout@v6');
  });

  it('justifies a call job permissions by the called workflow jobs, not more', () => {
    const findings = checkWorkflowRules(
      loadWorkflow(join(FIXTURES, 'rules/least-privilege-permissions.reusable.yml')),
      ctx,
    );
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('contents: write')]);
  });
});
