// Cross-tree consistency: every job that assumes an AWS role through GitHub
// OIDC presents a subject (`sub` claim) that the terraform trust policy of that
// role accepts, and no job can reach a role it should not.
//
// Terraform side: the output github_trusted_subjects of the committed offline
// plans (terraform/test/fixtures/plan-<env>.json), the subjects each workflow
// role's trust policy names (terraform/modules/tests checks that the policies
// say exactly that).
// Workflow side: the caller templates in workflows/ (which give the events and
// the environment) calling this library's reusable workflows. GitHub builds the
// subject of a called workflow's job from the caller's event and the job's own
// environment:
//   job with `environment: X`        -> repo:<owner>/<repo>:environment:X
//   otherwise, pull_request          -> repo:<owner>/<repo>:pull_request
//   otherwise, push/schedule/dispatch -> repo:<owner>/<repo>:ref:refs/heads/<branch>
// (https://docs.github.com/actions/reference/security/oidc#example-subject-claims)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asMap,
  type JsonMap,
  jobsOf,
  loadWorkflow,
  REPO_ROOT,
  stepsOf,
  type WorkflowFile,
  workflowPaths,
} from '../workflows/files';
import { classifyUses, ownActionDir, refsIn } from '../workflows/refs';

const ENVIRONMENTS = ['staging', 'production'] as const;
type Env = (typeof ENVIRONMENTS)[number];
type Role = 'plan' | 'apply' | 'deploy' | 'bootstrap';

/**
 * Naming contract between the workflows and terraform: a workflow input
 * `<role>-role-arn` is given the terraform output `<role>_role_arn`.
 */
const ROLE_INPUTS: Record<string, Role> = {
  'plan-role-arn': 'plan',
  'apply-role-arn': 'apply',
  'deploy-role-arn': 'deploy',
  'bootstrap-role-arn': 'bootstrap',
};

/** The repository's default branch as the templates name it ($default-branch) and terraform trusts it. */
const DEFAULT_BRANCH = 'main';

interface TrustFacts {
  repo: string;
  subjects: Record<Role, string[]>;
}

function trustFacts(env: Env): TrustFacts {
  const file = join(REPO_ROOT, 'terraform', 'test', 'fixtures', `plan-${env}.json`);
  // biome-ignore lint/suspicious/noExplicitAny: parsed plan JSON is walked dynamically
  const plan = JSON.parse(readFileSync(file, 'utf8')) as any;
  const subjects = plan.planned_values?.outputs?.github_trusted_subjects?.value;
  if (!subjects) throw new Error(`${file}: output github_trusted_subjects is missing`);
  const org = plan.variables?.github_org?.value;
  const repo = plan.variables?.github_repo?.value;
  return { repo: `${org}/${repo}`, subjects };
}

/** A job of a reusable workflow that assumes a role, and which one (by the input it reads). */
interface RoleJob {
  job: string;
  role: Role | undefined;
  input: string;
  /** `environment` of the job, unevaluated (e.g. `${{ inputs.environment }}`). */
  environment: string | undefined;
  /** The job's `if:` excludes pull_request events. */
  skipsPullRequests: boolean;
}

function roleJobs(wf: WorkflowFile): RoleJob[] {
  const out: RoleJob[] = [];
  for (const [id, job] of jobsOf(wf)) {
    for (const step of stepsOf(job)) {
      // release-environment (composite) hands its role-to-assume to aws-eks-auth.
      const dir = typeof step.uses === 'string' ? ownActionDir(step.uses) : undefined;
      if (dir !== 'actions/aws-eks-auth' && dir !== 'actions/release-environment') continue;
      const roleRef = refsIn(String(asMap(step.with)['role-to-assume'] ?? '')).find((r) =>
        r.startsWith('inputs.'),
      );
      const input = roleRef?.slice('inputs.'.length) ?? String(asMap(step.with)['role-to-assume']);
      const env = job.environment;
      out.push({
        job: id,
        // staged-rollout names a role per environment: staging-deploy-role-arn.
        role: ROLE_INPUTS[input] ?? ROLE_INPUTS[input.replace(/^(staging|production)-/, '')],
        input,
        environment:
          env === undefined ? undefined : typeof env === 'string' ? env : String(asMap(env).name),
        skipsPullRequests: /github\.event_name\s*!=\s*'pull_request'/.test(String(job.if ?? '')),
      });
    }
  }
  return out;
}

function triggers(wf: WorkflowFile): string[] {
  const on = wf.data.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(asMap(on));
}

/** Resolves `${{ inputs.x }}` against the caller's `with:`. */
function resolveInput(value: string, given: JsonMap): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, k: string) =>
    String(given[k] ?? ''),
  );
}

interface Check {
  template: string;
  callerJob: string;
  env: Env;
  callee: string;
  job: RoleJob;
  event: string;
  subject: string;
}

function checks(): Check[] {
  const out: Check[] = [];
  for (const template of workflowPaths().filter((p) => p.startsWith('workflows/'))) {
    const caller = loadWorkflow(template);
    for (const [callerJob, job] of jobsOf(caller)) {
      if (typeof job.uses !== 'string') continue;
      const u = classifyUses(job.uses);
      if (u.kind !== 'own') continue;
      const callee = loadWorkflow(u.path);
      const given = asMap(job.with);
      for (const rj of roleJobs(callee)) {
        // The environment of the job itself (staged-rollout's release jobs name
        // theirs), else the one the caller passes in.
        const own = rj.environment && resolveInput(rj.environment, given);
        const env = (ENVIRONMENTS.includes(own as Env) ? own : String(given.environment)) as Env;
        if (!ENVIRONMENTS.includes(env)) continue;
        const repo = trustFacts(env).repo;
        for (const event of triggers(caller)) {
          if (event === 'pull_request' && rj.skipsPullRequests) continue;
          const subject = rj.environment
            ? `repo:${repo}:environment:${resolveInput(rj.environment, given)}`
            : event === 'pull_request'
              ? `repo:${repo}:pull_request`
              : `repo:${repo}:ref:refs/heads/${DEFAULT_BRANCH}`;
          out.push({ template, callerJob, env, callee: u.path, job: rj, event, subject });
        }
      }
    }
  }
  return out;
}

const all = checks();

describe('OIDC subjects of the workflows <-> terraform trust policies', () => {
  it('finds the role-assuming jobs of the terraform workflow for both environments', () => {
    const seen = new Set(all.map((c) => `${c.env}:${c.job.job}:${c.job.role}`));
    for (const env of ENVIRONMENTS) {
      expect(seen).toContain(`${env}:plan:plan`);
      expect(seen).toContain(`${env}:apply:apply`);
      // staged-rollout's release jobs, through release-environment
      expect(seen).toContain(`${env}:release-${env}:deploy`);
    }
    // workflow_dispatch (nightly.yml, promote.yml) presents the branch subject, as push does.
    expect(new Set(all.map((c) => c.event))).toEqual(
      new Set(['push', 'pull_request', 'schedule', 'workflow_dispatch']),
    );
  });

  it('maps every role input to a terraform role (name it <role>-role-arn)', () => {
    const unknown = all
      .filter((c) => c.job.role === undefined)
      .map((c) => `${c.callee}: job ${c.job.job} assumes ${c.job.input}`);
    expect(unknown).toEqual([]);
  });

  it.each(
    all.map(
      (c) =>
        [`${c.template} ${c.callerJob} (${c.event}) -> ${c.callee} job ${c.job.job}`, c] as const,
    ),
  )('%s: the role trusts the job subject', (_label, c) => {
    const trusted = trustFacts(c.env).subjects[c.job.role as Role] ?? [];
    expect(
      trusted,
      `${c.callee} job ${c.job.job} assumes the ${c.job.role} role of ${c.env} with sub ${c.subject}; terraform trusts ${trusted.join(', ')}`,
    ).toContain(c.subject);
  });

  it.each(ENVIRONMENTS)(
    '%s: only the read-only plan role can be reached from a pull request or a branch run',
    (env) => {
      const { repo, subjects } = trustFacts(env);
      for (const role of ['apply', 'deploy', 'bootstrap'] as const) {
        expect(subjects[role].length, role).toBeGreaterThan(0);
        for (const s of subjects[role]) {
          expect(s, `${role} trusts ${s}`).toMatch(
            new RegExp(
              `^repo:${repo.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:environment:[a-z0-9-]+$`,
            ),
          );
        }
      }
      expect(subjects.bootstrap).not.toEqual(subjects.deploy);
      expect(subjects.plan.every((s) => !s.includes(':environment:'))).toBe(true);
    },
  );
});
