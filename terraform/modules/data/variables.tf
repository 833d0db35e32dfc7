variable "name_prefix" {
  description = "Prefix for resource names, e.g. medimind-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC ID."
  type        = string
}

variable "database_subnet_ids" {
  description = "Isolated database subnet IDs (one per AZ)."
  type        = list(string)

  validation {
    condition     = length(var.database_subnet_ids) >= 2
    error_message = "database_subnet_ids must hold at least 2 subnets (multi-AZ)."
  }
}

variable "client_security_groups" {
  description = "Security groups allowed to connect to PostgreSQL and Redis, keyed by a static name (e.g. eks-cluster) so the plan knows the rules before the groups exist."
  type        = map(string)
}

variable "rds_kms_key_arn" {
  description = "KMS key ARN for RDS storage, Performance Insights and the master password secret."
  type        = string
}

variable "elasticache_kms_key_arn" {
  description = "KMS key ARN for Redis at-rest encryption and the AUTH token secret."
  type        = string
}

variable "postgres_engine_version" {
  description = "PostgreSQL engine version (major or major.minor)."
  type        = string
  default     = "16.6"
}

variable "db_instance_class" {
  description = "Instance class of the primary and the read replicas."
  type        = string
}

variable "db_allocated_storage_gb" {
  description = "Initial storage in GiB."
  type        = number
  default     = 100
}

variable "db_max_allocated_storage_gb" {
  description = "Storage autoscaling ceiling in GiB (the seed's auto-expanding up to 1 TB)."
  type        = number
  default     = 1000

  validation {
    condition     = var.db_max_allocated_storage_gb >= 20 && var.db_max_allocated_storage_gb <= 65536
    error_message = "db_max_allocated_storage_gb must be between 20 and 65536."
  }
}

variable "db_read_replica_count" {
  description = "Number of read replicas of the primary (0-5)."
  type        = number

  validation {
    condition     = var.db_read_replica_count >= 0 && var.db_read_replica_count <= 5 && floor(var.db_read_replica_count) == var.db_read_replica_count
    error_message = "db_read_replica_count must be a whole number between 0 and 5."
  }
}

variable "db_backup_retention_days" {
  description = "Automated backup retention in days (RDS allows 1-35; 0 would disable backups and is refused)."
  type        = number

  validation {
    condition     = var.db_backup_retention_days >= 1 && var.db_backup_retention_days <= 35
    error_message = "db_backup_retention_days must be between 1 and 35."
  }
}

variable "db_deletion_protection" {
  description = "Deletion protection on the primary; also decides whether a final snapshot is taken on destroy."
  type        = bool
}

variable "monitoring_interval_seconds" {
  description = "Enhanced monitoring interval (1, 5, 10, 15, 30 or 60 seconds)."
  type        = number
  default     = 60

  validation {
    condition     = contains([1, 5, 10, 15, 30, 60], var.monitoring_interval_seconds)
    error_message = "monitoring_interval_seconds must be one of 1, 5, 10, 15, 30, 60 (0 would disable enhanced monitoring)."
  }
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
}

variable "redis_num_cache_clusters" {
  description = "Nodes in the Redis replication group (primary + replicas, 2-6; multi-AZ needs at least 2)."
  type        = number

  validation {
    condition     = var.redis_num_cache_clusters >= 2 && var.redis_num_cache_clusters <= 6
    error_message = "redis_num_cache_clusters must be between 2 and 6 (automatic failover needs a replica)."
  }
}

variable "redis_engine_version" {
  description = "Redis OSS engine version."
  type        = string
  default     = "7.1"
}

variable "redis_snapshot_retention_days" {
  description = "Days of Redis snapshots kept (1-35)."
  type        = number

  validation {
    condition     = var.redis_snapshot_retention_days >= 1 && var.redis_snapshot_retention_days <= 35
    error_message = "redis_snapshot_retention_days must be between 1 and 35."
  }
}

variable "redis_auth_token" {
  description = "Redis AUTH token, read by the pipeline from Secrets Manager (TF_VAR_redis_auth_token). It is also stored in this module's KMS-encrypted secret for in-cluster consumers (External Secrets Operator)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.redis_auth_token) >= 16 && length(var.redis_auth_token) <= 128 && can(regex("^[\\x21-\\x7e]+$", var.redis_auth_token)) && !can(regex("[@\"/]", var.redis_auth_token))
    error_message = "redis_auth_token must be 16-128 printable ASCII characters without spaces, '@', '\"' or '/'."
  }
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary of every IAM role this module creates (the apply role may only create and change roles that carry it). null: none."
  type        = string
  default     = null
}
