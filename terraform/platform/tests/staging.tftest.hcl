# Run with: terraform test -filter=tests/staging.tftest.hcl -var-file=environments/staging.tfvars
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


run "staging_plan" {
  command = plan

  assert {
    condition     = module.data.app_secret_names.database == "medimind-staging/database" && module.data.app_secret_names.redis == "medimind-staging/redis"
    error_message = "The ExternalSecrets read medimind-staging/database and medimind-staging/redis: terraform must create them."
  }

  assert {
    condition     = local.tags["Environment"] == "staging" && local.tags["DataClassification"] == "phi"
    error_message = "Staging resources must carry the environment and data classification tags."
  }

  assert {
    condition     = module.network.nat_gateway_count == 1 && length(module.network.availability_zones) == 2
    error_message = "Staging spans 2 AZs sharing one NAT gateway."
  }

  assert {
    condition     = !module.data.postgres_settings.deletion_protection && module.data.postgres_settings.skip_final_snapshot
    error_message = "Staging databases can be torn down without a final snapshot."
  }

  assert {
    condition     = module.data.postgres_settings.backup_retention_period == 7 && module.data.postgres_settings.replica_count == 1
    error_message = "Staging keeps 7 days of backups and 1 read replica."
  }

  assert {
    condition = (
      module.data.postgres_settings.multi_az &&
      module.data.postgres_settings.storage_encrypted &&
      !module.data.postgres_settings.publicly_accessible &&
      module.data.redis_settings.transit_encryption_enabled &&
      module.data.redis_settings.at_rest_encryption_enabled == "true"
    )
    error_message = "Staging holds PHI-shaped data too: the same encryption and isolation as production."
  }

  assert {
    condition     = module.eks.node_group_scaling["gpu"].max_size == 2 && module.eks.node_group_scaling["app"].max_size == 6 && module.eks.node_group_scaling["app"].capacity_type == "SPOT"
    error_message = "Staging node groups are smaller than production's."
  }
}

run "accepts_three_azs" {
  command = plan

  variables {
    availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
  }

  assert {
    condition     = length(module.network.availability_zones) == 3 && module.network.nat_gateway_count == 1
    error_message = "Staging may span 3 AZs and still share a single NAT gateway."
  }
}

run "rejects_four_azs" {
  command = plan

  variables {
    availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"]
  }

  expect_failures = [var.availability_zones]
}

run "rejects_more_nat_gateways_than_azs" {
  command = plan

  variables {
    nat_gateway_count = 3
  }

  expect_failures = [var.nat_gateway_count]
}

run "rejects_zone_outside_region" {
  command = plan

  variables {
    availability_zones = ["eu-west-1a", "us-east-1b"]
  }

  expect_failures = [var.availability_zones]
}
