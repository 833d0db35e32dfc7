output "bucket_names" {
  description = "Bucket name per purpose: model-artifacts, backups, audit-logs."
  value       = { for k, b in aws_s3_bucket.this : k => b.bucket }
}

output "bucket_arns" {
  description = "Bucket ARN per purpose."
  value       = { for k, b in aws_s3_bucket.this : k => b.arn }
}

output "backup_expiration_days" {
  description = "Days after which objects in the backups bucket expire."
  value       = var.backup_retention_days
}
