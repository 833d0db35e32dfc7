variable "name_prefix" {
  description = "Prefix for resource names, e.g. medimind-production."
  type        = string
}

variable "audit_bucket_name" {
  description = "Name of the audit log bucket (its policy lets CloudTrail write under cloudtrail/)."
  type        = string
}

variable "cloudtrail_kms_key_arn" {
  description = "KMS key ARN that encrypts the trail's log files."
  type        = string
}

variable "data_event_bucket_arns" {
  description = "Buckets whose object-level (data) events are recorded, e.g. model artifacts and backups that may hold PHI."
  type        = list(string)
  default     = []
}
