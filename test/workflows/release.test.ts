// scripts/release.mjs on a temporary git repository shaped like this one: a
// node action, a composite action calling it, a reusable workflow calling
// both, and a workflow calling that workflow. Then the same verification on
// this repository's own tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { selfRefs, stamp, verifyRelease } from '../../scripts/release.mjs';
import { REPO_ROOT } from './files';

type Ref = { line: number; target: string; ref: string };
const refsOf = selfRefs as (text: string) => Ref[];
const verify = verifyRelease as (root: string, commit?: string) => string[];
const SCRIPT = join(REPO_ROOT, 'scripts', 'release.mjs');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function runRelease(cwd: string, ...args: string[]) {
  const res = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const FILES: Record<string, string> = {
  'actions/hello/action.yml':
    'name: hello\ndescription: node action\nruns:\n  using: node24\n  main: dist/index.js\n',
  'actions/hello/dist/index.js': 'console.log("hello v1");\n',
  'actions/bundle/action.yml': [
    'name: bundle',
    'description: composite action',
    'runs:',
    '  using: composite',
    '  steps:',
    '    - uses: medimind/delivery/actions/hello@v1',
    '',
  ].join('\n'),
  '.github/workflows/leaf.yml': [
    'name: leaf',
    'on: workflow_call',
    'jobs:',
    '  one:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: medimind/delivery/actions/hello@v1',
    '      - name: composite',
    '        uses: "medimind/delivery/actions/bundle@v1"',
    '',
  ].join('\n'),
  '.github/workflows/top.yml': [
    'name: top',
    'on: push',
    'jobs:',
    '  call:',
    '    uses: medimind/delivery/.github/workflows/leaf.yml@v1 # the leaf',
    '',
  ].join('\n'),
  '.github/workflows/ci.yml':
    'name: ci\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
};

describe('stamping', () => {
  it('rewrites only uses: self-references, keeping quotes, and sets the release comment', () => {
    const text = [
      '# medimind/delivery/actions/hello@v1 in a comment stays',
      '      - uses: medimind/delivery/actions/hello@v1',
      '        uses: "medimind/delivery/actions/bundle@v1" # old comment',
      '    uses: medimind/delivery/.github/workflows/leaf.yml@v1',
      '      - uses: actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 # v6.0.3',
    ].join('\n');
    const sha = 'a'.repeat(40);
    expect(stamp(text, sha, 'v1.2.3').split('\n')).toEqual([
      '# medimind/delivery/actions/hello@v1 in a comment stays',
      `      - uses: medimind/delivery/actions/hello@${sha} # v1.2.3`,
      `        uses: "medimind/delivery/actions/bundle@${sha}" # v1.2.3`,
      `    uses: medimind/delivery/.github/workflows/leaf.yml@${sha} # v1.2.3`,
      '      - uses: actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 # v6.0.3',
    ]);
  });
});

describe('npm run release on a temporary repository', () => {
  let root: string;
  let start: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'medimind-release-'));
    git(root, 'init', '--quiet', '--initial-branch=main');
    git(root, 'config', 'user.name', 'release-test');
    git(root, 'config', 'user.email', 'release-test@medimind.local');
    git(root, 'config', 'commit.gpgsign', 'false');
    for (const [path, text] of Object.entries(FILES)) write(root, path, text);
    git(root, 'add', '-A');
    git(root, 'commit', '--quiet', '-m', 'actions');
    start = git(root, 'rev-parse', 'HEAD');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('pins every self-reference to a full SHA whose tree holds the released actions', () => {
    const res = runRelease(root, 'v1.2.3');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const tag = git(root, 'rev-parse', 'v1.2.3^{commit}');
    expect(verify(root, tag)).toEqual([]);

    const at = (path: string) => git(root, 'show', `${tag}:${path}`);
    const refs = [
      'actions/bundle/action.yml',
      '.github/workflows/leaf.yml',
      '.github/workflows/top.yml',
    ].flatMap((path) => refsOf(at(path)).map((r) => ({ path, ...r })));
    expect(refs).toHaveLength(4);
    for (const r of refs) {
      expect(r.ref, `${r.path}:${r.line}`).toMatch(/^[0-9a-f]{40}$/);
      // The referenced commit holds the target, and the node action is the released one.
      git(
        root,
        'cat-file',
        '-e',
        `${r.ref}:${r.target.startsWith('.github/') ? r.target : `${r.target}/action.yml`}`,
      );
      expect(git(root, 'rev-parse', `${r.ref}:actions/hello`)).toBe(
        git(root, 'rev-parse', `${tag}:actions/hello`),
      );
    }
    // Pinned transitively: the composite is pinned to the start commit, the
    // leaf workflow to the commit that pinned the composite, top to the one that pinned leaf.
    const [bundleRef] = refsOf(at('actions/bundle/action.yml'));
    expect(bundleRef?.ref).toBe(start);
    const leafRefs = refsOf(at('.github/workflows/leaf.yml'));
    expect(new Set(leafRefs.map((r) => r.ref)).size).toBe(1);
    expect(refsOf(git(root, 'show', `${leafRefs[0]?.ref}:actions/bundle/action.yml`))[0]?.ref).toBe(
      start,
    );
    const [topRef] = refsOf(at('.github/workflows/top.yml'));
    expect(refsOf(git(root, 'show', `${topRef?.ref}:.github/workflows/leaf.yml`))[0]?.ref).toMatch(
      /^[0-9a-f]{40}$/,
    );
    expect(at('.github/workflows/top.yml')).toContain(`leaf.yml@${topRef?.ref} # v1.2.3`);
  });

  it('leaves main on @v1 (release commits live on release/<version>)', () => {
    expect(runRelease(root, 'v1.2.3').code).toBe(0);
    expect(git(root, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(root, 'rev-parse', 'HEAD')).toBe(start);
    expect(readFileSync(join(root, '.github/workflows/leaf.yml'), 'utf8')).toBe(
      FILES['.github/workflows/leaf.yml'],
    );
    expect(git(root, 'branch', '--list', 'release/v1.2.3')).toContain('release/v1.2.3');
    // main itself is not a release commit.
    expect(verify(root, 'main').join('\n')).toMatch(/not a full commit SHA/);
  });

  it('refuses a tag-pinned, foreign or altered reference', () => {
    expect(runRelease(root, 'v1.2.3').code).toBe(0);
    git(root, 'switch', '--quiet', 'release/v1.2.3');
    const leaf = join(root, '.github/workflows/leaf.yml');
    const pinned = readFileSync(leaf, 'utf8');
    const sha = refsOf(pinned)[0]?.ref as string;

    // The node action changed after the commit the workflow names.
    write(root, 'actions/hello/dist/index.js', 'console.log("patched");\n');
    git(root, 'commit', '--quiet', '-am', 'patch hello');
    expect(verify(root).join('\n')).toMatch(/actions\/hello at [0-9a-f]{40} differs/);

    // A SHA this release does not descend from.
    git(root, 'switch', '--quiet', '--orphan', 'elsewhere');
    write(root, 'x', 'x');
    git(root, 'add', 'x');
    git(root, 'commit', '--quiet', '-m', 'unrelated');
    const foreign = git(root, 'rev-parse', 'HEAD');
    git(root, 'switch', '--quiet', '--force', 'release/v1.2.3');
    writeFileSync(leaf, pinned.replaceAll(sha, foreign));
    git(root, 'commit', '--quiet', '-am', 'foreign');
    expect(verify(root).join('\n')).toMatch(/is not a commit this release descends from/);

    // A movable tag.
    writeFileSync(leaf, pinned.replace(`hello@${sha}`, 'hello@v1'));
    git(root, 'commit', '--quiet', '-am', 'tag');
    const res = runRelease(root, '--verify');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(
      /::error::\.github\/workflows\/leaf\.yml:7 .*@v1: not a full commit SHA/,
    );
  });

  it('refuses bad input and a dirty tree without leaving anything behind', () => {
    const bad = runRelease(root, '1.2');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^::error::release: version must look like v1\.2\.3, got "1\.2"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    write(root, 'actions/hello/dist/index.js', 'dirty\n');
    const dirty = runRelease(root, 'v1.2.3');
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toMatch(/uncommitted changes/);
    git(root, 'checkout', '--', '.');

    write(
      root,
      '.github/workflows/broken.yml',
      'jobs:\n  x:\n    uses: medimind/delivery/.github/workflows/missing.yml@v1\n',
    );
    git(root, 'add', '-A');
    git(root, 'commit', '--quiet', '-m', 'broken');
    const missing = runRelease(root, 'v1.2.3');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.yml does not exist/);
    expect(git(root, 'branch', '--list', 'release/*')).toBe('');
    expect(git(root, 'tag', '--list')).toBe('');
  });
});

describe('this repository', () => {
  it('references itself by the moving major tag on main, or is a verified release commit', () => {
    const problems = verify(REPO_ROOT, 'HEAD');
    // A release commit verifies; anything else (main, a pull request) must
    // use only the major tag, never a branch or a stray SHA.
    for (const p of problems) expect(p).toMatch(/@v\d+: not a full commit SHA/);
  });

  it('documents npm run release in the README and package.json', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.release).toBe('node scripts/release.mjs');
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toMatch(
      /npm run release -- v\d+\.\d+\.\d+/,
    );
  });
});
