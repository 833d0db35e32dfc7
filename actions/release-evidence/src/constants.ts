export const INPUTS = {
  environment: 'environment',
  releaseId: 'release-id',
  images: 'images',
  terraformPlanSha256: 'terraform-plan-sha256',
  deployOutcome: 'deploy-outcome',
  rolledBack: 'rolled-back',
  activeColor: 'active-color',
  previousColor: 'previous-color',
  switchedAt: 'switched-at',
  blueGreenFailureReason: 'blue-green-failure-reason',
  finalizeOutcome: 'finalize-outcome',
  rollbackOutcome: 'rollback-outcome',
  readinessPassed: 'readiness-passed',
  readinessReport: 'readiness-report',
  readinessFailedChecks: 'readiness-failed-checks',
  k6Passed: 'k6-passed',
  k6Results: 'k6-results',
  k6Profile: 'k6-profile',
  startedAt: 'started-at',
  githubToken: 'github-token',
  evidenceDirectory: 'evidence-directory',
  evidenceBucket: 'evidence-bucket',
  evidencePrefix: 'evidence-prefix',
  retentionDays: 'retention-days',
  awsRegion: 'aws-region',
} as const;

export const OUTPUTS = {
  evidenceFile: 'evidence-file',
  evidenceSha256: 'evidence-sha256',
  verdict: 'verdict',
  s3Uri: 's3-uri',
  s3VersionId: 's3-version-id',
} as const;

export const FAILURE_REASONS = [
  'bad-input',
  'approval-unavailable',
  'evidence-upload-failed',
  'cancelled',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];
