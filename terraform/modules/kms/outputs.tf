output "key_arns" {
  description = "Key ARN per domain: eks, ebs, rds, elasticache, s3, logs, cloudtrail, sns, ecr."
  value       = { for name, key in aws_kms_key.this : name => key.arn }
}

output "key_ids" {
  description = "Key ID per domain."
  value       = { for name, key in aws_kms_key.this : name => key.key_id }
}
