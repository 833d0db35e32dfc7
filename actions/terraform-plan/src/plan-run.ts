/**
 * terraform-plan as named phases over one PlanRun context: init, fmt,
 * validate, plan, summarize, policy, bundle, job summary, PR comment, outputs.
 * The plaintext plan and the variables file live only in a private 0700
 * directory that is removed at the end; the bundle gets the encrypted plan.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GitHubApiError, GitHubClient, pullRequestNumber } from '../../_shared/src/github';
import { group } from '../../_shared/src/log';
import { mask } from '../../_shared/src/mask';
import { setOutputs } from '../../_shared/src/outputs';
import { type Env, info, warning } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import {
  BUNDLE_FILES,
  type BundleManifest,
  MANIFEST_SCHEMA,
  privateDirectory,
  writeManifest,
} from '../../_shared/src/terraform/bundle';
import {
  backendFingerprint,
  lockFailure,
  parseLockError,
  sha256,
  sha256File,
  type TerraformCli,
  terraform,
  terraformCli,
  terraformVersion,
} from '../../_shared/src/terraform/cli';
import {
  awsKms,
  type Kms,
  manifestDigest,
  newEnvelope,
  seal,
} from '../../_shared/src/terraform/envelope';
import { backendArgs } from '../../_shared/src/terraform/inputs';
import { type PlanJson, parsePlan } from '../../_shared/src/terraform/plan';
import { Redactor } from '../../_shared/src/terraform/redact';
import { type RenderOptions, renderWithin } from '../../_shared/src/terraform/render';
import { scrub } from '../../_shared/src/terraform/scrub';
import { type SummarizedPlan, summarizePlan } from '../../_shared/src/terraform/summary';
import { writeVariablesFile } from '../../_shared/src/terraform/variables';
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT, OUTPUTS } from './constants';
import { planFailure } from './failure-reasons';
import type { PlanConfig } from './inputs';
import { evaluatePolicy, type Violation } from './policy';
import { annotate, policyMarkdown, sarif } from './policy-report';

export type PlanDeps = {
  env: Env;
  signal?: AbortSignal;
  terraformBin?: string;
  now?: () => number;
  /** The KMS client for kms-key-id (default: @aws-sdk/client-kms with the job's credentials). */
  kms?: (keyId: string, env: Env, signal?: AbortSignal) => Promise<Kms>;
};

export type PlanResult = {
  exitCode: 0 | 2;
  summarized: SummarizedPlan;
  violations: Violation[];
  markdown: string;
  planSha256: string;
};

/** Everything the phases share; each phase fills in what it produces. */
type PlanRun = {
  config: PlanConfig;
  deps: PlanDeps;
  env: Env;
  now: () => number;
  cli: TerraformCli;
  bundle: string;
  /** Private (0700): the plaintext plan and the variables file. */
  work: string;
  planFile: string;
};

type Planned = { exitCode: 0 | 2; stdout: string; stderr: string };
type Summarized = { summarized: SummarizedPlan; plan: PlanJson };

export async function runPlan(config: PlanConfig, deps: PlanDeps): Promise<PlanResult> {
  const run = startRun(config, deps);
  let envelope: Envelope | undefined;
  try {
    envelope = await bundleKey(run);
    await init(run);
    await fmtCheck(run);
    await validate(run);
    const planned = await plan(run);
    const { summarized, plan: planJson } = await summarize(run, planned);
    const violations = await checkPolicy(run, summarized, planJson);
    const renderOptions = renderOptionsFor(run, violations);
    const { markdown } = renderWithin(summarized.summary, renderOptions, JOB_SUMMARY_LIMIT);
    const planSha256 = await writeBundle(run, envelope, planned, summarized, violations, markdown);
    await writeSummary(markdown, run.env as NodeJS.ProcessEnv);
    await comment(run, summarized, renderOptions);
    setPlanOutputs(run, planned, summarized, violations, planSha256);
    enforcePolicy(run, violations);
    return { exitCode: planned.exitCode, summarized, violations, markdown, planSha256 };
  } finally {
    envelope?.dataKey.fill(0);
    rmSync(run.work, { recursive: true, force: true });
  }
}

type Envelope = Awaited<ReturnType<typeof newEnvelope>>;

/**
 * The bundle's data key, asked for before terraform runs: a key the plan role
 * cannot use fails the step in seconds, with nothing planned or written.
 */
async function bundleKey(run: PlanRun): Promise<Envelope | undefined> {
  const { config, env, deps } = run;
  if (!config.kmsKeyId) return undefined;
  return group('Plan bundle key', async () => {
    const kms = await (deps.kms ?? awsKms)(config.kmsKeyId, env, deps.signal);
    const envelope = await newEnvelope(kms, config.kmsKeyId, config.environment);
    info(
      `data key from KMS key ${envelope.encryption.kmsKeyArn} (encryption context environment=${config.environment})`,
    );
    return envelope;
  });
}

function startRun(config: PlanConfig, deps: PlanDeps): PlanRun {
  const env = deps.env;
  const cli = terraformCli({
    cwd: config.cwd,
    workspace: config.workspace,
    env,
    bin: deps.terraformBin,
    signal: deps.signal,
  });
  mkdirSync(config.bundleDirectory, { recursive: true });
  const work = privateDirectory('terraform-plan', env);
  return {
    config,
    deps,
    env,
    now: deps.now ?? Date.now,
    cli,
    bundle: config.bundleDirectory,
    work,
    planFile: join(work, BUNDLE_FILES.plan),
  };
}

async function init(run: PlanRun): Promise<void> {
  await group('terraform init', async () => {
    const result = await terraform(run.cli, [
      'init',
      '-input=false',
      '-no-color',
      ...backendArgs(run.config.backendConfig),
    ]);
    if (result.exitCode !== 0) {
      throw planFailure(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
    }
  });
}

async function fmtCheck(run: PlanRun): Promise<void> {
  if (run.config.fmt !== 'check') return;
  await group('terraform fmt -check', async () => {
    const result = await terraform(run.cli, ['fmt', '-check', '-recursive', '-no-color']);
    if (result.exitCode !== 0) {
      throw planFailure(
        `terraform fmt -check found unformatted files: ${result.stdout.trim().split('\n').join(', ')}. Run \`terraform fmt -recursive\`.`,
        'fmt-failed',
      );
    }
  });
}

async function validate(run: PlanRun): Promise<void> {
  await group('terraform validate', async () => {
    const result = await terraform(run.cli, ['validate', '-no-color']);
    if (result.exitCode !== 0) {
      throw planFailure('terraform validate found errors (see the log)', 'validate-failed');
    }
  });
}

/**
 * The plan's human output can show values a provider does not mark sensitive,
 * so it is held back until the JSON plan tells us what to mask, then printed.
 * The `variables` input goes through a 0600 file in the private directory,
 * never the command line (which any process can read in /proc/<pid>/cmdline).
 */
async function plan(run: PlanRun): Promise<Planned> {
  const { config } = run;
  return group(
    config.mode === 'drift' ? 'terraform plan -refresh-only' : 'terraform plan',
    async () => {
      const variablesFile =
        config.variables.size > 0 ? writeVariablesFile(run.work, config.variables) : undefined;
      const args = [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-lock-timeout=${Math.ceil(config.lockTimeoutMs / 1000)}s`,
        `-out=${run.planFile}`,
        ...(config.mode === 'drift' ? ['-refresh-only'] : []),
        ...(config.refresh ? [] : ['-refresh=false']),
        ...config.varFiles.map((f) => `-var-file=${f}`),
        // Last, so these win over the var-files as -var did.
        ...(variablesFile ? [`-var-file=${variablesFile}`] : []),
      ];
      const result = await terraform(run.cli, args, 'capture');
      if (result.exitCode !== 0 && result.exitCode !== 2) {
        // No JSON plan yet to say what is sensitive; terraform's diagnostics quote
        // variable values (`var.x is "..."`), so the values we passed are hidden.
        const passed = [...config.variables.values()];
        process.stdout.write(scrub(result.stdout, passed));
        process.stderr.write(scrub(result.stderr, passed));
        const lock = parseLockError(result.stderr + result.stdout);
        if (lock) throw lockFailure(lock, run.now());
        throw planFailure(`terraform plan failed (exit ${result.exitCode})`, 'plan-failed');
      }
      return { exitCode: result.exitCode as 0 | 2, stdout: result.stdout, stderr: result.stderr };
    },
  );
}

async function summarize(run: PlanRun, planned: Planned): Promise<Summarized> {
  return group('Plan summary', async () => {
    const shown = await terraform(run.cli, ['show', '-json', '-no-color', run.planFile], 'capture');
    if (shown.exitCode !== 0) {
      throw planFailure(`terraform show -json failed: ${shown.stderr.trim()}`, 'plan-failed');
    }
    const plan = parsePlan(shown.stdout);
    const redactor = new Redactor(run.config.redact);
    const summarized = summarizePlan(plan, redactor, {
      drift: run.config.mode === 'drift' ? 'all' : 'relevant',
    });
    for (const value of redactor.hidden) mask(value);
    info(`${redactor.hidden.size} sensitive value(s) masked`);
    process.stdout.write(scrub(planned.stdout, redactor.hidden));
    process.stderr.write(scrub(planned.stderr, redactor.hidden));
    return { summarized, plan };
  });
}

async function checkPolicy(
  run: PlanRun,
  summarized: SummarizedPlan,
  plan: PlanJson,
): Promise<Violation[]> {
  const { config } = run;
  if (config.policy === 'off') return [];
  return group('Policy', async () => {
    const found = evaluatePolicy(summarized.summary.changes, plan, {
      environment: config.environment,
      allowDestroy: config.allowDestroy,
      requiredTags: config.requiredTags,
    });
    const mainTf = join(config.cwd, 'main.tf');
    const file = relative(
      run.env.GITHUB_WORKSPACE ?? process.cwd(),
      existsSync(mainTf) ? mainTf : config.cwd,
    );
    annotate(found, file);
    writeFileSync(
      join(run.bundle, 'policy.sarif'),
      `${JSON.stringify(sarif(found, file, summarized.summary.terraformVersion ?? ''), null, 2)}\n`,
    );
    info(`${found.length} policy violation(s)`);
    return found;
  });
}

function renderOptionsFor(run: PlanRun, violations: Violation[]): RenderOptions {
  const { config, env } = run;
  const title = `Terraform ${config.mode === 'drift' ? 'drift check' : 'plan'}: \`${config.workingDirectory}\` · ${config.environment} · ${config.workspace}`;
  const sections = config.policy === 'off' ? [] : [policyMarkdown(violations, config.policy)];
  const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  return { title, sections, mode: config.mode, fullVersionUrl: runUrl };
}

/**
 * The bundle apply verifies. The plan is encrypted under a fresh KMS data key
 * with the manifest as authenticated data; only with allow-plaintext-bundle
 * does the plaintext plan leave the private directory. Returns the plaintext
 * plan's sha256 (the `plan-sha256` output apply is given).
 */
async function writeBundle(
  run: PlanRun,
  envelope: Envelope | undefined,
  planned: Planned,
  summarized: SummarizedPlan,
  violations: Violation[],
  markdown: string,
): Promise<string> {
  const { config, env, bundle } = run;
  return group('Plan bundle', async () => {
    // A bundle directory reused from an earlier run must not keep its plan.
    for (const stale of [BUNDLE_FILES.plan, BUNDLE_FILES.encryptedPlan]) {
      rmSync(join(bundle, stale), { force: true });
    }
    const planJson = `${JSON.stringify(summarized.sanitized)}\n`;
    writeFileSync(join(bundle, BUNDLE_FILES.json), planJson);
    writeFileSync(join(bundle, BUNDLE_FILES.summary), markdown);
    const lockFile = join(config.cwd, BUNDLE_FILES.lock);
    if (existsSync(lockFile)) copyFileSync(lockFile, join(bundle, BUNDLE_FILES.lock));
    const versions = await terraformVersion(run.cli);
    const planBytes = readFileSync(run.planFile);
    const planSha256 = sha256(planBytes);
    const manifest: BundleManifest = {
      schema: MANIFEST_SCHEMA,
      planSha256,
      planJsonSha256: sha256(planJson),
      commitSha: env.GITHUB_SHA ?? '',
      environment: config.environment,
      workingDirectory: config.workingDirectory,
      workspace: config.workspace,
      mode: config.mode,
      terraformVersion: versions.terraform,
      providers: versions.providers,
      backendFingerprint: backendFingerprint(config.cwd, run.cli.env),
      varFiles: config.varFiles.map((path) => ({
        path,
        sha256: sha256File(join(config.cwd, path)),
      })),
      runId: env.GITHUB_RUN_ID ?? '',
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
      createdAt: new Date(run.now()).toISOString(),
      hasChanges: planned.exitCode === 2,
      policy: { mode: config.policy, violations: violations.length },
      redact: config.redact.map((r) => r.text),
    };
    if (existsSync(lockFile)) manifest.lockFileSha256 = sha256File(lockFile);
    if (envelope) {
      const { dataKey, iv, encryption } = envelope;
      manifest.encryption = encryption;
      const manifestText = writeManifest(bundle, manifest);
      writeFileSync(
        join(bundle, BUNDLE_FILES.encryptedPlan),
        seal(planBytes, dataKey, iv, manifestDigest(manifestText)),
      );
      info(`plan encrypted (AES-256-GCM) under KMS key ${encryption.kmsKeyArn}`);
    } else {
      writeFileSync(join(bundle, BUNDLE_FILES.plan), planBytes);
      writeManifest(bundle, manifest);
      warning(
        `The plan bundle holds the plan in plaintext (allow-plaintext-bundle): it contains every variable and the prior state. Keep ${bundle} private.`,
      );
    }
    info(`bundle written to ${bundle}; plan sha256 ${planSha256}`);
    return planSha256;
  });
}

async function comment(
  run: PlanRun,
  summarized: SummarizedPlan,
  renderOptions: RenderOptions,
): Promise<void> {
  const pr = pullRequestNumber(run.env as NodeJS.ProcessEnv);
  if (!run.config.commentOnPr || pr === undefined) return;
  await group('Pull request comment', () =>
    commentOnPullRequest(
      run.config,
      run.deps,
      pr,
      renderWithin(summarized.summary, renderOptions, COMMENT_LIMIT).markdown,
    ),
  );
}

function setPlanOutputs(
  run: PlanRun,
  planned: Planned,
  summarized: SummarizedPlan,
  violations: Violation[],
  planSha256: string,
): void {
  const { config, bundle } = run;
  const summary = summarized.summary;
  const c = summary.counts;
  // Drift mode: resources changed outside Terraform (output-only changes are not drift).
  const hasChanges = config.mode === 'drift' ? summary.drift.length > 0 : planned.exitCode === 2;
  setOutputs({
    [OUTPUTS.hasChanges]: hasChanges,
    [OUTPUTS.toAdd]: c.create,
    [OUTPUTS.toChange]: c.update,
    [OUTPUTS.toReplace]: c.replace,
    [OUTPUTS.toDestroy]: c.delete,
    [OUTPUTS.policyViolations]: violations.length,
    [OUTPUTS.bundleDirectory]: bundle,
    [OUTPUTS.summaryMarkdownPath]: join(bundle, BUNDLE_FILES.summary),
    [OUTPUTS.sarifFile]: config.policy === 'off' ? '' : join(bundle, 'policy.sarif'),
    [OUTPUTS.planSha256]: planSha256,
  });
}

function enforcePolicy(run: PlanRun, violations: Violation[]): void {
  if (run.config.policy !== 'enforce' || violations.length === 0) return;
  throw planFailure(
    `Policy denied the plan: ${violations.length} violation(s) (${[...new Set(violations.map((v) => v.ruleId))].join(', ')}). See the job summary.`,
    'policy-denied',
  );
}

export function commentMarker(
  config: Pick<PlanConfig, 'workingDirectory' | 'environment' | 'workspace'>,
): string {
  return `<!-- medimind:terraform-plan dir=${config.workingDirectory} env=${config.environment} workspace=${config.workspace} -->`;
}

async function commentOnPullRequest(config: PlanConfig, deps: PlanDeps, pr: number, body: string) {
  const env = deps.env;
  if (!config.githubToken) {
    warning('comment-on-pr is on but github-token is empty; no comment was posted');
    return;
  }
  const client = new GitHubClient({
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    token: config.githubToken,
    signal: deps.signal,
  });
  const marker = commentMarker(config);
  try {
    const result = await client.upsertIssueComment(
      env.GITHUB_REPOSITORY ?? '',
      pr,
      marker,
      `${marker}\n${body}`,
    );
    info(`comment ${result.action}: ${result.url ?? result.id}`);
  } catch (error) {
    if (
      error instanceof GitHubApiError &&
      (error.status === 403 || error.status === 422 || error.status === 404)
    ) {
      warning(
        `Could not comment on pull request #${pr} (${error.status}): ${error.message}. Give the job \`pull-requests: write\` permission; forks get a read-only token.`,
      );
      return;
    }
    throw error;
  }
}
