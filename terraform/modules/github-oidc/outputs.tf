output "oidc_provider_arn" {
  description = "GitHub OIDC identity provider ARN."
  value       = local.provider_arn
}

output "plan_role_arn" {
  description = "Read-only role for terraform plan (terraform workflow plan-role-arn)."
  value       = aws_iam_role.plan.arn
}

output "apply_role_arn" {
  description = "Terraform apply role (terraform workflow apply-role-arn)."
  value       = aws_iam_role.apply.arn
}

output "deploy_role_arn" {
  description = "Release role: blue-green rollouts (deployer RBAC group only) and release evidence."
  value       = aws_iam_role.deploy.arn
}

output "bootstrap_role_arn" {
  description = "Platform bootstrap role (EKS cluster admin), trusted only in the bootstrap environment."
  value       = aws_iam_role.bootstrap.arn
}

output "trusted_subjects" {
  description = "OIDC subjects each role (plan, apply, deploy, bootstrap) trusts."
  value       = local.subjects
}

output "bootstrap_environment" {
  description = "GitHub environment whose jobs may assume the bootstrap role (protect it with required reviewers)."
  value       = local.bootstrap_environment
}

output "permissions_boundary_arn" {
  description = "Permissions boundary every role the apply role creates must carry."
  value       = local.boundary_arn

  # The ARN is known at plan time; the roles that carry it must still wait for the policy.
  depends_on = [aws_iam_policy.workload_boundary]
}

output "attachable_policy_arns" {
  description = "Managed policies the apply role may attach (to bounded roles)."
  value       = var.attachable_policy_arns
}

output "plan_bundle_kms_key_arn" {
  description = "KMS key of the plan bundles (terraform workflow plan-kms-key-arn)."
  value       = aws_kms_key.plan_bundle.arn
}

output "plan_bundle_kms_key_alias" {
  description = "Alias of the plan bundle key (alias/<prefix>-plan-bundle)."
  value       = aws_kms_alias.plan_bundle.name
}
