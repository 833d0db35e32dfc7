/**
 * The `variables` input, handed to terraform as a variables file instead of
 * `-var=name=value` arguments: a process's command line is readable by every
 * user of the machine (/proc/<pid>/cmdline), a 0600 file in a 0700 directory
 * only by us. JSON, because terraform reads a .tfvars.json string as is — no
 * escaping, no template interpretation — and converts it to the declared type
 * (number, bool) as it did the -var string.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VARIABLES_FILE = 'variables.tfvars.json';

/** Writes the file in `privateDir` (0600) and returns its path. */
export function writeVariablesFile(
  privateDir: string,
  variables: ReadonlyMap<string, string>,
): string {
  const path = join(privateDir, VARIABLES_FILE);
  writeFileSync(path, `${JSON.stringify(Object.fromEntries(variables), null, 2)}\n`, {
    mode: 0o600,
  });
  chmodSync(path, 0o600);
  return path;
}
