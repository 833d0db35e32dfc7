export const INPUTS = {
  artifactName: 'artifact-name',
  count: 'count',
  directory: 'directory',
  workflow: 'workflow',
  branch: 'branch',
  githubToken: 'github-token',
} as const;

export const OUTPUTS = { directory: 'directory', runs: 'runs', runIds: 'run-ids' } as const;
