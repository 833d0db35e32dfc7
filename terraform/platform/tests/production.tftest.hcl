# Run with: terraform test -filter=tests/production.tftest.hcl -var-file=environments/production.tfvars
# (from terraform/platform, after terraform init -backend=false).
# Offline: this provider block replaces the root one for the tests (fake keys,
# no credential, account or metadata lookups), so every run is a real plan.
provider "aws" {
  region                      = var.region
  access_key                  = "AKIATESTTESTTESTTEST"
  secret_key                  = "fake-secret-for-offline-tests"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

variables {
  # Fake: in the pipeline this comes from Secrets Manager (TF_VAR_redis_auth_token).
  redis_auth_token = "FAKE-offline-test-token-not-a-secret"
}


run "production_plan" {
  command = plan

  assert {
    condition     = module.data.app_secret_names.database == "medimind-production/database" && module.data.app_secret_names.redis == "medimind-production/redis"
    error_message = "The ExternalSecrets read medimind-production/database and medimind-production/redis: terraform must create them."
  }

  assert {
    condition     = local.tags["Environment"] == "production" && local.tags["DataClassification"] == "phi" && local.tags["Owner"] != "" && local.tags["Service"] == "medimind"
    error_message = "Every resource must be tagged with environment, service, owner and data classification."
  }

  assert {
    condition     = module.network.nat_gateway_count == 3 && length(module.network.availability_zones) == 3
    error_message = "Production spans 3 AZs with a NAT gateway in each."
  }

  assert {
    condition     = module.data.postgres_settings.deletion_protection && !module.data.postgres_settings.skip_final_snapshot
    error_message = "The production database needs deletion protection and a final snapshot."
  }

  assert {
    condition     = module.data.postgres_settings.backup_retention_period == 30
    error_message = "Production keeps 30 days of database backups."
  }

  assert {
    condition     = module.data.postgres_settings.replica_count == 2
    error_message = "Production runs 2 read replicas."
  }

  assert {
    condition = (
      module.data.postgres_settings.multi_az &&
      module.data.postgres_settings.storage_encrypted &&
      !module.data.postgres_settings.publicly_accessible &&
      module.data.postgres_settings.managed_master_password &&
      module.data.postgres_settings.performance_insights &&
      module.data.postgres_settings.monitoring_interval > 0
    )
    error_message = "PostgreSQL must be multi-AZ, encrypted, private, with a managed password, Performance Insights and enhanced monitoring."
  }

  assert {
    condition = (
      module.data.redis_settings.multi_az &&
      module.data.redis_settings.automatic_failover &&
      module.data.redis_settings.at_rest_encryption_enabled == "true" &&
      module.data.redis_settings.transit_encryption_enabled &&
      module.data.redis_settings.num_cache_clusters == 3
    )
    error_message = "Redis must be a 3-node multi-AZ group, encrypted at rest and in transit."
  }

  assert {
    condition = (
      module.eks.node_group_scaling["gpu"].min_size == 1 && module.eks.node_group_scaling["gpu"].max_size == 8 &&
      module.eks.node_group_scaling["app"].capacity_type == "SPOT" && module.eks.node_group_scaling["app"].max_size == 20 &&
      module.eks.node_group_scaling["system"].capacity_type == "ON_DEMAND" && module.eks.node_group_scaling["system"].min_size >= 3
    )
    error_message = "Production node groups: system >= 3 on demand, app up to 20 on spot, gpu 1-8."
  }

  assert {
    condition     = toset(keys(module.storage.bucket_names)) == toset(["model-artifacts", "backups", "audit-logs"])
    error_message = "Production needs the three buckets."
  }

  assert {
    condition     = toset(keys(module.irsa.role_arns)) == toset(["ml-pipeline", "backend", "external-secrets", "aws-load-balancer-controller", "cluster-autoscaler"])
    error_message = "Production needs the five IRSA roles."
  }
}

run "rejects_unknown_environment" {
  command = plan

  variables {
    environment = "prod"
  }

  expect_failures = [var.environment]
}

run "rejects_weakened_production" {
  command = plan

  variables {
    availability_zones       = ["us-east-1a", "us-east-1b"]
    nat_gateway_count        = 2
    db_deletion_protection   = false
    db_backup_retention_days = 7
    s3_force_destroy         = true
  }

  expect_failures = [
    var.availability_zones,
    var.db_deletion_protection,
    var.db_backup_retention_days,
    var.s3_force_destroy,
  ]
}

run "rejects_malformed_values" {
  command = plan

  variables {
    vpc_cidr                = "10.0.0.0/33"
    eks_public_access_cidrs = ["0.0.0.0/0"]
    log_retention_days      = 30
    account_id              = "12345"
    node_groups = {
      system = { instance_types = ["m6i.xlarge"], min_size = 3, desired_size = 2, max_size = 6, disk_size_gb = 100 }
      app    = { instance_types = ["m6i.2xlarge", "m6a.2xlarge"], min_size = 3, desired_size = 6, max_size = 20, disk_size_gb = 100 }
      gpu    = { instance_types = ["p4d.24xlarge"], min_size = 1, desired_size = 2, max_size = 8, disk_size_gb = 500 }
    }
  }

  expect_failures = [
    var.vpc_cidr,
    var.eks_public_access_cidrs,
    var.log_retention_days,
    var.account_id,
    var.node_groups,
  ]
}

# Issue 9 items 3 and 4, on the whole platform: the release role is only the
# deployer group in EKS, cluster admin belongs to the bootstrap role alone,
# and each workflow role trusts its own subjects.
run "workflow_roles_least_privilege" {
  command = plan

  assert {
    condition     = !contains(keys(module.eks.access_policies), "github-deploy") && toset(module.eks.access_entry_groups["github-deploy"]) == toset(["medimind:deployers"])
    error_message = "The release (deploy) role's access entry must carry only the deployer group, no EKS access policy."
  }

  assert {
    condition     = [for k, p in module.eks.access_policies : k if endswith(p.policy_arn, "/AmazonEKSClusterAdminPolicy")] == ["github-bootstrap"]
    error_message = "Only the bootstrap role may be cluster admin."
  }

  assert {
    condition     = output.github_trusted_subjects.bootstrap == ["repo:medimind/medimind-delivery:environment:production-bootstrap"] && output.bootstrap_environment == "production-bootstrap"
    error_message = "The bootstrap role is bound to its own protected environment."
  }

  assert {
    condition     = output.github_trusted_subjects.apply == ["repo:medimind/medimind-delivery:environment:production"] && output.github_trusted_subjects.deploy == ["repo:medimind/medimind-delivery:environment:production"]
    error_message = "The apply and deploy roles trust only the production environment."
  }

  assert {
    condition     = contains(output.github_trusted_subjects.plan, "repo:medimind/medimind-delivery:pull_request") && length([for s in output.github_trusted_subjects.plan : s if strcontains(s, ":environment:")]) == 0
    error_message = "The plan role trusts pull requests (its job has no environment)."
  }

  assert {
    condition     = output.evidence_bucket_name == "medimind-production-release-evidence-111111111111" && module.evidence.retention.mode == "COMPLIANCE" && module.evidence.retention.years == 6
    error_message = "Release evidence is kept six years under compliance-mode Object Lock."
  }
}
