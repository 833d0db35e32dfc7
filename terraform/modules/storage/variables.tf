variable "name_prefix" {
  description = "Prefix for bucket names, e.g. medimind-production."
  type        = string
}

variable "account_id" {
  description = "AWS account ID (bucket names include it to be globally unique)."
  type        = string
}

variable "region" {
  description = "AWS region."
  type        = string
}

variable "s3_kms_key_arn" {
  description = "KMS key ARN for bucket encryption."
  type        = string
}

variable "ebs_kms_key_arn" {
  description = "KMS key ARN made the account/region default EBS key."
  type        = string
}

variable "backup_retention_days" {
  description = "Days backups are kept before expiry (HIPAA documentation retention is 6 years = 2190 days)."
  type        = number

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 3650
    error_message = "backup_retention_days must be between 7 and 3650."
  }
}

variable "audit_log_retention_days" {
  description = "Days audit logs (CloudTrail) are kept; at least 2190 (6 years) for HIPAA."
  type        = number

  validation {
    condition     = var.audit_log_retention_days >= 2190 && var.audit_log_retention_days <= 3650
    error_message = "audit_log_retention_days must be between 2190 (6 years, HIPAA) and 3650."
  }
}

variable "noncurrent_version_retention_days" {
  description = "Days non-current object versions are kept in the artifact and backup buckets."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_retention_days >= 1 && var.noncurrent_version_retention_days <= 3650
    error_message = "noncurrent_version_retention_days must be between 1 and 3650."
  }
}

variable "force_destroy" {
  description = "Allow destroying non-empty buckets (staging only)."
  type        = bool
  default     = false
}
