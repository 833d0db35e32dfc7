output "region" {
  description = "AWS region of the environment."
  value       = var.region
}

output "cluster_name" {
  description = "EKS cluster name (aws-eks-auth cluster-name)."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "EKS API server endpoint."
  value       = module.eks.cluster_endpoint
}

output "plan_role_arn" {
  description = "Read-only role the terraform-plan workflow assumes."
  value       = module.github_oidc.plan_role_arn
}

output "apply_role_arn" {
  description = "Role the terraform workflow's apply job assumes (apply-role-arn), trusted only in the GitHub environment."
  value       = module.github_oidc.apply_role_arn
}

output "deploy_role_arn" {
  description = "Release role the rollout workflows assume: the deployer RBAC group in EKS, evidence records in S3."
  value       = module.github_oidc.deploy_role_arn
}

output "bootstrap_role_arn" {
  description = "Platform bootstrap role (EKS cluster admin), trusted only in the protected bootstrap environment."
  value       = module.github_oidc.bootstrap_role_arn
}

output "github_trusted_subjects" {
  description = "OIDC subjects each workflow role (plan, apply, deploy, bootstrap) trusts; test/consistency compares them with the workflows' jobs."
  value       = module.github_oidc.trusted_subjects
}

output "bootstrap_environment" {
  description = "GitHub environment of the platform bootstrap job (protect it with required reviewers)."
  value       = module.github_oidc.bootstrap_environment
}

output "plan_bundle_kms_key_arn" {
  description = "KMS key that encrypts the plan bundles (terraform workflow plan-kms-key-arn)."
  value       = module.github_oidc.plan_bundle_kms_key_arn
}

output "evidence_bucket_name" {
  description = "S3 bucket (Object Lock, compliance mode) of the release evidence records."
  value       = module.evidence.bucket_name
}

output "evidence_kms_key_arn" {
  description = "KMS key of the release evidence records."
  value       = module.evidence.kms_key_arn
}

output "irsa_role_arns" {
  description = "IRSA role ARN per workload (annotate the service accounts with these)."
  value       = module.irsa.role_arns
}

output "db_endpoint" {
  description = "PostgreSQL primary endpoint."
  value       = module.data.db_endpoint
  sensitive   = true
}

output "db_replica_endpoints" {
  description = "PostgreSQL read replica endpoints."
  value       = module.data.db_replica_endpoints
  sensitive   = true
}

output "db_master_secret_arn" {
  description = "Secrets Manager ARN of the database master password."
  value       = module.data.db_master_secret_arn
  sensitive   = true
}

output "redis_primary_endpoint" {
  description = "Redis primary endpoint (TLS)."
  value       = module.data.redis_primary_endpoint
  sensitive   = true
}

output "redis_auth_secret_arn" {
  description = "Secrets Manager ARN of the Redis AUTH token."
  value       = module.data.redis_auth_secret_arn
  sensitive   = true
}

output "bucket_names" {
  description = "S3 bucket names: model-artifacts, backups, audit-logs."
  value       = module.storage.bucket_names
}

output "sns_topic_arn" {
  description = "Alert topic ARN."
  value       = module.monitoring.sns_topic_arn
}

output "vpc_id" {
  description = "VPC ID."
  value       = module.network.vpc_id
}

output "certificate_arn" {
  description = "ACM certificate ARN for the ALB ingress annotation."
  value       = module.ingress.certificate_arn
}

output "alb_ssl_policy" {
  description = "TLS policy for the ALB ingress annotation."
  value       = module.ingress.ssl_policy
}

output "ecr_repository_urls" {
  description = "Container repository URL per service."
  value       = module.ecr.repository_urls
}

output "app_secret_arns" {
  description = "Secrets Manager ARNs of the connection secrets External Secrets Operator syncs (database, redis)."
  value       = module.data.app_secret_arns
  sensitive   = true
}

output "app_secret_names" {
  description = "Secrets Manager names the ExternalSecrets extract: <prefix>/database and <prefix>/redis."
  value       = module.data.app_secret_names
}

output "app_secret_properties" {
  description = "JSON property names of each connection secret (the Kubernetes Secret keys the ExternalSecrets produce)."
  value       = module.data.app_secret_properties
}
