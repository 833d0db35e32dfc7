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
