// The project's own workflow security rules. Each rule has an ID, a one-line
// statement, and a fixture under fixtures/rules/<id>.yml that breaks exactly it.
import { asMap, type Json, type JsonMap, jobsOf, stepsOf, type WorkflowFile } from './files';
import { classifyUses, FULL_SHA, OWN_REF, ownActionDir, refsIn } from './refs';

export const RULES = {
  'yaml-loads':
    'The file loads as YAML (no syntax error, duplicate key or alias bomb); otherwise no rule could see its content.',
  'top-level-permissions':
    'The workflow sets top-level `permissions` explicitly and grants no write scope there (jobs raise what they need).',
  'least-privilege-permissions':
    'No `write-all` or `read-all`; every write scope a job grants is needed by one of its steps (or, for a reusable workflow call, by a job of the called workflow).',
  'pinned-actions':
    'Third-party `uses:` are pinned to a full 40-hex commit SHA with a `# vX` (or `# X.Y.Z`) release comment; docker images (`docker://`, `container:`, `services:`) by digest; this library by one release tag or SHA per file.',
  'untrusted-in-run':
    'No expression of untrusted or free-form context (github.event.*, head_ref, inputs, outputs, env, secrets...) inside `run:` or a github-script `script:`; pass values through `env:`.',
  'no-secrets-inherit':
    'Reusable workflow calls name the secrets they pass; never `secrets: inherit`.',
  'secrets-by-name':
    'Secrets are read one by name: never the whole `secrets` context (`toJSON(secrets)`, `secrets[<expression>]`), which hands every secret the job can see to one place.',
  'secrets-need-environment':
    'A job that reads a secret other than GITHUB_TOKEN is bound to an `environment`, so the secret is scoped and the job is gated.',
  'deploy-concurrency':
    'Deploy and apply jobs (bound to an environment, or running terraform-apply / blue-green) have `concurrency` with `cancel-in-progress: false`.',
  'timeout-minutes': 'Every job that runs steps sets `timeout-minutes`.',
  'checkout-persist-credentials': 'Every actions/checkout step sets `persist-credentials: false`.',
  'terraform-no-write-token':
    'A job that runs Terraform (terraform-plan / terraform-apply) grants no write scope but id-token and gives terraform-plan no GitHub token: providers and pull request code can read the runner process environment (/proc/<pid>/environ). Comments and SARIF go through a separate job.',
} as const;

export type RuleId = keyof typeof RULES;

export interface Finding {
  rule: RuleId;
  file: string;
  job?: string;
  line?: number;
  message: string;
}

/** What a rule may need to know beyond the file itself. */
export interface RuleContext {
  /**
   * The workflow a job-level `uses:` calls, when it can be resolved (local or
   * this library); undefined otherwise.
   */
  resolveReusable(uses: string): WorkflowFile | undefined;
}

// --- permissions -----------------------------------------------------------

/** Why a job may hold a write scope: a step predicate per scope. */
const WRITE_JUSTIFICATIONS: Record<string, { why: string; step: (step: JsonMap) => boolean }> = {
  'id-token': {
    why: 'a step that exchanges an OIDC token (aws-eks-auth, release-environment, attest-build-provenance)',
    step: (s) =>
      usesAction(s, 'actions/aws-eks-auth') ||
      // the composite's first step is aws-eks-auth
      usesAction(s, 'actions/release-environment') ||
      usesRemote(s, 'aws-actions/configure-aws-credentials') ||
      usesRemote(s, 'actions/attest-build-provenance'),
  },
  attestations: {
    why: 'an actions/attest-build-provenance step',
    step: (s) => usesRemote(s, 'actions/attest-build-provenance'),
  },
  issues: {
    why: 'a performance-issues step',
    step: (s) => usesAction(s, 'actions/performance-issues'),
  },
  'pull-requests': {
    why: 'a step that comments on the pull request (terraform-plan comment-on-pr, or github-script creating/updating an issue comment)',
    step: (s) =>
      (usesAction(s, 'actions/terraform-plan') &&
        String(asMap(s.with)['comment-on-pr']) !== 'false') ||
      (usesRemote(s, 'actions/github-script') &&
        /\bissues\.(createComment|updateComment)\b/.test(String(asMap(s.with).script ?? ''))),
  },
  'security-events': {
    why: 'a github/codeql-action/upload-sarif step',
    step: (s) => usesRemote(s, 'github/codeql-action/upload-sarif'),
  },
};

function usesAction(step: JsonMap, dir: string): boolean {
  return typeof step.uses === 'string' && ownActionDir(step.uses) === dir;
}

function usesRemote(step: JsonMap, slug: string): boolean {
  if (typeof step.uses !== 'string') return false;
  const u = classifyUses(step.uses);
  return u.kind === 'remote' && u.slug.toLowerCase() === slug;
}

/** `read-all` grants read on every scope, however few the job needs. */
const READ_ALL = 'read-all';

/** Scopes granted `write` by a `permissions` value; `*` for write-all. */
export function writeScopes(perms: Json | undefined): string[] {
  if (perms === 'write-all') return ['*'];
  return Object.entries(asMap(perms))
    .filter(([, v]) => v === 'write')
    .map(([k]) => k);
}

function jobWriteNeeds(job: JsonMap, ctx: RuleContext, seen: Set<string>): Set<string> | undefined {
  if (typeof job.uses === 'string') {
    if (seen.has(job.uses)) return new Set();
    const callee = ctx.resolveReusable(job.uses);
    if (!callee) return undefined;
    const needs = new Set<string>();
    for (const [, cj] of jobsOf(callee)) {
      const granted = writeScopes(cj.permissions ?? callee.data.permissions);
      const justified = jobWriteNeeds(cj, ctx, new Set([...seen, job.uses])) ?? new Set();
      for (const s of granted) if (justified.has(s)) needs.add(s);
    }
    return needs;
  }
  const needs = new Set<string>();
  for (const step of stepsOf(job)) {
    for (const [scope, j] of Object.entries(WRITE_JUSTIFICATIONS))
      if (j.step(step)) needs.add(scope);
  }
  return needs;
}

function checkPermissions(wf: WorkflowFile, ctx: RuleContext, out: Finding[]): void {
  if (!('permissions' in wf.data)) {
    out.push({
      rule: 'top-level-permissions',
      file: wf.path,
      message:
        'no top-level `permissions`: the GITHUB_TOKEN gets the repository default (possibly write-all); set `permissions: {}` or `contents: read`',
    });
  } else if (wf.data.permissions === READ_ALL) {
    out.push({
      rule: 'least-privilege-permissions',
      file: wf.path,
      message:
        'top-level `permissions: read-all` reads every scope (packages, actions, security events...); name the scopes, e.g. `contents: read`',
    });
  } else {
    const top = writeScopes(wf.data.permissions);
    if (top.length > 0) {
      out.push({
        rule: top.includes('*') ? 'least-privilege-permissions' : 'top-level-permissions',
        file: wf.path,
        message: top.includes('*')
          ? 'top-level `permissions: write-all`'
          : `top-level permissions grant write to ${top.join(', ')}; grant writes only on the jobs that need them`,
      });
    }
  }
  for (const [id, job] of jobsOf(wf)) {
    if (!('permissions' in job)) continue;
    if (job.permissions === READ_ALL) {
      out.push({
        rule: 'least-privilege-permissions',
        file: wf.path,
        job: id,
        message: `job ${id}: \`permissions: read-all\` reads every scope; name the ones the job needs`,
      });
      continue;
    }
    const granted = writeScopes(job.permissions);
    if (granted.includes('*')) {
      out.push({
        rule: 'least-privilege-permissions',
        file: wf.path,
        job: id,
        message: `job ${id}: \`permissions: write-all\``,
      });
      continue;
    }
    if (granted.length === 0) continue;
    const needs = jobWriteNeeds(job, ctx, new Set());
    for (const scope of granted) {
      if (needs?.has(scope)) continue;
      const why = WRITE_JUSTIFICATIONS[scope]?.why;
      out.push({
        rule: 'least-privilege-permissions',
        file: wf.path,
        job: id,
        message:
          needs === undefined
            ? `job ${id} grants ${scope}: write to a reusable workflow that cannot be resolved here (${String(job.uses)}), so the need cannot be verified`
            : `job ${id} grants ${scope}: write but ${why ? `has no ${why}` : 'no step of this library needs that scope'}`,
      });
    }
  }
}

// --- terraform jobs hold no write token -------------------------------------------

const TERRAFORM_ACTIONS = ['actions/terraform-plan', 'actions/terraform-apply'];

function checkTerraformTokens(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    const steps = stepsOf(job).filter((s) => TERRAFORM_ACTIONS.some((a) => usesAction(s, a)));
    if (steps.length === 0) continue;
    const writes = writeScopes(job.permissions ?? wf.data.permissions).filter(
      (scope) => scope !== 'id-token',
    );
    if (!('permissions' in job) && !('permissions' in wf.data)) writes.push('(repository default)');
    if (writes.length > 0) {
      out.push({
        rule: 'terraform-no-write-token',
        file: wf.path,
        job: id,
        message: `job ${id} runs Terraform with write access to ${writes.join(', ')}; comment and upload SARIF from a separate job that reads the plan's report artifact`,
      });
    }
    for (const step of steps) {
      if (!usesAction(step, 'actions/terraform-plan')) continue;
      const w = asMap(step.with);
      if (!('github-token' in w) || String(w['github-token']).trim() !== '') {
        out.push({
          rule: 'terraform-no-write-token',
          file: wf.path,
          job: id,
          message: `job ${id}: terraform-plan gets a GitHub token (its default is github.token); set github-token: "" and comment-on-pr: false`,
        });
      }
    }
  }
}

// --- pins --------------------------------------------------------------------

/** `# v4`, `# v4.2.2` or `# 4.2.2`: the release a SHA corresponds to (actions publish both spellings). */
const RELEASE_COMMENT = /^v?\d+(\.\d+)*\b/;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/;

/** `container:` and every `services:` entry, as `[where, image]`; the value is a string or `{ image }`. */
function jobImages(id: string, job: JsonMap): [string, Json | undefined][] {
  const imageOf = (v: Json | undefined) => (typeof v === 'string' ? v : asMap(v).image);
  const out: [string, Json | undefined][] = [];
  if (job.container !== undefined) out.push([`job ${id} container`, imageOf(job.container)]);
  for (const [name, svc] of Object.entries(asMap(job.services)))
    out.push([`job ${id} service ${name}`, imageOf(svc)]);
  return out;
}

function checkImages(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    for (const [where, image] of jobImages(id, job)) {
      if (typeof image === 'string' && IMAGE_DIGEST.test(image.trim())) continue;
      out.push({
        rule: 'pinned-actions',
        file: wf.path,
        job: id,
        message: `${where}: image ${JSON.stringify(image ?? null)} is not pinned by digest (name@sha256:<64 hex>); a tag can be moved to other code`,
      });
    }
  }
}

function checkPins(wf: WorkflowFile, out: Finding[]): void {
  checkImages(wf, out);
  // Workflow and actions of this library are released together: one file uses one release.
  const ownRefs = new Set(
    wf.uses.map((u) => classifyUses(u.value)).flatMap((k) => (k.kind === 'own' ? [k.ref] : [])),
  );
  if (ownRefs.size > 1) {
    out.push({
      rule: 'pinned-actions',
      file: wf.path,
      message: `this library is referenced at several refs (${[...ownRefs].join(', ')}); use one release throughout a file`,
    });
  }
  for (const u of wf.uses) {
    const where = { rule: 'pinned-actions' as const, file: wf.path, job: u.job, line: u.line };
    const k = classifyUses(u.value);
    switch (k.kind) {
      case 'local':
        break;
      case 'own':
        if (!OWN_REF.test(k.ref)) {
          out.push({
            ...where,
            message: `${u.value}: this library must be referenced by a release tag (vN, vN.N, vN.N.N) or a full SHA, not "${k.ref}"`,
          });
        }
        break;
      case 'docker':
        if (!IMAGE_DIGEST.test(k.image)) {
          out.push({ ...where, message: `${u.value}: pin the image by digest (@sha256:...)` });
        }
        break;
      case 'invalid':
        out.push({
          ...where,
          message: `${u.value}: not a valid uses reference (owner/repo[/path]@ref, ./path or docker://)`,
        });
        break;
      case 'remote':
        if (!FULL_SHA.test(k.ref)) {
          out.push({
            ...where,
            message: `${u.value}: pin to a full 40-hex commit SHA, not "${k.ref}"`,
          });
        } else if (!u.comment || !RELEASE_COMMENT.test(u.comment)) {
          out.push({
            ...where,
            message: `${u.value}: add the release it corresponds to as a "# vX.Y.Z" comment on the same line`,
          });
        }
        break;
    }
  }
}

// --- untrusted context in scripts -----------------------------------------

/**
 * Contexts whose values are fixed by GitHub or the runner and cannot carry
 * attacker-chosen text. Everything else must go through `env:`.
 */
const SAFE_REFS = [
  /^github\.(sha|run_id|run_number|run_attempt|repository_id|repository_owner_id|event_name|server_url|api_url|graphql_url|workspace|action_path|workflow_sha|retention_days|job)$/,
  /^runner\.[\w-]+$/,
  /^strategy\.[\w-]+$/,
  /^job\.status$/,
];

function scriptsOf(step: JsonMap): string[] {
  const out: string[] = [];
  if (typeof step.run === 'string') out.push(step.run);
  if (usesRemote(step, 'actions/github-script')) {
    const script = asMap(step.with).script;
    if (typeof script === 'string') out.push(script);
  }
  return out;
}

function checkUntrusted(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    stepsOf(job).forEach((step, i) => {
      for (const script of scriptsOf(step)) {
        for (const ref of refsIn(script)) {
          if (SAFE_REFS.some((re) => re.test(ref))) continue;
          out.push({
            rule: 'untrusted-in-run',
            file: wf.path,
            job: id,
            message: `job ${id} step ${String(step.name ?? step.id ?? i + 1)}: \${{ ${ref} }} is interpolated into a script; pass it through env: and use "$VAR"`,
          });
        }
      }
    });
  }
}

// --- secrets ---------------------------------------------------------------

/** Secret names an expression in `value` reads; `*` for the whole context or a computed name. */
function secretNames(value: Json | undefined): string[] {
  const text = JSON.stringify(value ?? null);
  return [
    ...new Set(
      refsIn(text)
        .filter((r) => r === 'secrets' || r.startsWith('secrets.'))
        .map((r) => r.split('.')[1] ?? '*'),
    ),
  ];
}

function checkWholeSecrets(wf: WorkflowFile, out: Finding[]): void {
  const scopes: [string | undefined, Json | undefined][] = [
    [undefined, wf.data.env],
    ...jobsOf(wf),
  ];
  for (const [id, value] of scopes) {
    if (!secretNames(value).includes('*')) continue;
    out.push({
      rule: 'secrets-by-name',
      file: wf.path,
      ...(id ? { job: id } : {}),
      message: `${id ? `job ${id}` : 'workflow env'} reads the whole \`secrets\` context (toJSON(secrets) or a computed secrets[...] name): every secret it can see; name each secret`,
    });
  }
}

function checkSecrets(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    if (job.secrets === 'inherit') {
      out.push({
        rule: 'no-secrets-inherit',
        file: wf.path,
        job: id,
        message: `job ${id}: \`secrets: inherit\` passes every secret; name the ones the workflow needs`,
      });
    }
    if (typeof job.uses === 'string') continue; // a call: the callee's jobs are checked where they are defined
    const used = secretNames(job).filter((s) => s.toUpperCase() !== 'GITHUB_TOKEN');
    if (used.length > 0 && !job.environment) {
      out.push({
        rule: 'secrets-need-environment',
        file: wf.path,
        job: id,
        message: `job ${id} reads ${used.map((s) => `secrets.${s}`).join(', ')} without an \`environment\``,
      });
    }
  }
}

// --- deploy concurrency ------------------------------------------------------

const DEPLOY_ACTIONS = [
  'actions/terraform-apply',
  'actions/blue-green',
  'actions/release-environment',
];

export function isDeployJob(job: JsonMap): boolean {
  if (typeof job.uses === 'string') return false; // the called workflow's jobs carry their own
  if (job.environment) return true;
  return stepsOf(job).some((s) => DEPLOY_ACTIONS.some((a) => usesAction(s, a)));
}

function checkDeployConcurrency(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    if (!isDeployJob(job)) continue;
    const c = job.concurrency ?? wf.data.concurrency;
    const where = { rule: 'deploy-concurrency' as const, file: wf.path, job: id };
    if (c === undefined || c === null) {
      out.push({
        ...where,
        message: `deploy job ${id} has no \`concurrency\`: two runs could deploy the same target at once`,
      });
    } else if (typeof c === 'string' || asMap(c)['cancel-in-progress'] !== false) {
      out.push({
        ...where,
        message: `deploy job ${id}: set \`cancel-in-progress: false\` explicitly; a cancelled deploy leaves a half-applied target`,
      });
    }
  }
}

// --- timeouts and checkout -------------------------------------------------------

function checkTimeouts(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    if (typeof job.uses === 'string') continue; // not allowed on calls; the callee's jobs set it
    if (job['timeout-minutes'] === undefined) {
      out.push({
        rule: 'timeout-minutes',
        file: wf.path,
        job: id,
        message: `job ${id} has no \`timeout-minutes\` (the default is 360)`,
      });
    }
  }
}

function checkCheckout(wf: WorkflowFile, out: Finding[]): void {
  for (const [id, job] of jobsOf(wf)) {
    for (const step of stepsOf(job)) {
      if (!usesRemote(step, 'actions/checkout')) continue;
      const v = asMap(step.with)['persist-credentials'];
      if (v !== false && v !== 'false') {
        out.push({
          rule: 'checkout-persist-credentials',
          file: wf.path,
          job: id,
          message: `job ${id}: actions/checkout without \`persist-credentials: false\` leaves the token in .git/config for every later step`,
        });
      }
    }
  }
}

/** Runs every rule over one workflow. */
export function checkWorkflowRules(wf: WorkflowFile, ctx: RuleContext): Finding[] {
  // Unloadable: the other rules would judge an empty document, so report only why.
  if (wf.yamlErrors.length > 0)
    return wf.yamlErrors.map((message) => ({ rule: 'yaml-loads', file: wf.path, message }));
  const out: Finding[] = [];
  checkPermissions(wf, ctx, out);
  checkPins(wf, out);
  checkUntrusted(wf, out);
  checkSecrets(wf, out);
  checkWholeSecrets(wf, out);
  checkDeployConcurrency(wf, out);
  checkTimeouts(wf, out);
  checkCheckout(wf, out);
  checkTerraformTokens(wf, out);
  return out;
}

export function formatFinding(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}` : ''} [${f.rule}] ${f.message}`;
}
