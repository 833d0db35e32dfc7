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

run "certificate" {
  command = plan

  module {
    source = "./ingress"
  }

  variables {
    domain_name = "api.medimind.example"
  }

  assert {
    condition     = aws_acm_certificate.this.domain_name == "api.medimind.example" && aws_acm_certificate.this.validation_method == "DNS"
    error_message = "The ALB certificate is DNS-validated for the API host."
  }

  assert {
    condition     = output.ssl_policy == "ELBSecurityPolicy-TLS13-1-2-2021-06"
    error_message = "ALBs must negotiate TLS 1.2 or 1.3 only."
  }
}

run "rejects_bad_domain" {
  command = plan

  module {
    source = "./ingress"
  }

  variables {
    domain_name = "https://API.example"
  }

  expect_failures = [var.domain_name]
}

run "repositories" {
  command = plan

  module {
    source = "./ecr"
  }

  variables {
    name_prefix = "medimind-test"
    kms_key_arn = "arn:aws:kms:us-east-1:111111111111:key/ecr"
  }

  assert {
    condition     = toset(keys(aws_ecr_repository.this)) == toset(["ml-pipeline", "backend-api"])
    error_message = "One repository per service."
  }

  assert {
    condition     = alltrue([for r in aws_ecr_repository.this : r.image_tag_mutability == "IMMUTABLE" && r.image_scanning_configuration[0].scan_on_push && r.encryption_configuration[0].encryption_type == "KMS"])
    error_message = "Repositories must be immutable, scanned on push and KMS-encrypted."
  }
}
