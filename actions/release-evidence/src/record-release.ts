import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceRecord } from '../../_shared/src/evidence';
import { EVIDENCE_FILE_NAME } from '../../_shared/src/evidence';
import { clientFromEnv, type GitHubClient } from '../../_shared/src/github';
import { setOutputs } from '../../_shared/src/outputs';
import type { ActionContext } from '../../_shared/src/run-action';
import { addMask, info, warning } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { lookUpApproval } from './approval';
import { OUTPUTS } from './constants';
import type { EvidenceConfig } from './inputs';
import { buildRecord, serialize, sha256 } from './record';
import { evidenceKey, type LockedPut, putLocked } from './s3';
import { evidenceMarkdown } from './summary';

export type EvidenceDeps = {
  github?: GitHubClient;
  putLocked?: (put: LockedPut) => Promise<{ uri: string; versionId: string }>;
  now?: () => Date;
};

export async function recordRelease(
  config: EvidenceConfig,
  ctx: ActionContext,
  deps: EvidenceDeps = {},
): Promise<void> {
  if (config.githubToken) addMask(config.githubToken);
  const now = (deps.now ?? (() => new Date()))();
  const approval = await approvalFor(config, ctx, deps);
  const record = buildRecord(config, ctx.env, approval, now);
  const text = serialize(record);
  const digest = sha256(text);

  mkdirSync(config.evidenceDirectory, { recursive: true });
  const file = join(config.evidenceDirectory, EVIDENCE_FILE_NAME);
  writeFileSync(file, text);
  info(`evidence record written to ${file} (sha256 ${digest}); verdict ${record.verdict}`);
  setOutputs({
    [OUTPUTS.evidenceFile]: file,
    [OUTPUTS.evidenceSha256]: digest,
    [OUTPUTS.verdict]: record.verdict,
  });

  let s3 = { uri: '', versionId: '' };
  if (config.bucket) {
    const retainUntil = new Date(now.getTime() + config.retentionDays * 86_400_000);
    s3 = await (deps.putLocked ?? putLocked)({
      bucket: config.bucket,
      key: evidenceKey(
        config.prefix,
        config.environment,
        config.releaseId,
        ctx.env.GITHUB_RUN_ID ?? '',
        ctx.env.GITHUB_RUN_ATTEMPT ?? '',
      ),
      body: text,
      retainUntil,
      region: config.awsRegion ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION,
      signal: ctx.signal,
    });
    info(
      `locked copy: ${s3.uri} (version ${s3.versionId}, retained until ${retainUntil.toISOString()})`,
    );
  }
  setOutputs({ [OUTPUTS.s3Uri]: s3.uri, [OUTPUTS.s3VersionId]: s3.versionId });

  try {
    await writeSummary(evidenceMarkdown(record, text, s3.uri), ctx.env as NodeJS.ProcessEnv);
  } catch (error) {
    // The record is written: a summary problem must not fail the release's bookkeeping.
    warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

async function approvalFor(
  config: EvidenceConfig,
  ctx: ActionContext,
  deps: EvidenceDeps,
): Promise<EvidenceRecord['approval']> {
  const { env } = ctx;
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || (!config.githubToken && !deps.github)) {
    warning('No GitHub run or token: the approval is recorded as none');
    return { required: false, state: 'none', reviewers: [], approvedBefore: null };
  }
  const client = deps.github ?? clientFromEnv(config.githubToken, env, { signal: ctx.signal });
  return lookUpApproval(
    client,
    env.GITHUB_REPOSITORY,
    env.GITHUB_RUN_ID,
    env.GITHUB_RUN_ATTEMPT ?? '1',
    config.environment,
    env.RUNNER_NAME,
  );
}
