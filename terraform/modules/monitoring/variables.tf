variable "name_prefix" {
  description = "Prefix for resource names, e.g. medimind-production."
  type        = string
}

variable "sns_kms_key_arn" {
  description = "KMS key ARN that encrypts the alert topic."
  type        = string
}

variable "alert_emails" {
  description = "E-mail addresses subscribed to the alert topic (each must confirm)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.alert_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "alert_emails must be e-mail addresses."
  }
}

variable "db_instance_identifiers" {
  description = "RDS instances to watch (primary and read replicas)."
  type        = list(string)
}

variable "redis_cluster_ids" {
  description = "ElastiCache cache cluster IDs (members of the replication group) to watch."
  type        = list(string)
}

variable "db_connections_threshold" {
  description = "Alarm when an RDS instance has more connections than this (seed: 150)."
  type        = number
  default     = 150
}

variable "db_cpu_threshold_percent" {
  description = "Alarm when RDS CPU stays above this percentage."
  type        = number
  default     = 80

  validation {
    condition     = var.db_cpu_threshold_percent > 0 && var.db_cpu_threshold_percent <= 100
    error_message = "db_cpu_threshold_percent must be between 1 and 100."
  }
}

variable "redis_cpu_threshold_percent" {
  description = "Alarm when Redis engine CPU stays above this percentage."
  type        = number
  default     = 75

  validation {
    condition     = var.redis_cpu_threshold_percent > 0 && var.redis_cpu_threshold_percent <= 100
    error_message = "redis_cpu_threshold_percent must be between 1 and 100."
  }
}

variable "redis_evictions_threshold" {
  description = "Alarm when Redis evicts more keys than this per 5 minutes."
  type        = number
  default     = 100
}

variable "alb_5xx_rate_threshold_percent" {
  description = "Alarm when the share of 5xx target responses exceeds this percentage (seed: 5 %)."
  type        = number
  default     = 5

  validation {
    condition     = var.alb_5xx_rate_threshold_percent > 0 && var.alb_5xx_rate_threshold_percent <= 100
    error_message = "alb_5xx_rate_threshold_percent must be between 0 and 100."
  }
}

variable "alb_target_response_time_threshold_seconds" {
  description = "Alarm when the average target response time exceeds this many seconds (seed: 200 ms)."
  type        = number
  default     = 0.2
}
