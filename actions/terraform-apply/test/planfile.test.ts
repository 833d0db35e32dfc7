/**
 * The plan file's configuration snapshot against the checkout: a real plan of
 * a root module with a local module (terraform writes the zip), then every
 * kind of difference, and archives built by hand for what terraform never writes.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStoredZip as writeZip } from '../../_shared/testing/zip-writer';

function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
/** Missing terraform fails in CI and skips elsewhere. */
const terraformAvailable = hasTerraform() || process.env.CI === 'true';

import { ActionFailure } from '../../_shared/src/errors';
import {
  assertConfigMatches,
  configDifferences,
  readZip,
} from '../../_shared/src/terraform/planfile';

/** terraform/environments/staging calling ../../modules/app, as the real tree does. */
function checkout(): { root: string; cwd: string } {
  const root = mkdtempSync(join(tmpdir(), 'planfile-'));
  const cwd = join(root, 'environments', 'staging');
  mkdirSync(cwd, { recursive: true });
  mkdirSync(join(root, 'modules', 'app'), { recursive: true });
  writeFileSync(
    join(cwd, 'main.tf'),
    'module "app" {\n  source = "../../modules/app"\n}\n\nresource "terraform_data" "root" {\n  input = "root"\n}\n',
  );
  writeFileSync(join(cwd, 'outputs.tf.json'), '{"output": {"x": {"value": "x"}}}\n');
  writeFileSync(join(cwd, 'README.md'), 'not configuration\n');
  writeFileSync(
    join(root, 'modules', 'app', 'main.tf'),
    'resource "terraform_data" "app" {\n  input = "app"\n}\n',
  );
  return { root, cwd };
}

describe.runIf(terraformAvailable)('plan configuration snapshot (real terraform)', () => {
  let entries: Map<string, Buffer>;
  let tree: { root: string; cwd: string };

  beforeAll(() => {
    tree = checkout();
    const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: tree.cwd, env });
    execFileSync('terraform', ['plan', '-input=false', '-no-color', '-out=p.tfplan'], {
      cwd: tree.cwd,
      env,
    });
    entries = readZip(readFileSync(join(tree.cwd, 'p.tfplan')));
  });

  it('reads the zip terraform wrote: plan, state, lock file and the tfconfig snapshot', () => {
    expect([...entries.keys()].sort()).toEqual(
      expect.arrayContaining([
        'tfplan',
        'tfconfig/modules.json',
        'tfconfig/m-/main.tf',
        'tfconfig/m-/outputs.tf.json',
        'tfconfig/m-app/main.tf',
      ]),
    );
    expect(configDifferences(entries, tree.cwd)).toEqual([]);
    expect(() => assertConfigMatches(entries, tree.cwd)).not.toThrow();
  });

  it('names a changed module file, relative to the root module', () => {
    appendFileSync(join(tree.root, 'modules', 'app', 'main.tf'), '# edited\n');
    try {
      expect(configDifferences(entries, tree.cwd)).toEqual(['../../modules/app/main.tf (differs)']);
      let error: unknown;
      try {
        assertConfigMatches(entries, tree.cwd);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ActionFailure);
      expect((error as ActionFailure).reason).toBe('config-mismatch');
      expect((error as ActionFailure).message).toContain('../../modules/app/main.tf (differs)');
    } finally {
      const file = join(tree.root, 'modules', 'app', 'main.tf');
      writeFileSync(file, readFileSync(file, 'utf8').replace('# edited\n', ''));
    }
    expect(configDifferences(entries, tree.cwd)).toEqual([]);
  });

  it('names files on one side only and a module missing from the checkout', () => {
    writeFileSync(join(tree.cwd, 'extra.tf'), 'locals {}\n');
    const planOnly = new Map(entries);
    planOnly.set('tfconfig/m-/injected.tf', Buffer.from('locals {}\n'));
    expect(configDifferences(planOnly, tree.cwd)).toEqual([
      'extra.tf (not in the plan)',
      'injected.tf (only in the plan)',
    ]);
    renameSync(join(tree.cwd, 'extra.tf'), join(tree.cwd, '.extra.tf')); // terraform skips dotfiles
    renameSync(join(tree.root, 'modules'), join(tree.root, 'modules-moved'));
    try {
      expect(configDifferences(entries, tree.cwd)).toEqual([
        '../../modules/app/ (module "app" is not in the checkout)',
      ]);
    } finally {
      renameSync(join(tree.root, 'modules-moved'), join(tree.root, 'modules'));
    }
  });

  it('refuses snapshot paths terraform never writes', () => {
    const odd = new Map(entries);
    odd.set('tfconfig/m-/../../../etc/hostname', Buffer.from('x'));
    odd.set('tfconfig/m-ghost/main.tf', Buffer.from('x'));
    expect(configDifferences(odd, tree.cwd)).toEqual([
      'tfconfig/m-/../../../etc/hostname (not a file of the module directory)',
      'tfconfig/m-ghost/main.tf (in the plan, outside any module)',
    ]);
  });
});

describe('zip reader', () => {
  it('reads stored and deflated entries', () => {
    const stored = readZip(writeZip(new Map([['a.txt', Buffer.from('hello')]])));
    expect(stored.get('a.txt')!.toString()).toBe('hello');
    // Turn the stored entry into a deflated one, as Go's archive/zip writes them.
    const text = Buffer.from('deflated '.repeat(50));
    const zip = writeZip(new Map([['b.txt', text]]));
    const packed = deflateRawSync(text);
    const local = zip.subarray(0, 30 + 5);
    const central = zip.subarray(30 + 5 + text.length, zip.length - 22);
    const end = Buffer.from(zip.subarray(zip.length - 22));
    for (const header of [local, central]) header.writeUInt16LE(8, header === local ? 8 : 10);
    local.writeUInt32LE(packed.length, 18);
    central.writeUInt32LE(packed.length, 20);
    end.writeUInt32LE(30 + 5 + packed.length, 16);
    const rebuilt = Buffer.concat([local, packed, central, end]);
    expect(readZip(rebuilt).get('b.txt')!.equals(text)).toBe(true);
  });

  it('refuses what is not a zip, and an entry that inflates to another size', () => {
    expect(() => readZip(Buffer.from('not a plan'))).toThrow(
      /not a terraform plan file: not a ZIP archive/,
    );
    const zip = writeZip(new Map([['a.txt', Buffer.from('hello')]]));
    zip.writeUInt32LE(4, 30 + 5 + 5 + 24); // central directory: uncompressed size 4, not 5
    expect(() => readZip(zip)).toThrow(/wrong size/);
  });
});
