# Offline: fake keys, no credential, account or metadata lookups. Plans of new
# resources make no AWS calls, so every run below is a real provider plan.
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIATESTTESTTESTTEST"
  secret_key                  = "fake-secret-for-offline-tests"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

variables {
  name_prefix                   = "medimind-test"
  vpc_id                        = "vpc-0123456789abcdef0"
  database_subnet_ids           = ["subnet-0000000000000000a", "subnet-0000000000000000b", "subnet-0000000000000000c"]
  client_security_groups        = { eks-cluster = "sg-0123456789abcdef0" }
  rds_kms_key_arn               = "arn:aws:kms:us-east-1:111111111111:key/rds"
  elasticache_kms_key_arn       = "arn:aws:kms:us-east-1:111111111111:key/elasticache"
  db_instance_class             = "db.r6g.large"
  db_read_replica_count         = 2
  db_backup_retention_days      = 30
  db_deletion_protection        = true
  redis_node_type               = "cache.r7g.large"
  redis_num_cache_clusters      = 3
  redis_snapshot_retention_days = 7
  redis_auth_token              = "FAKE-test-token-0123456789"
}

run "postgres_is_hipaa_grade" {
  command = plan

  module {
    source = "./data"
  }

  assert {
    condition     = aws_db_instance.primary.multi_az && aws_db_instance.primary.storage_encrypted && aws_db_instance.primary.kms_key_id == var.rds_kms_key_arn
    error_message = "The primary must be multi-AZ and encrypted with the customer key."
  }

  assert {
    condition     = aws_db_instance.primary.manage_master_user_password && aws_db_instance.primary.master_user_secret_kms_key_id == var.rds_kms_key_arn && aws_db_instance.primary.password == null
    error_message = "The master password must be managed by Secrets Manager (KMS-encrypted), never set in configuration."
  }

  assert {
    condition     = !aws_db_instance.primary.publicly_accessible && alltrue([for r in aws_db_instance.replica : !r.publicly_accessible])
    error_message = "No database instance may be publicly accessible."
  }

  assert {
    condition     = anytrue([for p in aws_db_parameter_group.this.parameter : p.name == "rds.force_ssl" && p.value == "1"])
    error_message = "The parameter group must force SSL."
  }

  assert {
    condition     = aws_db_instance.primary.performance_insights_enabled && aws_db_instance.primary.performance_insights_kms_key_id == var.rds_kms_key_arn
    error_message = "Performance Insights must be on and encrypted with the customer key."
  }

  assert {
    condition     = aws_db_instance.primary.monitoring_interval == 60
    error_message = "Enhanced monitoring must be on."
  }

  assert {
    condition     = aws_db_instance.primary.backup_retention_period == 30 && aws_db_instance.primary.deletion_protection && !aws_db_instance.primary.skip_final_snapshot && aws_db_instance.primary.final_snapshot_identifier == "medimind-test-postgres-final"
    error_message = "Protected databases keep 30 days of backups, deletion protection and a final snapshot."
  }

  assert {
    condition     = length(aws_db_instance.replica) == 2 && alltrue([for r in aws_db_instance.replica : r.replicate_source_db == aws_db_instance.primary.identifier && r.storage_encrypted])
    error_message = "Expected 2 encrypted read replicas of the primary."
  }
}

run "redis_is_hipaa_grade" {
  command = plan

  module {
    source = "./data"
  }

  assert {
    condition     = aws_elasticache_replication_group.this.multi_az_enabled && aws_elasticache_replication_group.this.automatic_failover_enabled
    error_message = "Redis must be multi-AZ with automatic failover."
  }

  assert {
    condition     = aws_elasticache_replication_group.this.at_rest_encryption_enabled == "true" && aws_elasticache_replication_group.this.kms_key_id == var.elasticache_kms_key_arn && aws_elasticache_replication_group.this.transit_encryption_enabled
    error_message = "Redis must encrypt at rest (customer key) and in transit."
  }

  assert {
    condition     = aws_elasticache_replication_group.this.auth_token == var.redis_auth_token && aws_secretsmanager_secret.redis_auth.kms_key_id == var.elasticache_kms_key_arn
    error_message = "Redis requires the AUTH token, kept in a KMS-encrypted secret."
  }

  assert {
    condition     = aws_elasticache_replication_group.this.snapshot_retention_limit == 7
    error_message = "Redis snapshots must be kept."
  }
}

run "app_connection_secrets" {
  command = plan

  module {
    source = "./data"
  }

  assert {
    condition     = aws_secretsmanager_secret.database.name == "medimind-test/database" && aws_secretsmanager_secret.redis.name == "medimind-test/redis"
    error_message = "The connection secrets must be named <name_prefix>/database and <name_prefix>/redis (the ExternalSecret keys)."
  }

  assert {
    condition     = aws_secretsmanager_secret.database.kms_key_id == var.rds_kms_key_arn && aws_secretsmanager_secret.redis.kms_key_id == var.elasticache_kms_key_arn
    error_message = "The connection secrets must be encrypted with the customer keys the external-secrets role may decrypt."
  }

  assert {
    condition     = aws_secretsmanager_secret.database.tags["Consumer"] == "external-secrets" && aws_secretsmanager_secret.redis.tags["Name"] == "medimind-test/redis"
    error_message = "The connection secrets must be tagged."
  }

  assert {
    condition     = output.app_secret_properties.database == tolist(["dbname", "host", "port", "sslmode", "username"]) && output.app_secret_properties.redis == tolist(["auth_token", "host", "port", "tls"])
    error_message = "The database secret holds host, port, dbname, username, sslmode (IAM auth, no password); the Redis secret host, port, tls, auth_token."
  }

  assert {
    condition     = local.database_connection.username == "medimind_app" && local.database_connection.dbname == "medimind" && local.redis_connection.auth_token == var.redis_auth_token && local.redis_connection.tls == "true"
    error_message = "The database secret must name the IAM-auth user medimind_app; the Redis secret must carry the AUTH token with TLS on."
  }
}

run "unprotected_staging_database" {
  command = plan

  module {
    source = "./data"
  }

  variables {
    db_backup_retention_days = 7
    db_deletion_protection   = false
    db_read_replica_count    = 1
  }

  assert {
    condition     = !aws_db_instance.primary.deletion_protection && aws_db_instance.primary.skip_final_snapshot && aws_db_instance.primary.backup_retention_period == 7 && length(aws_db_instance.replica) == 1
    error_message = "Staging settings must flow through."
  }
}

run "rejects_bad_retention_and_token" {
  command = plan

  module {
    source = "./data"
  }

  variables {
    db_backup_retention_days    = 0
    db_read_replica_count       = 9
    redis_num_cache_clusters    = 1
    redis_auth_token            = "short"
    monitoring_interval_seconds = 0
  }

  expect_failures = [
    var.db_backup_retention_days,
    var.db_read_replica_count,
    var.redis_num_cache_clusters,
    var.redis_auth_token,
    var.monitoring_interval_seconds,
  ]
}
