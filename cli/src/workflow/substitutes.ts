/**
 * Local stand-ins for third-party actions (keyed by `owner/repo[/path]`, the
 * ref ignored). Anything not in the table fails the rehearsal naming the step:
 * a guess would make the rehearsal pass where GitHub would not.
 *
 * | action                               | locally                                                     |
 * | ------------------------------------ | ----------------------------------------------------------- |
 * | actions/checkout                     | the working tree is already there                           |
 * | hashicorp/setup-terraform            | the `terraform` on PATH (a version mismatch is a warning)   |
 * | actions/setup-node                   | nothing: the Node running the rehearsal                     |
 * | actions/upload-artifact              | copied into the run's artifact store (name + id)            |
 * | actions/download-artifact            | copied out by `name`, `artifact-ids` or `pattern`           |
 * | github/codeql-action/upload-sarif    | the SARIF file kept in the artifact store as code-scanning-*|
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { ArtifactStore } from './artifacts';
import type { StepCall, StepOutcome, Substitute } from './executor';

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function thirdPartySubstitutes(
  root: string,
  store: ArtifactStore,
): Record<string, Substitute> {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  return {
    'actions/checkout': {
      describe: 'the working tree',
      async run(call) {
        call.log(`working tree ${root}`);
        return { status: 'success' };
      },
    },
    'hashicorp/setup-terraform': {
      describe: 'the local terraform',
      async run(call) {
        const found = spawnSync('terraform', ['version', '-json'], {
          encoding: 'utf8',
          env: call.env,
        });
        if (found.error || found.status !== 0)
          return { status: 'failure', message: 'terraform is not on PATH' };
        const version = (JSON.parse(found.stdout) as { terraform_version: string })
          .terraform_version;
        const wanted = call.inputs.terraform_version;
        call.log(`terraform ${version}`);
        if (wanted && wanted !== 'latest' && wanted !== version) {
          call.log(
            `::warning::the workflow pins terraform ${wanted}; the rehearsal uses the local ${version}`,
          );
        }
        return { status: 'success' };
      },
    },
    'actions/setup-node': {
      describe: 'no-op: the Node running the rehearsal',
      async run(call) {
        call.log(`node ${process.version}`);
        return { status: 'success' };
      },
    },
    'actions/upload-artifact': {
      describe: 'the local artifact store',
      async run(call): Promise<StepOutcome> {
        const name = call.inputs.name || 'artifact';
        const paths = lines(call.inputs.path).map(at);
        if (paths.some((p) => /[*?[]/.test(p))) {
          return {
            status: 'failure',
            message: `upload-artifact: glob paths are not rehearsed (${paths.join(', ')})`,
          };
        }
        const artifact = store.upload(name, paths, call.inputs.overwrite === 'true');
        if (!artifact) {
          const mode = call.inputs['if-no-files-found'] || 'warn';
          const message = `No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`;
          if (mode === 'error') return { status: 'failure', message };
          if (mode === 'warn') call.log(`::warning::${message}`);
          return { status: 'success' };
        }
        call.setOutput('artifact-id', String(artifact.id));
        call.setOutput('artifact-url', `file://${artifact.dir}`);
        call.log(`artifact ${artifact.name} (id ${artifact.id}) → ${artifact.dir}`);
        return { status: 'success' };
      },
    },
    'actions/download-artifact': {
      describe: 'the local artifact store',
      async run(call): Promise<StepOutcome> {
        const to = at(call.inputs.path || '.');
        const ids = (call.inputs['artifact-ids'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const pattern = call.inputs.pattern
          ? new RegExp(
              `^${call.inputs.pattern
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.')}$`,
            )
          : undefined;
        const wanted = ids.length
          ? ids.map((id) => store.byId(Number(id)) ?? id)
          : call.inputs.name
            ? [store.byName(call.inputs.name) ?? call.inputs.name]
            : store.list().filter((a) => !pattern || pattern.test(a.name));
        const missing = wanted.filter((a) => typeof a === 'string');
        if (missing.length) {
          return {
            status: 'failure',
            message: `Artifact not found: ${missing.join(', ')} (stored: ${
              store
                .list()
                .map((a) => `${a.name}#${a.id}`)
                .join(', ') || 'none'
            })`,
          };
        }
        for (const a of wanted) {
          if (typeof a === 'string') continue;
          // Several artifacts each get a sub-folder, one goes straight into path.
          const separate =
            call.inputs['merge-multiple'] !== 'true' && (wanted.length > 1 || !!pattern);
          const target = separate ? join(to, a.name) : to;
          call.log(
            `artifact ${a.name} (id ${a.id}): ${store.download(a, target)} entries → ${target}`,
          );
        }
        call.setOutput('download-path', to);
        return { status: 'success' };
      },
    },
    'github/codeql-action/upload-sarif': {
      describe: 'the SARIF kept in the artifact store',
      async run(call): Promise<StepOutcome> {
        const file = at(call.inputs.sarif_file || '../results');
        if (!existsSync(file))
          return { status: 'failure', message: `upload-sarif: ${file} does not exist` };
        const artifact = store.upload(
          `code-scanning-${call.inputs.category || 'default'}`,
          [file],
          true,
        );
        call.log(`SARIF kept at ${artifact?.dir}`);
        return { status: 'success' };
      },
    },
  };
}

export type { StepCall };
