import { ConfigurationError } from '../../_shared/src/errors';
import { integer, optional, raw, required, validated } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import { INPUTS } from './constants';

export type BaselineConfig = {
  artifactName: string;
  count: number;
  directory: string;
  workflow: string;
  branch: string;
  githubToken: string;
};

/** `owner/repo/.github/workflows/nightly.yml@refs/heads/main` -> `nightly.yml`. */
export function workflowFileOf(workflowRef: string): string | undefined {
  return /\/\.github\/workflows\/([^/@]+\.ya?ml)@/.exec(workflowRef)?.[1];
}

export function readBaselineInputs(env: Env = process.env): BaselineConfig {
  const workflow = raw(INPUTS.workflow, env) || workflowFileOf(env.GITHUB_WORKFLOW_REF ?? '');
  if (!workflow)
    throw new ConfigurationError(
      `Input ${INPUTS.workflow} is empty and GITHUB_WORKFLOW_REF names no workflow file; give the workflow file name (e.g. nightly.yml)`,
    );
  const branch = raw(INPUTS.branch, env) || env.GITHUB_REF_NAME || '';
  if (!branch)
    throw new ConfigurationError(`Input ${INPUTS.branch} is empty and GITHUB_REF_NAME is not set`);
  return {
    artifactName: validated(
      INPUTS.artifactName,
      optional(INPUTS.artifactName, 'k6-results-nightly', env),
      (v) =>
        /^[A-Za-z0-9._-]+$/.test(v) ? undefined : 'may hold only letters, digits, ".", "_" and "-"',
    ),
    count: integer(INPUTS.count, 7, env, { min: 1, max: 30 }),
    directory: directoryInput(INPUTS.directory, env),
    workflow: validated(INPUTS.workflow, workflow, (v) =>
      /^[A-Za-z0-9._-]+\.ya?ml$/.test(v)
        ? undefined
        : `must be a workflow file name like nightly.yml; got "${v}"`,
    ),
    branch,
    githubToken: required(INPUTS.githubToken, env),
  };
}

/** A directory input; an unevaluated `${{ ... }}` (a default read outside the runner) is refused. */
function directoryInput(name: string, env: Env): string {
  return validated(name, required(name, env), (v) =>
    v.includes('${{') ? `holds an unevaluated expression ("${v}"); give a path` : undefined,
  );
}
