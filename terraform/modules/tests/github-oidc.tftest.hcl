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
  name_prefix      = "medimind-production"
  environment      = "production"
  github_org       = "medimind"
  github_repo      = "medimind-delivery"
  account_id       = "111111111111"
  region           = "us-east-1"
  state_bucket_arn = "arn:aws:s3:::medimind-terraform-state"
  state_key_prefix = "production/"
}

run "creates_provider_and_pins_trust" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition     = aws_iam_openid_connect_provider.github[0].url == "https://token.actions.githubusercontent.com" && aws_iam_openid_connect_provider.github[0].client_id_list == toset(["sts.amazonaws.com"])
    error_message = "The GitHub OIDC provider must have the STS audience."
  }

  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.trust.statement : anytrue([
        for c in s.condition : c.test == "StringEquals" && c.variable == "token.actions.githubusercontent.com:sub" && c.values == tolist(["repo:medimind/medimind-delivery:environment:production"])
      ])
    ])
    error_message = "Trust must pin sub to the repository's production environment."
  }

  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.trust.statement : anytrue([
        for c in s.condition : c.test == "StringEquals" && c.variable == "token.actions.githubusercontent.com:aud" && c.values == tolist(["sts.amazonaws.com"])
      ])
    ])
    error_message = "Trust must pin aud to sts.amazonaws.com."
  }

  assert {
    condition     = aws_iam_role_policy_attachment.plan_read_only.policy_arn == "arn:aws:iam::aws:policy/ReadOnlyAccess"
    error_message = "The plan role is read-only."
  }
}

run "existing_provider_trust_json" {
  command = plan

  module {
    source = "./github-oidc"
  }

  variables {
    create_oidc_provider = false
    oidc_provider_arn    = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
  }

  assert {
    condition     = length(aws_iam_openid_connect_provider.github) == 0
    error_message = "No second provider when one exists."
  }

  # With a known provider ARN the trust document is rendered at plan time.
  assert {
    condition     = jsondecode(aws_iam_role.plan.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"] == "repo:medimind/medimind-delivery:environment:production"
    error_message = "The rendered plan role trust must pin the subject."
  }

  assert {
    condition     = jsondecode(aws_iam_role.deploy.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:aud"] == "sts.amazonaws.com"
    error_message = "The rendered deploy role trust must pin the audience."
  }

  assert {
    condition     = !strcontains(aws_iam_role.deploy.assume_role_policy, "*")
    error_message = "Trust policies must not contain wildcards."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_iam_role_policy.plan_state.policy).Statement : s.Effect == "Deny" && s.Action == "secretsmanager:GetSecretValue"])
    error_message = "The plan role must not read secret values."
  }
}

run "rejects_wildcard_repo_and_missing_provider" {
  command = plan

  module {
    source = "./github-oidc"
  }

  variables {
    github_repo          = "*"
    create_oidc_provider = false
    oidc_provider_arn    = null
  }

  expect_failures = [
    var.github_repo,
    var.oidc_provider_arn,
  ]
}
