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
  name_prefix              = "medimind-test"
  account_id               = "111111111111"
  region                   = "us-east-1"
  s3_kms_key_arn           = "arn:aws:kms:us-east-1:111111111111:key/s3"
  ebs_kms_key_arn          = "arn:aws:kms:us-east-1:111111111111:key/ebs"
  backup_retention_days    = 2190
  audit_log_retention_days = 2557
}

run "buckets_are_locked_down" {
  command = plan

  module {
    source = "./storage"
  }

  assert {
    condition     = toset(keys(aws_s3_bucket.this)) == toset(["model-artifacts", "backups", "audit-logs"])
    error_message = "Expected the model artifacts, backups and audit log buckets."
  }

  assert {
    condition     = alltrue([for v in aws_s3_bucket_versioning.this : v.versioning_configuration[0].status == "Enabled"])
    error_message = "Every bucket must be versioned."
  }

  assert {
    condition     = alltrue([for e in aws_s3_bucket_server_side_encryption_configuration.this : one([for r in e.rule : one(r.apply_server_side_encryption_by_default[*].sse_algorithm)]) == "aws:kms" && one([for r in e.rule : one(r.apply_server_side_encryption_by_default[*].kms_master_key_id)]) == var.s3_kms_key_arn])
    error_message = "Every bucket must be encrypted with the customer KMS key."
  }

  assert {
    condition     = alltrue([for b in aws_s3_bucket_public_access_block.this : b.block_public_acls && b.block_public_policy && b.ignore_public_acls && b.restrict_public_buckets])
    error_message = "Every bucket must block all public access."
  }

  assert {
    condition     = alltrue([for k, d in data.aws_iam_policy_document.bucket : anytrue([for s in d.statement : s.effect == "Deny" && anytrue([for c in s.condition : c.variable == "aws:SecureTransport" && c.values == tolist(["false"])])])])
    error_message = "Every bucket policy must deny requests without TLS."
  }

  assert {
    condition     = anytrue([for s in data.aws_iam_policy_document.bucket["audit-logs"].statement : s.sid == "CloudTrailWrite"]) && !anytrue([for s in data.aws_iam_policy_document.bucket["backups"].statement : s.sid == "CloudTrailWrite"])
    error_message = "Only the audit bucket accepts CloudTrail."
  }

  assert {
    condition     = alltrue([for l in aws_s3_bucket_lifecycle_configuration.this : length(l.rule) > 0])
    error_message = "Every bucket needs a lifecycle rule."
  }

  assert {
    condition     = one([for r in aws_s3_bucket_lifecycle_configuration.this["audit-logs"].rule : one(r.expiration[*].days)]) == 2557
    error_message = "Audit logs expire only after the retention period."
  }

  assert {
    condition     = aws_ebs_encryption_by_default.this.enabled && aws_ebs_default_kms_key.this.key_arn == var.ebs_kms_key_arn
    error_message = "EBS encryption by default must be on with the EBS key."
  }

  assert {
    condition     = alltrue([for b in aws_s3_bucket.this : !b.force_destroy])
    error_message = "Buckets are not force-destroyable by default."
  }
}

run "rejects_short_audit_retention" {
  command = plan

  module {
    source = "./storage"
  }

  variables {
    audit_log_retention_days = 365
    backup_retention_days    = 1
  }

  expect_failures = [
    var.audit_log_retention_days,
    var.backup_retention_days,
  ]
}
