# MediMind platform: the one root module of every environment. An environment
# is a variable file and a backend configuration, nothing else:
#   terraform init -backend-config=environments/<env>.s3.tfbackend
#   terraform plan -var-file=environments/<env>.tfvars
# Each component of the seed document lives in the module named after it:
#   network     Multi-AZ VPC, public/private/database subnets, NAT gateways, flow logs
#   kms         customer-managed keys (rotation on) for every data domain
#   eks         EKS cluster, IRSA provider, access entries, system/app(spot)/gpu(A100) node groups
#   data        RDS PostgreSQL (multi-AZ + read replicas), ElastiCache Redis
#   storage     S3 buckets (model artifacts, backups, audit logs), EBS encryption by default
#   irsa        IAM roles for the ML pipeline, backend, External Secrets, LB controller, autoscaler
#   github-oidc GitHub OIDC provider, the workflows' roles (plan read-only, apply,
#               deploy, bootstrap) each with its own trust, the permissions boundary
#               of every other role, the plan bundle KMS key
#   evidence    release evidence records: S3 Object Lock (compliance, 6 years), KMS
#   audit       CloudTrail
#   monitoring  SNS alert topic and CloudWatch alarms
#   ingress     ACM certificate and TLS policy of the ALBs (created by the LB controller)
#   ecr         container image repositories, scan on push (vulnerability scanning)

locals {
  name_prefix  = "medimind-${var.environment}"
  cluster_name = "medimind-${var.environment}"

  # Bucket names are global: the account ID keeps them unique.
  evidence_bucket_name = "${local.name_prefix}-release-evidence-${var.account_id}"
  # Every role outside the github-* ones carries this boundary (the apply role
  # may create or change a role only when it does).
  permissions_boundary_arn = module.github_oidc.permissions_boundary_arn

  tags = {
    Environment        = var.environment
    Service            = "medimind"
    Owner              = var.owner
    DataClassification = var.data_classification
    ManagedBy          = "terraform"
  }
}

module "kms" {
  source = "../modules/kms"

  name_prefix             = local.name_prefix
  account_id              = var.account_id
  region                  = var.region
  deletion_window_in_days = var.kms_deletion_window_days
}

module "network" {
  source = "../modules/network"

  name_prefix             = local.name_prefix
  cluster_name            = local.cluster_name
  vpc_cidr                = var.vpc_cidr
  availability_zones      = var.availability_zones
  nat_gateway_count       = var.nat_gateway_count
  flow_log_retention_days = var.log_retention_days
  logs_kms_key_arn        = module.kms.key_arns["logs"]

  permissions_boundary_arn = local.permissions_boundary_arn
}

module "github_oidc" {
  source = "../modules/github-oidc"

  name_prefix          = local.name_prefix
  environment          = var.environment
  github_org           = var.github_org
  github_repo          = var.github_repo
  create_oidc_provider = var.create_github_oidc_provider
  oidc_provider_arn    = var.github_oidc_provider_arn
  account_id           = var.account_id
  region               = var.region
  state_bucket_arn     = "arn:aws:s3:::${var.state_bucket}"
  state_key_prefix     = "${var.environment}/"
  plan_branches        = var.github_plan_branches
  cluster_name         = local.cluster_name
  evidence_bucket_arn  = "arn:aws:s3:::${local.evidence_bucket_name}"

  kms_deletion_window_days = var.kms_deletion_window_days
}

module "evidence" {
  source = "../modules/evidence"

  bucket_name              = local.evidence_bucket_name
  account_id               = var.account_id
  region                   = var.region
  writer_role_arns         = [module.github_oidc.deploy_role_arn]
  retention_years          = var.evidence_retention_years
  kms_deletion_window_days = var.kms_deletion_window_days
}

module "eks" {
  source = "../modules/eks"

  cluster_name        = local.cluster_name
  cluster_version     = var.cluster_version
  vpc_id              = module.network.vpc_id
  subnet_ids          = module.network.private_subnet_ids
  public_access_cidrs = var.eks_public_access_cidrs
  secrets_kms_key_arn = module.kms.key_arns["eks"]
  ebs_kms_key_arn     = module.kms.key_arns["ebs"]
  logs_kms_key_arn    = module.kms.key_arns["logs"]
  log_retention_days  = var.log_retention_days
  access_entries = {
    # kubernetes_groups: the groups k8s/base/apps/rbac.yaml binds (deployer,
    # readiness-reader Roles); test/consistency checks that they agree.
    # The release role gets no EKS access policy: it is only the group bound
    # to the namespaced deployer Role (no Secrets, nothing cluster-wide).
    github-deploy = { principal_arn = module.github_oidc.deploy_role_arn, kubernetes_groups = ["medimind:deployers"] }
    github-plan   = { principal_arn = module.github_oidc.plan_role_arn, access = "view", kubernetes_groups = ["medimind:viewers"] }
    # Platform bootstrap (namespaces, RBAC, controllers) is cluster admin, so
    # it has its own role, trusted only in the protected bootstrap environment.
    github-bootstrap = { principal_arn = module.github_oidc.bootstrap_role_arn, access = "admin" }
  }
  permissions_boundary_arn = local.permissions_boundary_arn
  node_groups              = var.node_groups
}

module "data" {
  source = "../modules/data"

  name_prefix             = local.name_prefix
  vpc_id                  = module.network.vpc_id
  database_subnet_ids     = module.network.database_subnet_ids
  client_security_groups  = { eks-cluster = module.eks.cluster_security_group_id }
  rds_kms_key_arn         = module.kms.key_arns["rds"]
  elasticache_kms_key_arn = module.kms.key_arns["elasticache"]

  postgres_engine_version  = var.postgres_engine_version
  db_instance_class        = var.db_instance_class
  db_read_replica_count    = var.db_read_replica_count
  db_backup_retention_days = var.db_backup_retention_days
  db_deletion_protection   = var.db_deletion_protection

  redis_node_type               = var.redis_node_type
  redis_num_cache_clusters      = var.redis_num_cache_clusters
  redis_snapshot_retention_days = var.redis_snapshot_retention_days
  redis_auth_token              = var.redis_auth_token

  permissions_boundary_arn = local.permissions_boundary_arn
}

module "storage" {
  source = "../modules/storage"

  name_prefix              = local.name_prefix
  account_id               = var.account_id
  region                   = var.region
  s3_kms_key_arn           = module.kms.key_arns["s3"]
  ebs_kms_key_arn          = module.kms.key_arns["ebs"]
  backup_retention_days    = var.s3_backup_retention_days
  audit_log_retention_days = var.audit_log_retention_days
  force_destroy            = var.s3_force_destroy
}

module "irsa" {
  source = "../modules/irsa"

  name_prefix                = local.name_prefix
  account_id                 = var.account_id
  region                     = var.region
  cluster_name               = module.eks.cluster_name
  oidc_provider_arn          = module.eks.oidc_provider_arn
  oidc_issuer_url            = module.eks.oidc_issuer_url
  model_artifacts_bucket_arn = module.storage.bucket_arns["model-artifacts"]
  backups_bucket_arn         = module.storage.bucket_arns["backups"]
  s3_kms_key_arn             = module.kms.key_arns["s3"]
  secret_kms_key_arns        = [module.kms.key_arns["rds"], module.kms.key_arns["elasticache"]]
  secret_arns                = [module.data.db_master_secret_arn]
  permissions_boundary_arn   = local.permissions_boundary_arn
}

module "audit" {
  source = "../modules/audit"

  name_prefix            = local.name_prefix
  audit_bucket_name      = module.storage.bucket_names["audit-logs"]
  cloudtrail_kms_key_arn = module.kms.key_arns["cloudtrail"]
  data_event_bucket_arns = [module.storage.bucket_arns["model-artifacts"], module.storage.bucket_arns["backups"]]

  # CloudTrail checks the bucket policy when the trail is created.
  depends_on = [module.storage]
}

module "monitoring" {
  source = "../modules/monitoring"

  name_prefix             = local.name_prefix
  sns_kms_key_arn         = module.kms.key_arns["sns"]
  alert_emails            = var.alert_emails
  db_instance_identifiers = concat([module.data.db_instance_identifier], module.data.db_replica_identifiers)
  redis_cluster_ids       = module.data.redis_member_cluster_ids
}

module "ingress" {
  source = "../modules/ingress"

  domain_name = var.domain_name
}

module "ecr" {
  source = "../modules/ecr"

  name_prefix = local.name_prefix
  kms_key_arn = module.kms.key_arns["ecr"]
}
