export const INPUTS = {
  findings: 'findings',
  labels: 'labels',
  githubToken: 'github-token',
} as const;
export const OUTPUTS = { opened: 'opened', updated: 'updated', closed: 'closed' } as const;
/** GitHub refuses issue bodies over 65,536 characters. */
export const BODY_LIMIT = 60_000;
