output "oidc_provider_arn" {
  description = "GitHub OIDC identity provider ARN."
  value       = local.provider_arn
}

output "plan_role_arn" {
  description = "Read-only role ARN for terraform plan (aws-eks-auth / terraform-plan role-to-assume)."
  value       = aws_iam_role.plan.arn
}

output "deploy_role_arn" {
  description = "Apply/deploy role ARN for terraform apply and rollouts."
  value       = aws_iam_role.deploy.arn
}

output "subject" {
  description = "The OIDC subject both roles trust."
  value       = local.subject
}
