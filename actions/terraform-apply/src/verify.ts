/**
 * Refuses a plan bundle unless it is exactly what was reviewed, for this
 * commit, environment, directory and workspace, and recent enough. Each
 * refusal carries a documented failure reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatDuration } from '../../_shared/src/inputs';
import { BUNDLE_FILES, type BundleManifest } from '../../_shared/src/terraform/bundle';
import { sha256File, type VersionInfo } from '../../_shared/src/terraform/cli';
import { applyFailure } from './failure-reasons';

export type Expectations = {
  bundleDirectory: string;
  commitSha: string;
  environment: string;
  workingDirectory: string;
  workspace: string;
  maxPlanAgeMs: number;
  now: number;
};

/** Checks that need nothing but the bundle and the job's context (before `init`). */
export function verifyBundle(manifest: BundleManifest, expect: Expectations): void {
  const dir = expect.bundleDirectory;
  if (sha256File(join(dir, BUNDLE_FILES.plan)) !== manifest.planSha256) {
    throw applyFailure(
      `${BUNDLE_FILES.plan} does not match the sha256 recorded when it was planned: the plan file was altered`,
      'plan-tampered',
    );
  }
  if (sha256File(join(dir, BUNDLE_FILES.json)) !== manifest.planJsonSha256) {
    throw applyFailure(
      `${BUNDLE_FILES.json} does not match the sha256 recorded when it was planned`,
      'plan-tampered',
    );
  }
  // apply copies this lock file into the working directory before init.
  const lock = join(dir, BUNDLE_FILES.lock);
  if (
    manifest.lockFileSha256 !== undefined &&
    (!existsSync(lock) || sha256File(lock) !== manifest.lockFileSha256)
  ) {
    throw applyFailure(
      `${BUNDLE_FILES.lock} is missing or does not match the sha256 recorded when it was planned`,
      'plan-tampered',
    );
  }
  if (manifest.commitSha !== expect.commitSha) {
    throw applyFailure(
      `The plan was made for commit ${manifest.commitSha || '(none)'}, this job runs ${expect.commitSha || '(none)'}: plan again for this commit`,
      'plan-from-other-commit',
    );
  }
  const mismatches = (
    [
      ['environment', manifest.environment, expect.environment],
      ['working directory', manifest.workingDirectory, expect.workingDirectory],
      ['workspace', manifest.workspace, expect.workspace],
    ] as const
  ).filter(([, planned, wanted]) => planned !== wanted);
  if (mismatches.length) {
    throw applyFailure(
      `The plan is for another target: ${mismatches.map(([what, planned, wanted]) => `${what} "${planned}" (this job: "${wanted}")`).join(', ')}`,
      'plan-from-other-environment',
    );
  }
  const created = Date.parse(manifest.createdAt);
  const age = expect.now - created;
  if (Number.isNaN(created) || age > expect.maxPlanAgeMs) {
    throw applyFailure(
      `The plan was made at ${manifest.createdAt} (${Number.isNaN(age) ? 'unknown age' : formatDuration(Math.round(age / 1000) * 1000)} ago), older than max-plan-age ${formatDuration(expect.maxPlanAgeMs)}: plan again`,
      'plan-expired',
    );
  }
  if (manifest.policy?.mode === 'enforce' && manifest.policy.violations > 0) {
    throw applyFailure(
      `The plan failed the policy gate (${manifest.policy.violations} violation(s)) and may not be applied`,
      'policy-denied',
    );
  }
}

/** After `init`: the same terraform, providers and backend as at plan time. */
export function verifyRuntime(
  manifest: BundleManifest,
  versions: VersionInfo,
  backendFingerprint: string,
): void {
  if (versions.terraform !== manifest.terraformVersion) {
    throw applyFailure(
      `The plan was made with terraform ${manifest.terraformVersion}, this runner has ${versions.terraform}`,
      'version-mismatch',
    );
  }
  const names = new Set([...Object.keys(manifest.providers), ...Object.keys(versions.providers)]);
  const differ = [...names].filter((n) => manifest.providers[n] !== versions.providers[n]);
  if (differ.length) {
    throw applyFailure(
      `Provider versions differ from the plan: ${differ.map((n) => `${n} ${manifest.providers[n] ?? '(absent)'} → ${versions.providers[n] ?? '(absent)'}`).join(', ')}`,
      'version-mismatch',
    );
  }
  if (backendFingerprint !== manifest.backendFingerprint) {
    throw applyFailure(
      'The backend configuration differs from the one the plan was made against (another state): check backend-config',
      'plan-from-other-environment',
    );
  }
}
