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
