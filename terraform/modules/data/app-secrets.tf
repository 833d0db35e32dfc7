# Connection secrets the workloads read through the External Secrets Operator
# (k8s/base/apps/external-secrets.yaml extracts every JSON property into the
# Kubernetes Secret of the same name). Names live under <name_prefix>/, the
# prefix the external-secrets IRSA role may read; each is encrypted with the
# data domain's customer key that role may decrypt.
#
# The database secret carries no password: backend-api connects with IAM
# database authentication as medimind_app (its IRSA role grants
# rds-db:connect), so no database credential is ever written to state.

locals {
  app_db_username = "medimind_app"

  database_connection = {
    host     = aws_db_instance.primary.address
    port     = tostring(aws_db_instance.primary.port)
    dbname   = aws_db_instance.primary.db_name
    username = local.app_db_username
    # rds.force_ssl refuses plain connections; IAM tokens need TLS anyway.
    sslmode = "require"
  }

  redis_connection = {
    host       = aws_elasticache_replication_group.this.primary_endpoint_address
    port       = tostring(aws_elasticache_replication_group.this.port)
    tls        = "true"
    auth_token = var.redis_auth_token
  }
}

resource "aws_secretsmanager_secret" "database" {
  name        = "${var.name_prefix}/database"
  description = "PostgreSQL connection settings of ${var.name_prefix} for IAM database authentication as ${local.app_db_username} (no password)"
  kms_key_id  = var.rds_kms_key_arn

  tags = {
    Name     = "${var.name_prefix}/database"
    Consumer = "external-secrets"
  }
}

resource "aws_secretsmanager_secret_version" "database" {
  secret_id     = aws_secretsmanager_secret.database.id
  secret_string = jsonencode(local.database_connection)
}

resource "aws_secretsmanager_secret" "redis" {
  name        = "${var.name_prefix}/redis"
  description = "Redis connection settings and AUTH token of ${var.name_prefix}"
  kms_key_id  = var.elasticache_kms_key_arn

  tags = {
    Name     = "${var.name_prefix}/redis"
    Consumer = "external-secrets"
  }
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = jsonencode(local.redis_connection)
}
