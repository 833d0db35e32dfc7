#!/usr/bin/env node
// Release: pins this library's references to itself.
//
//   npm run release -- vX.Y.Z          make the release commits and tag vX.Y.Z
//   npm run release -- --verify [ref]  check a release commit (default HEAD)
//
// On main, workflows and composite actions call this library by the moving tag
// (`medimind/delivery/actions/<name>@v1`, `medimind/delivery/.github/workflows/<f>@v1`),
// so pinning a reusable workflow to a SHA would not pin the code that receives
// the credentials. A release rewrites every such `uses:` in .github/workflows/
// and in composite actions' action.yml to a full commit SHA whose tree holds
// exactly the actions being released.
//
// A commit cannot name its own SHA, and a pinned file must point at a commit
// where what it calls is pinned too (a composite action pinned to a commit
// whose copy still says @v1 would pin nothing). So the release is a short chain
// of commits on a branch release/vX.Y.Z: round 1 pins the files whose targets
// are plain node actions to the starting commit; each further round pins the
// files whose targets were pinned in the rounds before, to the previous round's
// commit. Action code is never changed, so every referenced commit holds the
// same actions. The last commit is tagged vX.Y.Z; main keeps @v1.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const OWN = 'medimind/delivery';
const FULL_SHA = /^[0-9a-f]{40}$/;
// `uses: medimind/delivery/<target>@<ref>` with an optional quote and comment.
const SELF_REF =
  /^(\s*(?:-\s+)?uses:\s*["']?)medimind\/delivery\/(actions\/[\w.-]+|\.github\/workflows\/[\w.-]+\.ya?ml)@([\w./-]+)(["']?)(\s*#.*)?$/;

export class ReleaseError extends Error {}

function git(cwd, args, options = {}) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  }).trim();
}

function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** Self-references in a file's text: `{ line, target, ref }`. */
export function selfRefs(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    const m = SELF_REF.exec(line);
    if (m) out.push({ line: i + 1, target: m[2], ref: m[3] });
  });
  return out;
}

/** Rewrites every self-reference of `text` to `sha`, with `# version` as its comment. */
export function stamp(text, sha, version) {
  return text
    .split('\n')
    .map((line) => {
      const m = SELF_REF.exec(line);
      return m ? `${m[1]}${OWN}/${m[2]}@${sha}${m[4]} # ${version}` : line;
    })
    .join('\n');
}

function actionKind(text) {
  const using = String(parse(text)?.runs?.using ?? '');
  return using === 'composite' ? 'composite' : using.startsWith('node') ? 'node' : using;
}

/** Files that may call the library: workflows, and composite actions' action.yml, as { path, text }. */
function stampableFiles(read, list) {
  const files = [];
  for (const name of list('.github/workflows')) {
    if (/\.ya?ml$/.test(name)) files.push(`.github/workflows/${name}`);
  }
  for (const name of list('actions')) {
    for (const f of ['action.yml', 'action.yaml']) {
      const path = `actions/${name}/${f}`;
      const text = read(path);
      if (text !== undefined && actionKind(text) === 'composite') files.push(path);
    }
  }
  return files.map((path) => ({ path, text: read(path) ?? '' }));
}

/** The file a reference target names: an action's action.yml, or the workflow itself. */
function targetFile(target, exists) {
  if (target.startsWith('.github/')) return exists(target) ? target : undefined;
  return ['action.yml', 'action.yaml'].map((f) => `${target}/${f}`).find(exists);
}

function worktreeReader(root) {
  return {
    read: (p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined),
    list: (d) => (existsSync(join(root, d)) ? readdirSync(join(root, d)) : []),
    exists: (p) => existsSync(join(root, p)),
  };
}

function commitReader(root, commit) {
  return {
    read: (p) => tryGit(root, ['show', `${commit}:${p}`]),
    list: (d) =>
      (tryGit(root, ['ls-tree', '--name-only', `${commit}:${d}`]) ?? '')
        .split('\n')
        .filter(Boolean),
    exists: (p) => tryGit(root, ['cat-file', '-e', `${commit}:${p}`]) !== undefined,
  };
}

/**
 * Makes the release commits on release/<version> and tags the last one.
 * Returns { branch, tag, commit, rounds: [{ target, files }] }.
 */
export function release(root, version, log = () => {}) {
  if (!/^v\d+\.\d+\.\d+$/.test(version ?? '')) {
    throw new ReleaseError(`version must look like v1.2.3, got "${version ?? ''}"`);
  }
  if (git(root, ['status', '--porcelain'])) {
    throw new ReleaseError('the working tree has uncommitted changes; commit or stash them first');
  }
  const branch = `release/${version}`;
  if (tryGit(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${version}`])) {
    throw new ReleaseError(`tag ${version} already exists`);
  }
  if (tryGit(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) {
    throw new ReleaseError(`branch ${branch} already exists`);
  }
  const start = git(root, ['rev-parse', 'HEAD']);
  const original = tryGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']) ?? start;
  const tree = worktreeReader(root);
  const files = stampableFiles(tree.read, tree.list);

  // Check every target before touching anything.
  const problems = [];
  for (const f of files) {
    for (const r of selfRefs(f.text)) {
      if (!targetFile(r.target, tree.exists))
        problems.push(`${f.path}:${r.line}: ${OWN}/${r.target} does not exist in this commit`);
    }
  }
  if (problems.length > 0) throw new ReleaseError(problems.join('\n'));

  const pending = new Map(files.filter((f) => selfRefs(f.text).length > 0).map((f) => [f.path, f]));
  // A target is stable once what it calls is pinned: node actions always,
  // composite actions and workflows once their file has been pinned.
  const pinned = new Set(files.filter((f) => !pending.has(f.path)).map((f) => f.path));
  const stable = (target) => {
    const file = targetFile(target, tree.exists);
    if (!file) return false;
    if (target.startsWith('.github/')) return pinned.has(file);
    const kind = actionKind(tree.read(file) ?? '');
    return kind === 'node' || pinned.has(file);
  };

  git(root, ['switch', '--quiet', '-c', branch]);
  const rounds = [];
  try {
    let target = start;
    while (pending.size > 0) {
      const ready = [...pending.values()].filter((f) =>
        selfRefs(f.text).every((r) => stable(r.target)),
      );
      if (ready.length === 0) {
        throw new ReleaseError(
          `cannot pin ${[...pending.keys()].join(', ')}: they call each other in a cycle`,
        );
      }
      for (const f of ready) {
        writeFileSync(join(root, f.path), stamp(f.text, target, version));
        pending.delete(f.path);
      }
      for (const f of ready) pinned.add(f.path);
      git(root, ['add', '--', ...ready.map((f) => f.path)]);
      git(root, [
        'commit',
        '--quiet',
        '-m',
        `release ${version}: pin self-references to ${target}\n\n${ready.map((f) => f.path).join('\n')}`,
      ]);
      rounds.push({ target, files: ready.map((f) => f.path) });
      log(`pinned to ${target}: ${ready.map((f) => f.path).join(', ')}`);
      target = git(root, ['rev-parse', 'HEAD']);
    }
    if (rounds.length === 0) {
      throw new ReleaseError(
        'nothing to release: no workflow or composite action references this library',
      );
    }
    const commit = git(root, ['rev-parse', 'HEAD']);
    const found = verifyRelease(root, commit);
    if (found.length > 0)
      throw new ReleaseError(`the release commit does not verify:\n${found.join('\n')}`);
    git(root, ['tag', '-a', version, '-m', `MediMind Delivery ${version}`, commit]);
    return { branch, tag: version, commit, rounds };
  } catch (error) {
    // Leave nothing half-made: back to where we started, branch removed.
    tryGit(root, ['reset', '--quiet', '--hard']);
    tryGit(root, ['switch', '--quiet', original]);
    tryGit(root, ['branch', '--quiet', '-D', branch]);
    throw error;
  } finally {
    tryGit(root, ['switch', '--quiet', original]);
  }
}

/**
 * Problems with `commit` as a release commit: every self-reference in its
 * workflows and composite actions must be a full SHA of an ancestor whose tree
 * holds the target; a node action there must be byte-identical to the
 * release's, and a composite action or workflow there must itself be pinned.
 */
export function verifyRelease(root, commit = 'HEAD') {
  const at = commitReader(root, commit);
  const problems = [];
  const checked = new Map();
  const check = (path, reader, seen) => {
    for (const r of selfRefs(reader.read(path) ?? '')) {
      const where = `${path}:${r.line} ${OWN}/${r.target}@${r.ref}`;
      if (!FULL_SHA.test(r.ref)) {
        problems.push(`${where}: not a full commit SHA (a tag or branch can move)`);
        continue;
      }
      const key = `${r.target}@${r.ref}`;
      if (checked.has(key) || seen.has(key)) continue;
      checked.set(key, true);
      if (tryGit(root, ['merge-base', '--is-ancestor', r.ref, commit]) === undefined) {
        problems.push(`${where}: ${r.ref} is not a commit this release descends from`);
        continue;
      }
      const there = commitReader(root, r.ref);
      const file = targetFile(r.target, there.exists);
      if (!file) {
        problems.push(`${where}: commit ${r.ref} has no ${r.target}`);
        continue;
      }
      if (!r.target.startsWith('.github/') && actionKind(there.read(file) ?? '') === 'node') {
        const released = tryGit(root, ['rev-parse', `${commit}:${r.target}`]);
        if (tryGit(root, ['rev-parse', `${r.ref}:${r.target}`]) !== released) {
          problems.push(`${where}: ${r.target} at ${r.ref} differs from the one in the release`);
        }
        continue;
      }
      // A composite action or workflow: what it calls must be pinned too.
      check(file, there, new Set([...seen, key]));
    }
  };
  for (const f of stampableFiles(at.read, at.list)) check(f.path, at, new Set());
  return problems;
}

function main(argv) {
  const root = git(process.cwd(), ['rev-parse', '--show-toplevel']);
  if (argv[0] === '--verify') {
    const commit = argv[1] ?? 'HEAD';
    const problems = verifyRelease(root, commit);
    if (problems.length > 0) {
      for (const p of problems) process.stderr.write(`::error::${p}\n`);
      return 1;
    }
    process.stdout.write(`${commit}: every self-reference is pinned to a release commit\n`);
    return 0;
  }
  const version = argv[0];
  const result = release(root, version, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(
    [
      `release ${result.tag}: ${result.commit} on branch ${result.branch} (${result.rounds.length} commit(s)).`,
      'Publish it:',
      `  git push origin ${result.branch} ${result.tag}`,
      `  git tag -f v${result.tag.slice(1).split('.')[0]} ${result.tag} && git push -f origin v${result.tag.slice(1).split('.')[0]}`,
      `Consumers pin: uses: ${OWN}/.github/workflows/<file>@${result.commit} # ${result.tag}`,
      '',
    ].join('\n'),
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`::error::release: ${message.split('\n').join('\n  ')}\n`);
    if (!(error instanceof ReleaseError) && process.env.RUNNER_DEBUG === '1') console.error(error);
    process.exitCode = 1;
  }
}
