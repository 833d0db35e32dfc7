# ElastiCache Redis: multi-AZ replication group with automatic failover,
# encrypted at rest (customer key) and in transit (TLS required), AUTH token.

resource "aws_security_group" "redis" {
  name        = "${var.name_prefix}-redis"
  description = "Redis: reachable only from the EKS cluster"
  vpc_id      = var.vpc_id

  tags = {
    Name = "${var.name_prefix}-redis"
  }
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  for_each = var.client_security_groups

  security_group_id            = aws_security_group.redis.id
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "Redis from ${each.key}"
}

resource "aws_elasticache_subnet_group" "this" {
  name       = "${var.name_prefix}-redis"
  subnet_ids = var.database_subnet_ids
}

resource "aws_secretsmanager_secret" "redis_auth" {
  name        = "${var.name_prefix}/redis/auth-token"
  description = "AUTH token of the ${var.name_prefix} Redis replication group"
  kms_key_id  = var.elasticache_kms_key_arn
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = var.redis_auth_token
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "${var.name_prefix}-redis"
  description          = "MediMind cache (${var.name_prefix})"

  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.redis_node_type
  port                 = 6379
  parameter_group_name = "default.redis7"

  num_cache_clusters         = var.redis_num_cache_clusters
  multi_az_enabled           = true
  automatic_failover_enabled = true

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.redis.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = var.elasticache_kms_key_arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.redis_auth_token
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit = var.redis_snapshot_retention_days
  snapshot_window          = "02:00-03:00"
  maintenance_window       = "sun:05:30-sun:06:30"

  auto_minor_version_upgrade = true
  apply_immediately          = false
}
