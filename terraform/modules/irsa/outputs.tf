output "role_arns" {
  description = "IRSA role ARN per workload: ml-pipeline, backend, external-secrets, aws-load-balancer-controller, cluster-autoscaler."
  value       = { for k, r in aws_iam_role.this : k => r.arn }
}
