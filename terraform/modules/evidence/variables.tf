variable "bucket_name" {
  description = "Name of the evidence bucket (globally unique; e.g. <prefix>-release-evidence-<account>)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be a valid S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)."
  }
}

variable "account_id" {
  description = "AWS account ID."
  type        = string
}

variable "region" {
  description = "AWS region (the key is used through S3 in this region only)."
  type        = string
}

variable "partition" {
  description = "AWS partition (aws, aws-us-gov)."
  type        = string
  default     = "aws"
}

variable "writer_role_arns" {
  description = "Roles that write evidence records (the deploy role); their S3 permissions come from their own policy."
  type        = list(string)

  validation {
    condition     = length(var.writer_role_arns) > 0
    error_message = "writer_role_arns must name at least one role."
  }
}

variable "retention_years" {
  description = "Object Lock compliance-mode retention of every record, in years (HIPAA documentation: at least 6)."
  type        = number
  default     = 6

  validation {
    condition     = var.retention_years >= 6 && var.retention_years <= 100 && floor(var.retention_years) == var.retention_years
    error_message = "retention_years must be a whole number of at least 6 (HIPAA keeps documentation six years)."
  }
}

variable "kms_deletion_window_days" {
  description = "Deletion waiting period of the evidence key (7-30 days)."
  type        = number
  default     = 30
}
