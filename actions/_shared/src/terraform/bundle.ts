/**
 * The plan bundle: what terraform-plan hands to terraform-apply, so apply runs
 * exactly the plan that was reviewed.
 *
 *   plan.tfplan.enc      the binary plan, AES-256-GCM under a KMS data key (envelope.ts)
 *   plan.tfplan          ... or, only with allow-plaintext-bundle, in the clear
 *   .terraform.lock.hcl  the provider lock file the plan was made with
 *   plan.json            the plan JSON, sensitive values and variables stripped
 *   summary.md           the rendered summary
 *   manifest.json        the facts below
 *
 * Nothing in the bundle is trusted for what it says about itself: apply is
 * given the plan's sha256 by the plan job (a job output, outside the artifact)
 * and checks the plan's configuration against the checkout (planfile.ts).
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionFailure } from '../errors';
import type { PlanEncryption } from './envelope';

export const BUNDLE_FILES = {
  plan: 'plan.tfplan',
  encryptedPlan: 'plan.tfplan.enc',
  lock: '.terraform.lock.hcl',
  json: 'plan.json',
  summary: 'summary.md',
  manifest: 'manifest.json',
} as const;

/** 2: the plan may be encrypted, and planSha256 is always the plaintext plan's. */
export const MANIFEST_SCHEMA = 2;

export type BundleManifest = {
  schema: typeof MANIFEST_SCHEMA;
  /** sha256 of the plaintext binary plan: the `plan-sha256` output apply is given. */
  planSha256: string;
  /** Present when the plan is encrypted (plan.tfplan.enc); absent for a plaintext bundle. */
  encryption?: PlanEncryption;
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

/** Writes the manifest and returns its exact text (the encryption's authenticated data). */
export function writeManifest(dir: string, manifest: BundleManifest): string {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(dir, BUNDLE_FILES.manifest), text);
  return text;
}

/**
 * A directory only this user can read (0700), under RUNNER_TEMP: for the
 * plaintext plan, the variables file and apply's copy of the bundle.
 */
export function privateDirectory(prefix: string, env: Record<string, string | undefined>): string {
  const parent = env.RUNNER_TEMP || tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${prefix}-`));
  chmodSync(dir, 0o700);
  return dir;
}

/**
 * Copies the downloaded bundle's regular files into a private directory, so
 * what is hashed is what is applied (no one can swap a file in between).
 * Anything that is not a plain file is refused.
 */
export function privateCopy(bundle: string, env: Record<string, string | undefined>): string {
  if (!existsSync(join(bundle, BUNDLE_FILES.manifest))) {
    throw new ActionFailure(
      `No plan bundle in ${bundle} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`,
      'artifact-missing',
    );
  }
  const copy = privateDirectory('terraform-apply', env);
  for (const entry of readdirSync(bundle)) {
    const from = join(bundle, entry);
    if (!lstatSync(from).isFile()) {
      throw new ActionFailure(
        `The plan bundle holds ${entry}, which is not a plain file`,
        'plan-tampered',
      );
    }
    copyFileSync(from, join(copy, entry));
    chmodSync(join(copy, entry), 0o600);
  }
  return copy;
}

/**
 * Reads the manifest; a missing or unreadable bundle is `artifact-missing`.
 * Messages name `shownAs` (the directory the user gave), not a private copy.
 */
export function readManifest(dir: string, shownAs: string = dir): BundleManifest {
  const path = join(dir, BUNDLE_FILES.manifest);
  if (!existsSync(path)) {
    throw new ActionFailure(
      `No plan bundle in ${shownAs} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`,
      'artifact-missing',
    );
  }
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as BundleManifest;
  } catch {
    throw new ActionFailure(
      `${join(shownAs, BUNDLE_FILES.manifest)} is not valid JSON`,
      'plan-tampered',
    );
  }
  if (manifest.schema !== MANIFEST_SCHEMA) {
    throw new ActionFailure(
      `${join(shownAs, BUNDLE_FILES.manifest)} has schema ${String(manifest.schema)}; this version reads schema ${MANIFEST_SCHEMA}. Plan and apply with the same release of the actions.`,
      'version-mismatch',
    );
  }
  const planName = manifest.encryption ? BUNDLE_FILES.encryptedPlan : BUNDLE_FILES.plan;
  for (const name of [planName, BUNDLE_FILES.json] as const) {
    if (!existsSync(join(dir, name))) {
      throw new ActionFailure(`The plan bundle in ${shownAs} has no ${name}`, 'artifact-missing');
    }
  }
  return manifest;
}
