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
  name_prefix = "medimind-test"
  account_id  = "111111111111"
  region      = "us-east-1"
}

run "keys_rotate" {
  command = plan

  module {
    source = "./kms"
  }

  assert {
    condition     = length(aws_kms_key.this) == 9
    error_message = "Expected one key per data domain (9)."
  }

  assert {
    condition     = alltrue([for k in aws_kms_key.this : k.enable_key_rotation])
    error_message = "Every customer-managed key must rotate."
  }

  assert {
    condition     = alltrue([for k in aws_kms_key.this : k.deletion_window_in_days == 30])
    error_message = "Keys default to the longest deletion window."
  }

  assert {
    condition     = contains(jsondecode(data.aws_iam_policy_document.key["logs"].json).Statement[1].Principal.Service == null ? [] : flatten([jsondecode(data.aws_iam_policy_document.key["logs"].json).Statement[1].Principal.Service]), "logs.us-east-1.amazonaws.com")
    error_message = "The logs key must let CloudWatch Logs of the region use it."
  }

  assert {
    condition     = length(jsondecode(data.aws_iam_policy_document.key["rds"].json).Statement) == 1
    error_message = "Keys without a service consumer grant nothing beyond the account."
  }
}

run "rejects_bad_account_and_window" {
  command = plan

  module {
    source = "./kms"
  }

  variables {
    account_id              = "1234"
    deletion_window_in_days = 3
  }

  expect_failures = [
    var.account_id,
    var.deletion_window_in_days,
  ]
}
