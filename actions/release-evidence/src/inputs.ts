import { existsSync } from 'node:fs';
import { imageLines } from '../../_shared/src/images';
import { integer, list, oneOf, optional, raw, required, validated } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import { INPUTS } from './constants';

const OUTCOMES = ['', 'success', 'failure', 'cancelled', 'skipped'] as const;
export type StepOutcome = (typeof OUTCOMES)[number];
const TRISTATE = ['', 'true', 'false'] as const;

export type EvidenceConfig = {
  environment: string;
  releaseId: string;
  images: { name: string; ref: string }[];
  terraformPlanSha256: string | null;
  deployOutcome: StepOutcome;
  rolledBack: boolean;
  activeColor: string | null;
  previousColor: string | null;
  switchedAt: string | null;
  blueGreenFailureReason: string | null;
  finalizeOutcome: StepOutcome;
  rollbackOutcome: StepOutcome;
  readinessPassed: boolean | undefined;
  readinessReport: string | null;
  readinessFailedChecks: string[];
  k6Passed: boolean | undefined;
  k6Results: string | null;
  k6Profile: string;
  startedAt: string | null;
  githubToken: string;
  evidenceDirectory: string;
  bucket: string | null;
  prefix: string;
  retentionDays: number;
  awsRegion: string | null;
};

const tristate = (name: string, env: Env) => {
  const v = oneOf(name, TRISTATE, '', env);
  return v === '' ? undefined : v === 'true';
};

const timestamp = (name: string, env: Env) =>
  validated(name, raw(name, env), (v) =>
    v && Number.isNaN(Date.parse(v)) ? `must be an ISO 8601 time; got "${v}"` : undefined,
  ) || null;

const existingFile = (name: string, env: Env) =>
  validated(name, raw(name, env), (v) =>
    v && !existsSync(v) ? `names ${v}, which does not exist` : undefined,
  ) || null;

export function readEvidenceInputs(env: Env = process.env): EvidenceConfig {
  const images = validated(INPUTS.images, imageLines(raw(INPUTS.images, env)), (items) => {
    const bad = items.find((i) => !i.name || !i.ref);
    return bad ? `must hold name=ref lines; got "${bad.name}=${bad.ref}"` : undefined;
  });
  const sha =
    validated(
      INPUTS.terraformPlanSha256,
      raw(INPUTS.terraformPlanSha256, env).toLowerCase(),
      (v) =>
        v && !/^[0-9a-f]{64}$/.test(v) ? 'must be a sha256 (64 hex digits) or empty' : undefined,
    ) || null;
  const bucket =
    validated(INPUTS.evidenceBucket, raw(INPUTS.evidenceBucket, env), (v) =>
      v && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v)
        ? `must be an S3 bucket name; got "${v}"`
        : undefined,
    ) || null;
  return {
    environment: validated(INPUTS.environment, required(INPUTS.environment, env), (v) =>
      /^[A-Za-z0-9._-]+$/.test(v) ? undefined : 'may hold only letters, digits, ".", "_" and "-"',
    ),
    releaseId: validated(INPUTS.releaseId, required(INPUTS.releaseId, env), (v) =>
      /^[A-Za-z0-9._-]{1,128}$/.test(v)
        ? undefined
        : 'may hold only letters, digits, ".", "_" and "-" (at most 128)',
    ),
    images,
    terraformPlanSha256: sha,
    deployOutcome: oneOf(INPUTS.deployOutcome, OUTCOMES, '', env),
    rolledBack: tristate(INPUTS.rolledBack, env) ?? false,
    activeColor: raw(INPUTS.activeColor, env) || null,
    previousColor: raw(INPUTS.previousColor, env) || null,
    switchedAt: timestamp(INPUTS.switchedAt, env),
    blueGreenFailureReason: raw(INPUTS.blueGreenFailureReason, env) || null,
    finalizeOutcome: oneOf(INPUTS.finalizeOutcome, OUTCOMES, '', env),
    rollbackOutcome: oneOf(INPUTS.rollbackOutcome, OUTCOMES, '', env),
    readinessPassed: tristate(INPUTS.readinessPassed, env),
    readinessReport: existingFile(INPUTS.readinessReport, env),
    readinessFailedChecks: list(INPUTS.readinessFailedChecks, env),
    k6Passed: tristate(INPUTS.k6Passed, env),
    k6Results: existingFile(INPUTS.k6Results, env),
    k6Profile: optional(INPUTS.k6Profile, 'smoke', env),
    startedAt: timestamp(INPUTS.startedAt, env),
    githubToken: raw(INPUTS.githubToken, env),
    evidenceDirectory: directoryInput(INPUTS.evidenceDirectory, env),
    bucket,
    prefix: optional(INPUTS.evidencePrefix, 'release-evidence/', env),
    retentionDays: integer(INPUTS.retentionDays, 2192, env, { min: 1, max: 36_500 }),
    awsRegion: raw(INPUTS.awsRegion, env) || null,
  };
}

/** A directory input; an unevaluated `${{ ... }}` (a default read outside the runner) is refused. */
function directoryInput(name: string, env: Env): string {
  return validated(name, required(name, env), (v) =>
    v.includes('${{') ? `holds an unevaluated expression ("${v}"); give a path` : undefined,
  );
}
