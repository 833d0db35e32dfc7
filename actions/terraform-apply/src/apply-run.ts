/**
 * terraform-apply, phase by phase: copy the bundle somewhere private, check
 * the plan against the sha256 the plan job reported (decrypting it first when
 * it is encrypted), verify the bundle, init, verify versions and backend,
 * check the plan's configuration is this commit's, mask what the plan hides,
 * apply exactly that private copy (never re-plan), export outputs, write the
 * audit summary. The downloaded artifact is never read again after the copy.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { group } from '../../_shared/src/log';
import { mask } from '../../_shared/src/mask';
import { type Env, info, setOutput, warning } from '../../_shared/src/runner';
import { details, table, writeSummary } from '../../_shared/src/summary';
import {
  BUNDLE_FILES,
  type BundleManifest,
  privateCopy,
  readManifest,
} from '../../_shared/src/terraform/bundle';
import {
  backendFingerprint,
  isStalePlan,
  lockFailure,
  parseLockError,
  sha256,
  terraform,
  terraformCli,
  terraformVersion,
} from '../../_shared/src/terraform/cli';
import { awsKms, type Kms, openPlan } from '../../_shared/src/terraform/envelope';
import { backendArgs } from '../../_shared/src/terraform/inputs';
import { parsePlan } from '../../_shared/src/terraform/plan';
import { assertConfigMatches, PLAN_LOCK_FILE, readZip } from '../../_shared/src/terraform/planfile';
import { parseRedactRules, Redactor } from '../../_shared/src/terraform/redact';
import { renderWithin } from '../../_shared/src/terraform/render';
import { summarizePlan } from '../../_shared/src/terraform/summary';
import { OUTPUTS, RESERVED_OUTPUTS } from './constants';
import { applyFailure } from './failure-reasons';
import type { ApplyConfig } from './inputs';
import { verifyBundle, verifyRuntime } from './verify';

export type ApplyDeps = {
  env: Env;
  signal?: AbortSignal;
  terraformBin?: string;
  now?: () => number;
  /** The KMS client for an encrypted plan (default: @aws-sdk/client-kms with the job's credentials). */
  kms?: (keyId: string, env: Env, signal?: AbortSignal) => Promise<Kms>;
};

export type TerraformOutput = { sensitive: boolean; type?: unknown; value: unknown };

export async function runApply(config: ApplyConfig, deps: ApplyDeps): Promise<void> {
  const env = deps.env;
  let applied = false;
  let copy: string | undefined;
  try {
    copy = privateCopy(config.bundleDirectory, env);
    await applyFromCopy(config, deps, copy, () => {
      applied = true;
    });
  } finally {
    // Set once, whatever happened: true exactly when terraform apply succeeded.
    setOutput(OUTPUTS.applied, String(applied), env);
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * The plan the plan job reported, from the private copy: the manifest must
 * name that sha256, and the plan itself (decrypted first if it is encrypted)
 * must hash to it. Checked before anything else; the plaintext plan is then
 * written only inside the private copy.
 */
async function trustedPlan(
  config: ApplyConfig,
  deps: ApplyDeps,
  copy: string,
): Promise<{ manifest: BundleManifest; plan: Buffer; planFile: string }> {
  const manifest = readManifest(copy, config.bundleDirectory);
  const expected = config.expectedPlanSha256;
  const refuse = (what: string) =>
    applyFailure(
      `${what} (expected-plan-sha256 ${expected.slice(0, 12)}…, the sha256 the plan job reported): this is not the plan that was reviewed`,
      'plan-tampered',
    );
  if (manifest.planSha256 !== expected) throw refuse('The bundle is for another plan');
  const planFile = join(copy, BUNDLE_FILES.plan);
  let plan: Buffer;
  if (manifest.encryption) {
    const encryption = manifest.encryption;
    const kms = await (deps.kms ?? awsKms)(encryption.kmsKeyArn, deps.env, deps.signal);
    plan = await openPlan(
      kms,
      encryption,
      config.environment,
      readFileSync(join(copy, BUNDLE_FILES.encryptedPlan)),
      readFileSync(join(copy, BUNDLE_FILES.manifest)),
    );
    if (sha256(plan) !== expected) throw refuse('The decrypted plan does not match');
    writeFileSync(planFile, plan, { mode: 0o600 });
  } else {
    plan = readFileSync(planFile);
    if (sha256(plan) !== expected)
      throw refuse('plan.tfplan does not match: the plan file was altered');
  }
  return { manifest, plan, planFile };
}

async function applyFromCopy(
  config: ApplyConfig,
  deps: ApplyDeps,
  copy: string,
  markApplied: () => void,
): Promise<void> {
  const env = deps.env;
  const now = deps.now ?? Date.now;

  const { manifest, plan, planFile } = await group('Verify plan bundle', async () => {
    const trusted = await trustedPlan(config, deps, copy);
    verifyBundle(trusted.manifest, {
      bundleDirectory: copy,
      commitSha: env.GITHUB_SHA ?? '',
      environment: config.environment,
      workingDirectory: config.workingDirectory,
      workspace: config.workspace,
      maxPlanAgeMs: config.maxPlanAgeMs,
      now: now(),
    });
    info(
      `plan ${trusted.manifest.planSha256.slice(0, 12)} from run ${trusted.manifest.runId} at ${trusted.manifest.createdAt}${trusted.manifest.encryption ? ', decrypted with KMS' : ''}`,
    );
    return trusted;
  });
  const planEntries = readZip(plan);

  const cli = terraformCli({
    cwd: config.cwd,
    workspace: config.workspace,
    env,
    bin: deps.terraformBin,
    signal: deps.signal,
  });

  await group('terraform init', async () => {
    // The provider lock file recorded inside the verified plan (else the bundle's,
    // checked against the manifest), so init selects the same providers.
    const lockInPlan = planEntries.get(PLAN_LOCK_FILE);
    const bundledLock = join(copy, BUNDLE_FILES.lock);
    const lock = lockInPlan ?? (existsSync(bundledLock) ? readFileSync(bundledLock) : undefined);
    if (lock) writeFileSync(join(config.cwd, BUNDLE_FILES.lock), lock);
    const result = await terraform(cli, [
      'init',
      '-input=false',
      '-no-color',
      // A fresh runner has no previous init; locally, never migrate state implicitly.
      '-reconfigure',
      ...backendArgs(config.backendConfig),
    ]);
    if (result.exitCode !== 0) {
      throw applyFailure(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
    }
    verifyRuntime(manifest, await terraformVersion(cli), backendFingerprint(config.cwd, cli.env));
  });

  await group('Verify configuration', async () => {
    // terraform apply runs the configuration stored in the plan: it must be this commit's.
    assertConfigMatches(planEntries, config.cwd);
    info('the configuration inside the plan is identical to the checked-out one');
  });

  const { summary, redactor } = await group('Plan summary', async () => {
    const shown = await terraform(cli, ['show', '-json', '-no-color', planFile], 'capture');
    if (shown.exitCode !== 0) {
      throw applyFailure(
        `terraform cannot read the saved plan: ${shown.stderr.trim()}`,
        'not-applyable',
      );
    }
    const plan = parsePlan(shown.stdout);
    const redactor = new Redactor(parseRedactRules(manifest.redact ?? []));
    const { summary } = summarizePlan(plan, redactor, {
      drift: manifest.mode === 'drift' ? 'all' : 'relevant',
    });
    // Masked before terraform apply prints anything.
    for (const value of redactor.hidden) mask(value);
    if (!summary.applyable || summary.errored) {
      throw applyFailure(
        `The saved plan is not applyable (applyable=${summary.applyable}, errored=${summary.errored})`,
        'not-applyable',
      );
    }
    return { summary, redactor };
  });

  const title = `Terraform apply: \`${config.workingDirectory}\` · ${config.environment} · ${config.workspace}`;
  const planned = renderWithin(
    summary,
    {
      title,
      sections: [
        `Applied plan \`${manifest.planSha256.slice(0, 12)}\` made at ${manifest.createdAt} for commit \`${manifest.commitSha.slice(0, 12)}\` (run ${manifest.runId}).`,
      ],
    },
    800_000,
  ).markdown;

  await group('terraform apply', async () => {
    const result = await terraform(cli, [
      'apply',
      '-input=false',
      '-no-color',
      `-lock-timeout=${Math.ceil(config.lockTimeoutMs / 1000)}s`,
      planFile,
    ]);
    if (result.exitCode === 0) return;
    const text = result.stderr + result.stdout;
    const lock = parseLockError(text);
    if (lock) throw lockFailure(lock, now());
    if (isStalePlan(text)) {
      throw applyFailure(
        'Saved plan is stale: the state changed after this plan was made. Plan again and review the new plan.',
        'plan-stale',
      );
    }
    await summaryOrWarning(
      `${planned}\n**Apply failed** (exit ${result.exitCode}); see the log.\n`,
      env,
    );
    throw applyFailure(`terraform apply failed (exit ${result.exitCode})`, 'apply-failed');
  });
  markApplied();

  // The change is made: from here on, problems are warnings, never a failed step.
  const visible = await group('Outputs', async () => {
    const result = await terraform(cli, ['output', '-json', '-no-color'], 'capture');
    if (result.exitCode !== 0) {
      warning(`terraform output failed: ${result.stderr.trim()}`);
      return {};
    }
    let outputs: Record<string, TerraformOutput>;
    try {
      outputs = JSON.parse(result.stdout || '{}') as Record<string, TerraformOutput>;
    } catch {
      // Not the parser's message: it quotes the text, which holds sensitive outputs.
      warning('terraform output -json printed something that is not JSON; no output was exported');
      return {};
    }
    return exportOutputs(outputs, redactor, env);
  });

  const rows = Object.entries(visible).map(([name, value]) => [
    name,
    `\`${JSON.stringify(value).slice(0, 200)}\``,
  ]);
  const outputsSection = rows.length
    ? `\n${details(`Outputs (${rows.length})`, table(['Output', 'Value'], rows))}\n`
    : '';
  await summaryOrWarning(`${planned}\n**Applied.**\n${outputsSection}`, env);
}

/** The audit summary; one that cannot be written is a warning (the log has the same facts). */
async function summaryOrWarning(markdown: string, env: Env): Promise<void> {
  try {
    await writeSummary(markdown, env as NodeJS.ProcessEnv);
  } catch (error) {
    warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

/**
 * Sensitive outputs are masked and dropped; the rest become the `outputs` JSON
 * output and one output each (strings as is, anything else as JSON).
 */
export function exportOutputs(
  outputs: Record<string, TerraformOutput>,
  redactor: Redactor,
  env: Env,
): Record<string, unknown> {
  const visible: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(outputs)) {
    if (output.sensitive) {
      redactor.hide(output.value);
      continue;
    }
    visible[name] = redactor.sanitize(output.value);
  }
  for (const value of redactor.hidden) mask(value);
  setOutput(OUTPUTS.outputs, JSON.stringify(visible), env);
  for (const [name, value] of Object.entries(visible)) {
    if (RESERVED_OUTPUTS.has(name)) {
      warning(`terraform output "${name}" is only in the outputs JSON: its name is reserved`);
      continue;
    }
    setOutput(name, typeof value === 'string' ? value : JSON.stringify(value), env);
  }
  info(
    `${Object.keys(visible).length} output(s) exported, ${Object.keys(outputs).length - Object.keys(visible).length} sensitive output(s) masked`,
  );
  return visible;
}
