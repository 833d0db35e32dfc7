/**
 * What is inside a saved terraform plan. A plan file is a zip archive holding
 * the plan (`tfplan`), the prior state, the provider lock file and a snapshot
 * of the configuration (`tfconfig/`): `terraform apply plan.tfplan` runs that
 * snapshot, not the working directory. So apply compares every snapshot file
 * with the checked-out commit, and a provisioner or module slipped into the
 * plan file cannot run.
 *
 * The archive is read by the kernel's zip reader, which trusts none of its claims.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ActionFailure } from '../errors';
import { readZip as readArchive, ZipFormatError } from '../zip';

/** Plans of thousands of resources stay far below this; anything above is refused. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

function notAPlan(why: string): ActionFailure {
  return new ActionFailure(`The saved plan is not a terraform plan file: ${why}`, 'not-applyable');
}

/** Every entry of the plan file (a zip archive), by name. */
export function readZip(data: Buffer): Map<string, Buffer> {
  try {
    return new Map(readArchive(data, MAX_ENTRY_BYTES).map((e) => [e.name, e.data]));
  } catch (error) {
    if (error instanceof ZipFormatError) throw notAPlan(error.message);
    throw error;
  }
}

/** `tfconfig/modules.json`: each module call's key and where its files are, relative to the root. */
type ModuleRecord = { Key: string; Source?: string; Dir: string };

export const PLAN_LOCK_FILE = '.terraform.lock.hcl';

/** Files terraform reads as configuration in a module directory (it skips dotfiles, editor backups). */
function isConfigFile(name: string): boolean {
  return (
    /\.tf(\.json)?$/.test(name) &&
    !name.startsWith('.') &&
    !name.startsWith('#') &&
    !name.endsWith('~')
  );
}

function configFilesIn(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isConfigFile(e.name))
    .map((e) => e.name);
}

/**
 * Every difference between the plan's configuration snapshot and the module
 * directories it names, resolved from `cwd` (the checked-out root module): a
 * file changed, added or missing on either side, or a module not present.
 * Each difference names the file, relative to `cwd`.
 */
export function configDifferences(entries: Map<string, Buffer>, cwd: string): string[] {
  const manifest = entries.get('tfconfig/modules.json');
  if (!manifest) throw notAPlan('no tfconfig/modules.json');
  let modules: ModuleRecord[];
  try {
    modules = JSON.parse(manifest.toString('utf8')) as ModuleRecord[];
  } catch {
    throw notAPlan('tfconfig/modules.json is not JSON');
  }
  if (!Array.isArray(modules)) throw notAPlan('tfconfig/modules.json is not a list');
  const differences: string[] = [];
  const claimed = new Set<string>(['tfconfig/modules.json']);
  for (const module of modules) {
    const prefix = `tfconfig/m-${module.Key}/`;
    const dir = resolve(cwd, module.Dir);
    const label = (file: string) => join(module.Dir, file);
    const snapshot = new Map<string, Buffer>();
    for (const [name, content] of entries) {
      if (name.startsWith(prefix)) {
        snapshot.set(name.slice(prefix.length), content);
        claimed.add(name);
      }
    }
    if (!existsSync(dir)) {
      differences.push(`${module.Dir}/ (module "${module.Key || 'root'}" is not in the checkout)`);
      continue;
    }
    const local = new Set(configFilesIn(dir));
    for (const [file, content] of snapshot) {
      // terraform snapshots a module directory's own files, never a path below or above it.
      if (/[\\/]/.test(file) || file === '..' || file === '.') {
        differences.push(`${prefix}${file} (not a file of the module directory)`);
        continue;
      }
      const path = join(dir, file);
      if (!existsSync(path)) differences.push(`${label(file)} (only in the plan)`);
      else if (!readFileSync(path).equals(content)) differences.push(`${label(file)} (differs)`);
      local.delete(file);
    }
    for (const file of local) differences.push(`${label(file)} (not in the plan)`);
  }
  // Configuration files outside any listed module could only have been added to the archive.
  for (const name of entries.keys()) {
    if (name.startsWith('tfconfig/') && !claimed.has(name)) {
      differences.push(`${name} (in the plan, outside any module)`);
    }
  }
  return differences.sort();
}

/** Refuses a plan whose configuration snapshot is not exactly the checked-out one. */
export function assertConfigMatches(entries: Map<string, Buffer>, cwd: string): void {
  const differences = configDifferences(entries, cwd);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 20);
  throw new ActionFailure(
    `The configuration inside the saved plan is not this commit's (${differences.length} difference(s)): ${shown.join(', ')}${differences.length > shown.length ? ', …' : ''}. terraform apply would run the plan's copy: plan again from this commit.`,
    'config-mismatch',
  );
}
