import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoContractContext, workflowParserErrors } from './contracts';
import { asMap, FIXTURES, loadWorkflow, stepsOf, workflowPaths } from './files';
import { checkWorkflowRules, formatFinding, RULES, type RuleId } from './rules';

const ctx = repoContractContext();
const fixtureFiles = readdirSync(join(FIXTURES, 'rules'))
  .filter((f) => f.endsWith('.yml'))
  .sort();
/** `clean*.yml` pass every rule (the syntax the rules must accept); the rest break one rule each. */
const cleanFixtures = fixtureFiles.filter((f) => f.startsWith('clean'));
const ruleFixtures = fixtureFiles.filter((f) => !f.startsWith('clean'));

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
  it.each(cleanFixtures)('%s passes every rule', (file) => {
    const findings = checkWorkflowRules(loadWorkflow(join(FIXTURES, 'rules', file)), ctx);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it.each(cleanFixtures)('%s is a valid workflow for the parser', async (file) => {
    const wf = loadWorkflow(join(FIXTURES, 'rules', file));
    expect(await workflowParserErrors(file, wf.content)).toEqual([]);
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

describe('workflow syntax the rules read', () => {
  const load = (file: string) => loadWorkflow(join(FIXTURES, 'rules', file));

  it('reports an alias bomb as a finding instead of throwing', () => {
    const findings = checkWorkflowRules(load('yaml-loads.alias-bomb.yml'), ctx);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'yaml-loads', message: expect.stringContaining('alias') }),
    ]);
  });

  it('loads a workflow that reuses one anchor more than 100 times', () => {
    const wf = load('clean.anchors.yml');
    expect(wf.yamlErrors).toEqual([]);
    expect(stepsOf(asMap(asMap(wf.data.jobs).build))).toHaveLength(121);
  });

  it('walks the steps of a parallel group in place of the group', () => {
    const wf = load('clean.parallel.yml');
    const steps = stepsOf(asMap(asMap(wf.data.jobs).build));
    expect(steps.map((s) => s.run ?? s.uses)).toEqual([
      expect.stringMatching(/^actions\/checkout@/),
      expect.stringContaining('lint'),
      expect.stringMatching(/^actions\/checkout@/),
      'echo done',
    ]);
    expect(wf.uses.map((u) => [u.line, u.comment])).toEqual([
      [12, 'v6.0.3'],
      [17, 'v6.0.3'],
    ]);
  });

  it('reads a block-scalar uses without its newline and with its header comment', () => {
    const [block, plain] = load('clean.uses-forms.yml').uses;
    expect(block).toMatchObject({
      value: expect.stringMatching(/^actions\/checkout@[0-9a-f]{40}$/),
    });
    expect(block?.comment).toBe('v6.0.3');
    expect(plain?.comment).toBe('6.0.3');
  });

  it('names the unpinned image and where it is', () => {
    const findings = checkWorkflowRules(load('pinned-actions.services.yml'), ctx);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^job test service redis: image "redis:7" is not pinned by digest/),
    ]);
  });

  it('names the whole secrets context where it is read', () => {
    const [f] = checkWorkflowRules(load('secrets-by-name.tojson.yml'), ctx);
    expect(f).toMatchObject({ rule: 'secrets-by-name', job: 'deploy' });
    const [g] = checkWorkflowRules(load('secrets-by-name.computed.yml'), ctx);
    expect(g).toMatchObject({
      rule: 'secrets-by-name',
      message: expect.stringContaining('workflow env'),
    });
  });
});
