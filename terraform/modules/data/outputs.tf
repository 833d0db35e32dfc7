output "db_instance_identifier" {
  description = "Identifier of the primary PostgreSQL instance."
  value       = aws_db_instance.primary.identifier
}

output "db_endpoint" {
  description = "Primary PostgreSQL endpoint (host:port)."
  value       = aws_db_instance.primary.endpoint
}

output "db_replica_endpoints" {
  description = "Read replica endpoints."
  value       = aws_db_instance.replica[*].endpoint
}

output "db_replica_identifiers" {
  description = "Read replica identifiers."
  value       = aws_db_instance.replica[*].identifier
}

output "db_master_secret_arn" {
  description = "Secrets Manager ARN of the RDS-managed master password."
  value       = aws_db_instance.primary.master_user_secret[0].secret_arn
  sensitive   = true
}

output "redis_replication_group_id" {
  description = "Redis replication group ID."
  value       = aws_elasticache_replication_group.this.id
}

output "redis_member_cluster_ids" {
  description = "Cache cluster IDs of the replication group members (ElastiCache names them <group>-001, -002, ...)."
  value       = [for i in range(var.redis_num_cache_clusters) : format("%s-redis-%03d", var.name_prefix, i + 1)]
}

output "redis_primary_endpoint" {
  description = "Redis primary endpoint address (TLS)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "redis_reader_endpoint" {
  description = "Redis reader endpoint address (TLS)."
  value       = aws_elasticache_replication_group.this.reader_endpoint_address
}

output "redis_auth_secret_arn" {
  description = "Secrets Manager ARN holding the Redis AUTH token."
  value       = aws_secretsmanager_secret.redis_auth.arn
  sensitive   = true
}

output "postgres_settings" {
  description = "Effective protection settings of the PostgreSQL primary and the replica count (for readiness checks and tests)."
  value = {
    multi_az                = aws_db_instance.primary.multi_az
    storage_encrypted       = aws_db_instance.primary.storage_encrypted
    publicly_accessible     = aws_db_instance.primary.publicly_accessible
    deletion_protection     = aws_db_instance.primary.deletion_protection
    skip_final_snapshot     = aws_db_instance.primary.skip_final_snapshot
    backup_retention_period = aws_db_instance.primary.backup_retention_period
    managed_master_password = aws_db_instance.primary.manage_master_user_password
    performance_insights    = aws_db_instance.primary.performance_insights_enabled
    monitoring_interval     = aws_db_instance.primary.monitoring_interval
    replica_count           = length(aws_db_instance.replica)
  }
}

output "redis_settings" {
  description = "Effective protection settings of the Redis replication group."
  value = {
    multi_az                   = aws_elasticache_replication_group.this.multi_az_enabled
    automatic_failover         = aws_elasticache_replication_group.this.automatic_failover_enabled
    at_rest_encryption_enabled = aws_elasticache_replication_group.this.at_rest_encryption_enabled
    transit_encryption_enabled = aws_elasticache_replication_group.this.transit_encryption_enabled
    num_cache_clusters         = aws_elasticache_replication_group.this.num_cache_clusters
    snapshot_retention_limit   = aws_elasticache_replication_group.this.snapshot_retention_limit
  }
}

output "app_secret_arns" {
  description = "Secrets Manager ARNs of the application connection secrets read by External Secrets Operator: database (<name_prefix>/database) and redis (<name_prefix>/redis)."
  value = {
    database = aws_secretsmanager_secret.database.arn
    redis    = aws_secretsmanager_secret.redis.arn
  }
  sensitive = true
}

output "app_secret_names" {
  description = "Names of the application connection secrets (the ExternalSecret keys)."
  value = {
    database = aws_secretsmanager_secret.database.name
    redis    = aws_secretsmanager_secret.redis.name
  }
}

output "app_secret_properties" {
  description = "JSON property names of each application connection secret (the Kubernetes Secret keys External Secrets Operator creates)."
  value = {
    database = sort(keys(local.database_connection))
    redis    = sort(keys(local.redis_connection))
  }
}
