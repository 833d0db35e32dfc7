export const INPUTS = {
  releaseId: 'release-id',
  environment: 'environment',
  images: 'images',
  githubToken: 'github-token',
} as const;

export const OUTPUTS = {
  verified: 'verified',
  images: 'images',
  evidenceRunUrl: 'evidence-run-url',
  commit: 'commit',
} as const;

export const FAILURE_REASONS = ['bad-input', 'release-not-verified', 'cancelled'] as const;
