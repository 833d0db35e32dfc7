/**
 * The release evidence record: one JSON document per environment release
 * (HIPAA: who changed what, when, approved by whom). Its JSON Schema is
 * evidence.schema.json beside this file; `schemaVersion` changes only with it.
 * Written by release-evidence, read back by release-verify.
 */
export const EVIDENCE_SCHEMA_VERSION = 1;
export const EVIDENCE_SCHEMA_ID =
  'https://github.com/medimind/delivery/blob/v1/actions/_shared/src/evidence.schema.json';

export type Verdict = 'passed' | 'failed' | 'not-run';

export type BlueGreenOutcome =
  | 'finalized' // switched, verified, old colour scaled down
  | 'rolled-back' // switched, then switched back (by blue-green's own analysis or the workflow)
  | 'failed-before-switch' // traffic never moved
  | 'incomplete' // switched, then neither finalized nor rolled back: needs a person
  | 'not-run';

export type EvidenceRecord = {
  $schema: string;
  schemaVersion: typeof EVIDENCE_SCHEMA_VERSION;
  releaseId: string;
  environment: string;
  repository: string;
  commit: string;
  ref: string;
  run: { id: string; attempt: string; url: string; workflow: string };
  actor: string;
  approval: {
    required: boolean;
    state: 'approved' | 'rejected' | 'none';
    reviewers: { login: string; comment: string }[];
    /** GitHub's review log has no timestamp: this job started only after the approval. */
    approvedBefore: string | null;
  };
  terraform: { planSha256: string | null };
  images: { name: string; ref: string; digest: string | null }[];
  blueGreen: {
    outcome: BlueGreenOutcome;
    activeColor: string | null;
    previousColor: string | null;
    switchedAt: string | null;
    failureReason: string | null;
  };
  readiness: { verdict: Verdict; reportSha256: string | null; failedChecks: string[] };
  k6: { verdict: Verdict; resultsSha256: string | null; profile: string };
  verdict: 'passed' | 'failed';
  timestamps: { startedAt: string | null; recordedAt: string };
};

/** The artifact holding one environment's record of a release. */
export function evidenceArtifactName(environment: string, releaseId: string): string {
  return `release-evidence-${environment}-${releaseId}`.replace(/[^A-Za-z0-9._-]/g, '-');
}

export const EVIDENCE_FILE_NAME = 'release-evidence.json';

/** The digest part of an image reference (`...@sha256:<64 hex>`), or null. */
export function imageDigest(ref: string): string | null {
  return /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? null;
}
