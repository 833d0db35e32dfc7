environment         = "staging"
region              = "us-east-1"
account_id          = "222222222222"
owner               = "platform-engineering"
data_classification = "phi"
state_bucket        = "medimind-terraform-state"

vpc_cidr           = "10.10.0.0/16"
availability_zones = ["us-east-1a", "us-east-1b"]
nat_gateway_count  = 1
log_retention_days = 90

cluster_version         = "1.34"
eks_public_access_cidrs = ["203.0.113.0/24"]

node_groups = {
  system = {
    instance_types = ["m6i.large"]
    min_size       = 2
    desired_size   = 2
    max_size       = 3
    disk_size_gb   = 50
  }
  app = {
    instance_types = ["m6i.xlarge", "m6a.xlarge", "m5.xlarge"]
    min_size       = 1
    desired_size   = 2
    max_size       = 6
    disk_size_gb   = 50
  }
  gpu = {
    instance_types = ["p4d.24xlarge"]
    min_size       = 1
    desired_size   = 1
    max_size       = 2
    disk_size_gb   = 200
  }
}

postgres_engine_version       = "16.6"
db_instance_class             = "db.r6g.large"
db_read_replica_count         = 1
db_backup_retention_days      = 7
db_deletion_protection        = false
redis_node_type               = "cache.r7g.large"
redis_num_cache_clusters      = 2
redis_snapshot_retention_days = 3

s3_backup_retention_days = 90
audit_log_retention_days = 2190
s3_force_destroy         = true
kms_deletion_window_days = 7

github_org  = "medimind"
github_repo = "medimind-delivery"

domain_name = "api.staging.medimind.example"

alert_emails = ["platform-staging@medimind.example"]
