output "bucket_name" {
  description = "Release evidence bucket name."
  value       = aws_s3_bucket.this.bucket
}

output "bucket_arn" {
  description = "Release evidence bucket ARN."
  value       = aws_s3_bucket.this.arn
}

output "kms_key_arn" {
  description = "KMS key of the evidence records."
  value       = aws_kms_key.this.arn
}

output "retention" {
  description = "Object Lock default retention of every record."
  value       = { mode = "COMPLIANCE", years = var.retention_years }
}
