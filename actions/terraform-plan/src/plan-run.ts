/**
 * terraform-plan, phase by phase: init, fmt, validate, plan, show -json,
 * summary + policy, bundle, job summary, PR comment, outputs.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ActionFailure } from '../../_shared/src/errors';
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
  writeManifest,
} from '../../_shared/src/terraform/bundle';
import {
  backendFingerprint,
  lockFailure,
  parseLockError,
  sha256,
  sha256File,
  terraform,
  terraformCli,
  terraformVersion,
} from '../../_shared/src/terraform/cli';
import { backendArgs } from '../../_shared/src/terraform/inputs';
import { parsePlan } from '../../_shared/src/terraform/plan';
import { Redactor } from '../../_shared/src/terraform/redact';
import { renderWithin } from '../../_shared/src/terraform/render';
import { scrub } from '../../_shared/src/terraform/scrub';
import { type SummarizedPlan, summarizePlan } from '../../_shared/src/terraform/summary';
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT, OUTPUTS } from './constants';
import type { PlanConfig } from './inputs';
import { evaluatePolicy, type Violation } from './policy';
import { annotate, policyMarkdown, sarif } from './policy-report';

export type PlanDeps = {
  env: Env;
  signal?: AbortSignal;
  terraformBin?: string;
  now?: () => number;
};

export type PlanResult = {
  exitCode: 0 | 2;
  summarized: SummarizedPlan;
  violations: Violation[];
  markdown: string;
};

export async function runPlan(config: PlanConfig, deps: PlanDeps): Promise<PlanResult> {
  const env = deps.env;
  const now = deps.now ?? Date.now;
  const cli = terraformCli({
    cwd: config.cwd,
    workspace: config.workspace,
    env,
    bin: deps.terraformBin,
    signal: deps.signal,
  });
  const bundle = config.bundleDirectory;
  mkdirSync(bundle, { recursive: true });
  const planFile = join(bundle, BUNDLE_FILES.plan);

  await group('terraform init', async () => {
    const result = await terraform(cli, [
      'init',
      '-input=false',
      '-no-color',
      ...backendArgs(config.backendConfig),
    ]);
    if (result.exitCode !== 0) {
      throw new ActionFailure(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
    }
  });

  if (config.fmt === 'check') {
    await group('terraform fmt -check', async () => {
      const result = await terraform(cli, ['fmt', '-check', '-recursive', '-no-color']);
      if (result.exitCode !== 0) {
        throw new ActionFailure(
          `terraform fmt -check found unformatted files: ${result.stdout.trim().split('\n').join(', ')}. Run \`terraform fmt -recursive\`.`,
          'fmt-failed',
        );
      }
    });
  }

  await group('terraform validate', async () => {
    const result = await terraform(cli, ['validate', '-no-color']);
    if (result.exitCode !== 0) {
      throw new ActionFailure('terraform validate found errors (see the log)', 'validate-failed');
    }
  });

  // The plan's human output can show values a provider does not mark sensitive,
  // so it is held back until the JSON plan tells us what to mask, then printed.
  const planRun = await group(
    config.mode === 'drift' ? 'terraform plan -refresh-only' : 'terraform plan',
    async () => {
      const args = [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-lock-timeout=${Math.ceil(config.lockTimeoutMs / 1000)}s`,
        `-out=${planFile}`,
        ...(config.mode === 'drift' ? ['-refresh-only'] : []),
        ...(config.refresh ? [] : ['-refresh=false']),
        ...config.varFiles.map((f) => `-var-file=${f}`),
        ...[...config.variables].map(([k, v]) => `-var=${k}=${v}`),
      ];
      const result = await terraform(cli, args, 'capture');
      if (result.exitCode === 1 || (result.exitCode !== 0 && result.exitCode !== 2)) {
        // No JSON plan yet to say what is sensitive; terraform's diagnostics quote
        // variable values (`var.x is "..."`), so the values we passed are hidden.
        const passed = [...config.variables.values()];
        process.stdout.write(scrub(result.stdout, passed));
        process.stderr.write(scrub(result.stderr, passed));
        const lock = parseLockError(result.stderr + result.stdout);
        if (lock) throw lockFailure(lock, now());
        throw new ActionFailure(`terraform plan failed (exit ${result.exitCode})`, 'plan-failed');
      }
      return result;
    },
  );
  const exitCode = planRun.exitCode as 0 | 2;

  const { summarized, plan } = await group('Plan summary', async () => {
    const shown = await terraform(cli, ['show', '-json', '-no-color', planFile], 'capture');
    if (shown.exitCode !== 0) {
      throw new ActionFailure(`terraform show -json failed: ${shown.stderr.trim()}`, 'plan-failed');
    }
    const plan = parsePlan(shown.stdout);
    const redactor = new Redactor(config.redact);
    const summarized = summarizePlan(plan, redactor, {
      drift: config.mode === 'drift' ? 'all' : 'relevant',
    });
    for (const value of redactor.hidden) mask(value);
    info(`${redactor.hidden.size} sensitive value(s) masked`);
    process.stdout.write(scrub(planRun.stdout, redactor.hidden));
    process.stderr.write(scrub(planRun.stderr, redactor.hidden));
    return { summarized, plan };
  });
  const summary = summarized.summary;

  const violations: Violation[] =
    config.policy === 'off'
      ? []
      : await group('Policy', async () => {
          const found = evaluatePolicy(summary.changes, plan, {
            environment: config.environment,
            allowDestroy: config.allowDestroy,
            requiredTags: config.requiredTags,
          });
          const mainTf = join(config.cwd, 'main.tf');
          const file = relative(
            env.GITHUB_WORKSPACE ?? process.cwd(),
            existsSync(mainTf) ? mainTf : config.cwd,
          );
          annotate(found, file);
          writeFileSync(
            join(bundle, 'policy.sarif'),
            `${JSON.stringify(sarif(found, file, summary.terraformVersion ?? ''), null, 2)}\n`,
          );
          info(`${found.length} policy violation(s)`);
          return found;
        });

  const title = `Terraform ${config.mode === 'drift' ? 'drift check' : 'plan'}: \`${config.workingDirectory}\` · ${config.environment} · ${config.workspace}`;
  const sections = config.policy === 'off' ? [] : [policyMarkdown(violations, config.policy)];
  const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  const renderOptions = { title, sections, mode: config.mode, fullVersionUrl: runUrl } as const;
  const { markdown } = renderWithin(summary, renderOptions, JOB_SUMMARY_LIMIT);

  await group('Plan bundle', async () => {
    const planJson = `${JSON.stringify(summarized.sanitized)}\n`;
    writeFileSync(join(bundle, BUNDLE_FILES.json), planJson);
    writeFileSync(join(bundle, BUNDLE_FILES.summary), markdown);
    const lockFile = join(config.cwd, BUNDLE_FILES.lock);
    if (existsSync(lockFile)) copyFileSync(lockFile, join(bundle, BUNDLE_FILES.lock));
    const versions = await terraformVersion(cli);
    const manifest: BundleManifest = {
      schema: MANIFEST_SCHEMA,
      planSha256: sha256File(planFile),
      planJsonSha256: sha256(planJson),
      commitSha: env.GITHUB_SHA ?? '',
      environment: config.environment,
      workingDirectory: config.workingDirectory,
      workspace: config.workspace,
      mode: config.mode,
      terraformVersion: versions.terraform,
      providers: versions.providers,
      backendFingerprint: backendFingerprint(config.cwd, cli.env),
      varFiles: config.varFiles.map((path) => ({
        path,
        sha256: sha256File(join(config.cwd, path)),
      })),
      runId: env.GITHUB_RUN_ID ?? '',
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
      createdAt: new Date(now()).toISOString(),
      hasChanges: exitCode === 2,
      policy: { mode: config.policy, violations: violations.length },
      redact: config.redact.map((r) => r.text),
    };
    if (existsSync(lockFile)) manifest.lockFileSha256 = sha256File(lockFile);
    writeManifest(bundle, manifest);
    info(`bundle written to ${bundle}`);
  });

  await writeSummary(markdown, env as NodeJS.ProcessEnv);

  const pr = pullRequestNumber(env as NodeJS.ProcessEnv);
  if (config.commentOnPr && pr !== undefined) {
    await group('Pull request comment', () =>
      commentOnPullRequest(
        config,
        deps,
        pr,
        renderWithin(summary, renderOptions, COMMENT_LIMIT).markdown,
      ),
    );
  }

  const c = summary.counts;
  // Drift mode: resources changed outside Terraform (output-only changes are not drift).
  const hasChanges = config.mode === 'drift' ? summary.drift.length > 0 : exitCode === 2;
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
  });

  if (config.policy === 'enforce' && violations.length > 0) {
    throw new ActionFailure(
      `Policy denied the plan: ${violations.length} violation(s) (${[...new Set(violations.map((v) => v.ruleId))].join(', ')}). See the job summary.`,
      'policy-denied',
    );
  }
  return { exitCode, summarized, violations, markdown };
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
