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
  bucket_name      = "medimind-production-release-evidence-111111111111"
  account_id       = "111111111111"
  region           = "us-east-1"
  writer_role_arns = ["arn:aws:iam::111111111111:role/medimind-production-github-deploy"]
}

run "evidence_is_locked_six_years_and_encrypted" {
  command = plan

  module {
    source = "./evidence"
  }

  assert {
    condition     = aws_s3_bucket.this.object_lock_enabled && !aws_s3_bucket.this.force_destroy
    error_message = "The evidence bucket is created with Object Lock and never force-destroyed."
  }

  assert {
    condition     = aws_s3_bucket_object_lock_configuration.this.rule[0].default_retention[0].mode == "COMPLIANCE" && aws_s3_bucket_object_lock_configuration.this.rule[0].default_retention[0].years == 6
    error_message = "Records are kept in compliance mode for six years."
  }

  assert {
    condition     = aws_s3_bucket_versioning.this.versioning_configuration[0].status == "Enabled"
    error_message = "Object Lock needs versioning."
  }

  assert {
    condition     = one(aws_s3_bucket_server_side_encryption_configuration.this.rule).apply_server_side_encryption_by_default[0].sse_algorithm == "aws:kms" && aws_kms_key.this.enable_key_rotation
    error_message = "Records are encrypted with the bucket's own rotating KMS key."
  }

  assert {
    condition     = aws_s3_bucket_public_access_block.this.block_public_policy && aws_s3_bucket_public_access_block.this.restrict_public_buckets && aws_s3_bucket_public_access_block.this.block_public_acls && aws_s3_bucket_public_access_block.this.ignore_public_acls
    error_message = "The evidence bucket is never public."
  }

  assert {
    condition     = one([for s in jsondecode(aws_kms_key.this.policy).Statement : s if s.Sid == "WriterEncryptsThroughS3"]).Condition.StringEquals["kms:ViaService"] == "s3.us-east-1.amazonaws.com"
    error_message = "The writer uses the key only through S3."
  }
}

run "rejects_short_retention" {
  command = plan

  module {
    source = "./evidence"
  }

  variables {
    retention_years = 1
  }

  expect_failures = [var.retention_years]
}

run "bucket_policy_allows_default_encryption" {
  command = plan

  module {
    source = "./evidence"
  }

  # A Deny on a missing header would refuse every PutObject that relies on the
  # bucket's default encryption: each encryption Deny applies only when the
  # header is present (Null = false) and names something else.
  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.bucket.statement : s.sid == "DenyInsecureTransport" || anytrue([for c in s.condition : c.test == "Null" && c.values == tolist(["false"])])
    ])
    error_message = "Encryption denies must apply only when the request names an encryption header."
  }
}
