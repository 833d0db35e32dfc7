environment         = "production"
region              = "us-east-1"
account_id          = "111111111111"
owner               = "platform-engineering"
data_classification = "phi"
state_bucket        = "medimind-terraform-state"

vpc_cidr           = "10.20.0.0/16"
availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
nat_gateway_count  = 3
log_retention_days = 365

cluster_version         = "1.34"
eks_public_access_cidrs = ["203.0.113.0/24"]

node_groups = {
  system = {
    instance_types = ["m6i.xlarge"]
    min_size       = 3
    desired_size   = 3
    max_size       = 6
    disk_size_gb   = 100
  }
  app = {
    instance_types = ["m6i.2xlarge", "m6a.2xlarge", "m5.2xlarge", "m7i.2xlarge"]
    min_size       = 3
    desired_size   = 6
    max_size       = 20
    disk_size_gb   = 100
  }
  gpu = {
    instance_types = ["p4d.24xlarge"]
    min_size       = 1
    desired_size   = 2
    max_size       = 8
    disk_size_gb   = 500
  }
}

postgres_engine_version       = "16.6"
db_instance_class             = "db.r6g.2xlarge"
db_read_replica_count         = 2
db_backup_retention_days      = 30
db_deletion_protection        = true
redis_node_type               = "cache.r7g.xlarge"
redis_num_cache_clusters      = 3
redis_snapshot_retention_days = 14

s3_backup_retention_days = 2190
audit_log_retention_days = 2557
s3_force_destroy         = false
kms_deletion_window_days = 30

github_org  = "medimind"
github_repo = "medimind-delivery"

domain_name = "api.medimind.example"

alert_emails = ["oncall@medimind.example"]
