/** Input and output names of aws-eks-auth, in one place (action.yml mirrors them). */
export const Inputs = {
  RoleToAssume: 'role-to-assume',
  AwsRegion: 'aws-region',
  Audience: 'audience',
  RoleSessionName: 'role-session-name',
  RoleDuration: 'role-duration',
  AllowedAccountIds: 'allowed-account-ids',
  MaskAwsAccountId: 'mask-aws-account-id',
  ClusterName: 'cluster-name',
  KubeconfigPath: 'kubeconfig-path',
} as const;

export const Outputs = {
  Kubeconfig: 'kubeconfig',
  ClusterEndpoint: 'cluster-endpoint',
  AwsAccountId: 'aws-account-id',
  RoleSessionArn: 'role-session-arn',
  CredentialsExpiration: 'credentials-expiration',
} as const;

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const DEFAULT_ROLE_DURATION = '1h';
/** STS allows 15 minutes to 12 hours (the role's MaxSessionDuration may cap it lower). */
export const MIN_ROLE_DURATION_MS = 15 * 60_000;
export const MAX_ROLE_DURATION_MS = 12 * 3_600_000;

/** The issuer GitHub's OIDC tokens carry; trust policies condition on its claims. */
export const GITHUB_OIDC_ISSUER = 'token.actions.githubusercontent.com';

/** Reason codes set as the `failure-reason` output. */
export const Reasons = {
  BadInput: 'bad-input',
  NoIdTokenPermission: 'no-id-token-permission',
  NoCredentials: 'no-credentials',
  AssumeRoleDenied: 'assume-role-denied',
  AccountNotAllowed: 'account-not-allowed',
  ClusterNotFound: 'cluster-not-found',
  ClusterNotActive: 'cluster-not-active',
  CredentialsExpired: 'credentials-expired',
} as const;

/** The exec credential API both the kubeconfig and the token command speak. */
export const EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';
