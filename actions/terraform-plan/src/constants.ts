export const INPUTS = {
  workingDirectory: 'working-directory',
  environment: 'environment',
  backendConfig: 'backend-config',
  varFiles: 'var-files',
  variables: 'variables',
  workspace: 'workspace',
  lockTimeout: 'lock-timeout',
  refresh: 'refresh',
  mode: 'mode',
  fmt: 'fmt',
  policy: 'policy',
  allowDestroy: 'allow-destroy',
  requiredTags: 'required-tags',
  redact: 'redact',
  commentOnPr: 'comment-on-pr',
  githubToken: 'github-token',
  bundleDirectory: 'bundle-directory',
  kmsKeyId: 'kms-key-id',
  allowPlaintextBundle: 'allow-plaintext-bundle',
} as const;

export const OUTPUTS = {
  hasChanges: 'has-changes',
  toAdd: 'to-add',
  toChange: 'to-change',
  toReplace: 'to-replace',
  toDestroy: 'to-destroy',
  policyViolations: 'policy-violations',
  bundleDirectory: 'bundle-directory',
  summaryMarkdownPath: 'summary-markdown-path',
  sarifFile: 'sarif-file',
  planSha256: 'plan-sha256',
} as const;

export const MODES = ['plan', 'drift'] as const;
export const FMT_MODES = ['check', 'off'] as const;
export const POLICY_MODES = ['enforce', 'warn', 'off'] as const;

/** GitHub rejects comments over 65,536 characters; stay well under. */
export const COMMENT_LIMIT = 60_000;
/** GitHub's job summary limit is 1 MiB per step. */
export const JOB_SUMMARY_LIMIT = 900_000;
