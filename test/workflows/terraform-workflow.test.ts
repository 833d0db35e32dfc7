// The trust chain of .github/workflows/terraform.yml (issue 9 items 1, 2, 8):
// what the apply job trusts comes from the plan job's outputs, never from the
// artifact alone; the job that runs Terraform holds no write token.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asMap, type JsonMap, jobsOf, loadWorkflow, stepsOf } from './files';
import { classifyUses, ownActionDir, refsIn } from './refs';

const wf = loadWorkflow('.github/workflows/terraform.yml');
const jobs = new Map(jobsOf(wf));
const job = (id: string): JsonMap => {
  const j = jobs.get(id);
  if (!j) throw new Error(`.github/workflows/terraform.yml has no job ${id}`);
  return j;
};
const remote = (s: JsonMap, slug: string) => {
  const u = typeof s.uses === 'string' ? classifyUses(s.uses) : undefined;
  return u?.kind === 'remote' && u.slug === slug;
};
const own = (s: JsonMap, dir: string) => typeof s.uses === 'string' && ownActionDir(s.uses) === dir;
const step = (j: JsonMap, pred: (s: JsonMap) => boolean): JsonMap => {
  const found = stepsOf(j).find(pred);
  if (!found) throw new Error('step not found');
  return found;
};
const expr = (body: string) => `$${'{{'} ${body} }}`;

describe('terraform.yml: the apply trusts anchors outside the artifact', () => {
  it('the plan job outputs the plan hash and the bundle artifact id', () => {
    const outputs = asMap(job('plan').outputs);
    const upload = step(
      job('plan'),
      (s) => remote(s, 'actions/upload-artifact') && s.id === 'bundle',
    );
    expect(upload.id).toBe('bundle');
    expect(outputs['bundle-artifact-id']).toBe(expr('steps.bundle.outputs.artifact-id'));
    expect(refsIn(String(outputs['plan-sha256']))).toContain('steps.plan.outputs.plan-sha256');
  });

  it('the apply job downloads by artifact id and passes the expected plan hash', () => {
    const download = step(job('apply'), (s) => remote(s, 'actions/download-artifact'));
    const w = asMap(download.with);
    expect(w.name, 'download by name trusts whoever uploaded last').toBeUndefined();
    expect(w['artifact-ids']).toBe(expr('needs.plan.outputs.bundle-artifact-id'));
    const apply = asMap(step(job('apply'), (s) => own(s, 'actions/terraform-apply')).with);
    expect(apply['expected-plan-sha256']).toBe(expr('needs.plan.outputs.plan-sha256'));
    expect(String(job('apply').if)).toContain("needs.plan.outputs.plan-sha256 != ''");
  });

  it('never overwrites an artifact', () => {
    for (const [id, j] of jobs) {
      for (const s of stepsOf(j).filter((s) => remote(s, 'actions/upload-artifact'))) {
        expect(asMap(s.with).overwrite, `job ${id}`).toBeUndefined();
      }
    }
  });

  it('encrypts an uploaded bundle with the plan-kms-key-arn input', () => {
    const plan = asMap(step(job('plan'), (s) => own(s, 'actions/terraform-plan')).with);
    expect(plan['kms-key-id']).toBe(expr('inputs.plan-kms-key-arn'));
    // Plaintext only where the upload condition is false.
    const upload = step(job('plan'), (s) => s.id === 'bundle');
    expect(String(upload.if)).toContain(
      "inputs.mode == 'plan' && inputs.apply && github.event_name != 'pull_request'",
    );
    expect(String(plan['allow-plaintext-bundle'])).toContain(
      "!(inputs.mode == 'plan' && inputs.apply && github.event_name != 'pull_request')",
    );
  });
});

describe('terraform.yml: no write token where Terraform runs', () => {
  it('the plan job has contents: read and id-token: write only, and gives terraform-plan no token', () => {
    expect(job('plan').permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const plan = asMap(step(job('plan'), (s) => own(s, 'actions/terraform-plan')).with);
    expect(plan['github-token']).toBe('');
    expect(plan['comment-on-pr']).toBe(false);
  });

  it('the report job comments and uploads SARIF from the report artifact only', () => {
    const report = job('report');
    expect(report.needs).toBe('plan');
    const steps = stepsOf(report);
    expect(steps.some((s) => remote(s, 'actions/checkout'))).toBe(false);
    expect(steps.some((s) => typeof s.uses === 'string' && ownActionDir(s.uses))).toBe(false);
    const download = asMap(step(report, (s) => remote(s, 'actions/download-artifact')).with);
    expect(download['artifact-ids']).toBe(expr('needs.plan.outputs.report-artifact-id'));
    expect(steps.some((s) => remote(s, 'github/codeql-action/upload-sarif'))).toBe(true);
    const script = String(
      asMap(step(report, (s) => remote(s, 'actions/github-script')).with).script,
    );
    // The same marker as terraform-plan's own comment, so one comment is edited in place.
    expect(script).toContain(
      `<!-- medimind:terraform-plan dir=\${WORKING_DIRECTORY} env=\${ENVIRONMENT} workspace=\${WORKSPACE_NAME} -->`,
    );
    expect(asMap(report.permissions)['id-token']).toBeUndefined();
  });
});

describe("terraform.yml: the report job's comment script (run as github-script runs it)", () => {
  const commentStep = step(job('report'), (s) => remote(s, 'actions/github-script'));
  const script = String(asMap(commentStep.with).script);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<unknown>;

  type Call = { method: string; params: Record<string, unknown> };
  async function runComment(summary: string, existing: Array<{ id: number; body: string }>) {
    const dir = mkdtempSync(join(tmpdir(), 'medimind-report-'));
    writeFileSync(join(dir, 'summary.md'), summary);
    const calls: Call[] = [];
    const record = (method: string) => async (params: Record<string, unknown>) => {
      calls.push({ method, params });
      return { data: { id: 99, html_url: 'https://github.example/c/99' } };
    };
    const github = {
      paginate: async (_fn: unknown, params: Record<string, unknown>) => {
        calls.push({ method: 'listComments', params });
        return existing;
      },
      rest: {
        issues: {
          listComments: () => undefined,
          createComment: record('createComment'),
          updateComment: record('updateComment'),
        },
      },
    };
    const context = {
      repo: { owner: 'medimind', repo: 'infra' },
      serverUrl: 'https://github.example',
      runId: 7,
      payload: { pull_request: { number: 12 } },
    };
    const env = {
      REPORT_DIR: dir,
      WORKING_DIRECTORY: 'terraform/platform',
      ENVIRONMENT: 'staging',
      WORKSPACE_NAME: 'default',
    };
    const core = { info: () => undefined };
    try {
      await new AsyncFunction('require', 'github', 'context', 'core', 'process', script)(
        createRequire(import.meta.url),
        github,
        context,
        core,
        { env },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return calls;
  }
  const marker =
    '<!-- medimind:terraform-plan dir=terraform/platform env=staging workspace=default -->';

  it('creates one comment with the marker and the summary', async () => {
    const calls = await runComment('### Terraform plan\n\nPlan: 1 to add', []);
    expect(calls.map((c) => c.method)).toEqual(['listComments', 'createComment']);
    expect(calls[1]?.params).toMatchObject({ owner: 'medimind', repo: 'infra', issue_number: 12 });
    expect(calls[1]?.params.body).toBe(`${marker}\n### Terraform plan\n\nPlan: 1 to add`);
  });

  it('edits the existing comment of the same directory, environment and workspace', async () => {
    const calls = await runComment('new plan', [
      { id: 3, body: 'unrelated' },
      { id: 5, body: `${marker}\nold plan` },
    ]);
    expect(calls.map((c) => c.method)).toEqual(['listComments', 'updateComment']);
    expect(calls[1]?.params).toMatchObject({ comment_id: 5, body: `${marker}\nnew plan` });
  });

  it('keeps the comment under GitHub limit and links the run summary', async () => {
    const calls = await runComment('x'.repeat(70_000), []);
    const body = String(calls[1]?.params.body);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('https://github.example/medimind/infra/actions/runs/7');
  });
});
