/**
 * The plan bundle: what terraform-plan hands to terraform-apply, so apply runs
 * exactly the plan that was reviewed.
 *
 *   plan.tfplan          the binary plan (contains values: keep the artifact private)
 *   .terraform.lock.hcl  the provider lock file the plan was made with
 *   plan.json            the plan JSON, sensitive values and variables stripped
 *   summary.md           the rendered summary
 *   manifest.json        the facts below
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionFailure } from '../errors';

export const BUNDLE_FILES = {
  plan: 'plan.tfplan',
  lock: '.terraform.lock.hcl',
  json: 'plan.json',
  summary: 'summary.md',
  manifest: 'manifest.json',
} as const;

export const MANIFEST_SCHEMA = 1;

export type BundleManifest = {
  schema: typeof MANIFEST_SCHEMA;
  planSha256: string;
  planJsonSha256: string;
  lockFileSha256?: string;
  commitSha: string;
  environment: string;
  workingDirectory: string;
  workspace: string;
  mode: 'plan' | 'drift';
  terraformVersion: string;
  providers: Record<string, string>;
  backendFingerprint: string;
  varFiles: { path: string; sha256: string }[];
  runId: string;
  runAttempt: string;
  createdAt: string;
  hasChanges: boolean;
  policy: { mode: 'enforce' | 'warn' | 'off'; violations: number };
  /** The plan's `redact` rules, so apply hides the same values. */
  redact: string[];
};

export function writeManifest(dir: string, manifest: BundleManifest): string {
  const path = join(dir, BUNDLE_FILES.manifest);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

/** Reads the manifest; a missing or unreadable bundle is `artifact-missing`. */
export function readManifest(dir: string): BundleManifest {
  const path = join(dir, BUNDLE_FILES.manifest);
  if (!existsSync(path)) {
    throw new ActionFailure(
      `No plan bundle in ${dir} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`,
      'artifact-missing',
    );
  }
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as BundleManifest;
  } catch {
    throw new ActionFailure(`${path} is not valid JSON`, 'plan-tampered');
  }
  if (manifest.schema !== MANIFEST_SCHEMA) {
    throw new ActionFailure(
      `${path} has schema ${String(manifest.schema)}; this version reads schema ${MANIFEST_SCHEMA}. Plan and apply with the same release of the actions.`,
      'version-mismatch',
    );
  }
  for (const name of [BUNDLE_FILES.plan, BUNDLE_FILES.json] as const) {
    if (!existsSync(join(dir, name))) {
      throw new ActionFailure(`The plan bundle in ${dir} has no ${name}`, 'artifact-missing');
    }
  }
  return manifest;
}
