// Regenerates terraform/test/fixtures/plan-{staging,production}.json: the
// `terraform show -json` output of a real offline plan of each environment.
// The terraform-plan action's tests read these files.
//
//   npx tsx terraform/scripts/plan-fixtures.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  countByType,
  createWorkspace,
  ENVIRONMENTS,
  FIXTURES_DIR,
  fixturePath,
  init,
  managedChanges,
  planJson,
  removeWorkspace,
  terraformVersion,
} from '../test/harness';

async function main(): Promise<void> {
  const version = terraformVersion();
  if (!version) {
    process.stderr.write(
      'plan-fixtures: terraform is not on PATH; install Terraform 1.10 or newer.\n',
    );
    process.exitCode = 1;
    return;
  }
  const ws = await createWorkspace();
  try {
    await mkdir(FIXTURES_DIR, { recursive: true });
    await Promise.all(
      ENVIRONMENTS.map(async (name) => {
        await init(ws, name);
        const plan = await planJson(ws, name);
        await writeFile(fixturePath(name), `${JSON.stringify(plan, null, 1)}\n`);
        const types = Object.keys(countByType(plan)).length;
        process.stdout.write(
          `${name}: ${managedChanges(plan).length} resources (${types} types), terraform ${version} -> ${relative(process.cwd(), fixturePath(name))}\n`,
        );
      }),
    );
  } finally {
    await removeWorkspace(ws);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `plan-fixtures: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
