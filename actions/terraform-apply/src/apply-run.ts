/**
 * terraform-apply, phase by phase: verify the bundle, init, verify versions and
 * backend, mask what the plan hides, apply the saved plan (never re-plan),
 * export outputs, write the audit summary.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ActionFailure } from '../../_shared/src/errors';
import { group } from '../../_shared/src/log';
import { mask } from '../../_shared/src/mask';
import { type Env, info, setOutput, warning } from '../../_shared/src/runner';
import { details, table, writeSummary } from '../../_shared/src/summary';
import { BUNDLE_FILES, readManifest } from '../../_shared/src/terraform/bundle';
import {
  backendFingerprint,
  isStalePlan,
  lockFailure,
  parseLockError,
  terraform,
  terraformCli,
  terraformVersion,
} from '../../_shared/src/terraform/cli';
import { backendArgs } from '../../_shared/src/terraform/inputs';
import { parsePlan } from '../../_shared/src/terraform/plan';
import { parseRedactRules, Redactor } from '../../_shared/src/terraform/redact';
import { renderWithin } from '../../_shared/src/terraform/render';
import { summarizePlan } from '../../_shared/src/terraform/summary';
import { OUTPUTS, RESERVED_OUTPUTS } from './constants';
import type { ApplyConfig } from './inputs';
import { verifyBundle, verifyRuntime } from './verify';

export type ApplyDeps = {
  env: Env;
  signal?: AbortSignal;
  terraformBin?: string;
  now?: () => number;
};

export type TerraformOutput = { sensitive: boolean; type?: unknown; value: unknown };

export async function runApply(config: ApplyConfig, deps: ApplyDeps): Promise<void> {
  const env = deps.env;
  const now = deps.now ?? Date.now;
  const bundle = config.bundleDirectory;
  const planFile = join(bundle, BUNDLE_FILES.plan);
  setOutput(OUTPUTS.applied, 'false', env);

  const manifest = await group('Verify plan bundle', async () => {
    const manifest = readManifest(bundle);
    verifyBundle(manifest, {
      bundleDirectory: bundle,
      commitSha: env.GITHUB_SHA ?? '',
      environment: config.environment,
      workingDirectory: config.workingDirectory,
      workspace: config.workspace,
      maxPlanAgeMs: config.maxPlanAgeMs,
      now: now(),
    });
    info(
      `plan ${manifest.planSha256.slice(0, 12)} from run ${manifest.runId} at ${manifest.createdAt}`,
    );
    return manifest;
  });

  const cli = terraformCli({
    cwd: config.cwd,
    workspace: config.workspace,
    env,
    bin: deps.terraformBin,
    signal: deps.signal,
  });

  await group('terraform init', async () => {
    // The provider lock file the plan was made with, so init selects the same providers.
    const lock = join(bundle, BUNDLE_FILES.lock);
    if (existsSync(lock)) copyFileSync(lock, join(config.cwd, BUNDLE_FILES.lock));
    const result = await terraform(cli, [
      'init',
      '-input=false',
      '-no-color',
      // A fresh runner has no previous init; locally, never migrate state implicitly.
      '-reconfigure',
      ...backendArgs(config.backendConfig),
    ]);
    if (result.exitCode !== 0) {
      throw new ActionFailure(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
    }
    verifyRuntime(manifest, await terraformVersion(cli), backendFingerprint(config.cwd, cli.env));
  });

  const { summary, redactor } = await group('Plan summary', async () => {
    const shown = await terraform(cli, ['show', '-json', '-no-color', planFile], 'capture');
    if (shown.exitCode !== 0) {
      throw new ActionFailure(
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
      throw new ActionFailure(
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
      throw new ActionFailure(
        'Saved plan is stale: the state changed after this plan was made. Plan again and review the new plan.',
        'plan-stale',
      );
    }
    await writeSummary(
      `${planned}\n**Apply failed** (exit ${result.exitCode}); see the log.\n`,
      env as NodeJS.ProcessEnv,
    );
    throw new ActionFailure(`terraform apply failed (exit ${result.exitCode})`, 'apply-failed');
  });
  setOutput(OUTPUTS.applied, 'true', env);

  const visible = await group('Outputs', async () => {
    const result = await terraform(cli, ['output', '-json', '-no-color'], 'capture');
    if (result.exitCode !== 0) {
      warning(`terraform output failed: ${result.stderr.trim()}`);
      return {};
    }
    return exportOutputs(
      JSON.parse(result.stdout || '{}') as Record<string, TerraformOutput>,
      redactor,
      env,
    );
  });

  const rows = Object.entries(visible).map(([name, value]) => [
    name,
    `\`${JSON.stringify(value).slice(0, 200)}\``,
  ]);
  const outputsSection = rows.length
    ? `\n${details(`Outputs (${rows.length})`, table(['Output', 'Value'], rows))}\n`
    : '';
  await writeSummary(`${planned}\n**Applied.**\n${outputsSection}`, env as NodeJS.ProcessEnv);
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
