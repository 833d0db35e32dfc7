import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  EVIDENCE_SCHEMA_ID,
  EVIDENCE_SCHEMA_VERSION,
  type EvidenceRecord,
  imageDigest,
} from '../../_shared/src/evidence';
import type { Env } from '../../_shared/src/runner';
import type { EvidenceConfig } from './inputs';
import { blueGreenOutcome, releaseVerdict, verdictOf } from './outcome';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const fileSha256 = (path: string | null) => (path ? sha256(readFileSync(path)) : null);

/** The record, from the inputs, the runner's environment and the approval found. */
export function buildRecord(
  config: EvidenceConfig,
  env: Env,
  approval: EvidenceRecord['approval'],
  now: Date,
): EvidenceRecord {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const outcome = blueGreenOutcome(config);
  const readiness = verdictOf(config.readinessPassed);
  const k6 = verdictOf(config.k6Passed);
  return {
    $schema: EVIDENCE_SCHEMA_ID,
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    releaseId: config.releaseId,
    environment: config.environment,
    repository,
    commit: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    run: {
      id: runId,
      attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : '',
      workflow: env.GITHUB_WORKFLOW_REF ?? env.GITHUB_WORKFLOW ?? '',
    },
    actor: env.GITHUB_ACTOR ?? '',
    approval,
    terraform: { planSha256: config.terraformPlanSha256 },
    images: config.images.map((i) => ({ name: i.name, ref: i.ref, digest: imageDigest(i.ref) })),
    blueGreen: {
      outcome,
      activeColor: config.activeColor,
      previousColor: config.previousColor,
      switchedAt: config.switchedAt,
      failureReason: config.blueGreenFailureReason,
    },
    readiness: {
      verdict: readiness,
      reportSha256: fileSha256(config.readinessReport),
      failedChecks: config.readinessFailedChecks,
    },
    k6: { verdict: k6, resultsSha256: fileSha256(config.k6Results), profile: config.k6Profile },
    verdict: releaseVerdict(outcome, readiness, k6),
    timestamps: { startedAt: config.startedAt, recordedAt: now.toISOString() },
  };
}

/** The record as stored: stable key order, two-space indent, final newline. */
export function serialize(record: EvidenceRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
