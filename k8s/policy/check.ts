/**
 * Builds overlays with kubectl kustomize, validates every object and applies
 * the MediMind manifest rules. Usage:
 *   npx tsx k8s/policy/check.ts k8s/overlays/staging k8s/overlays/production
 * Exit code 0 when everything passes, 1 on any finding, 2 on usage errors.
 */
import { buildOverlay } from './kustomize';
import { checkManifests, formatViolations } from './rules';
import { validateManifests } from './schema';

async function main(dirs: string[]): Promise<number> {
  if (dirs.length === 0) {
    console.error('usage: check.ts <kustomize-dir>... (e.g. k8s/overlays/production)');
    return 2;
  }
  let failed = false;
  for (const dir of dirs) {
    const objects = await buildOverlay(dir);
    const schema = validateManifests(objects);
    const rules = checkManifests(objects);
    for (const s of schema) console.log(`SCHEMA ${s.object}: ${s.message}`);
    if (rules.length > 0) console.log(formatViolations(rules));
    const ok = schema.length === 0 && rules.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${dir}: ${objects.length} objects, ${schema.length} schema issues, ${rules.length} rule violations`,
    );
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
