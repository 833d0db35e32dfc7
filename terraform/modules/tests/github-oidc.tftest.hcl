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
  name_prefix         = "medimind-production"
  environment         = "production"
  github_org          = "medimind"
  github_repo         = "medimind-delivery"
  account_id          = "111111111111"
  region              = "us-east-1"
  state_bucket_arn    = "arn:aws:s3:::medimind-terraform-state"
  state_key_prefix    = "production/"
  cluster_name        = "medimind-production"
  evidence_bucket_arn = "arn:aws:s3:::medimind-production-release-evidence-111111111111"
  # A known provider ARN renders every policy document at plan time.
  create_oidc_provider = false
  oidc_provider_arn    = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
}

run "creates_provider_and_pins_audience" {
  command = plan

  module {
    source = "./github-oidc"
  }

  variables {
    create_oidc_provider = true
    oidc_provider_arn    = null
  }

  assert {
    condition     = aws_iam_openid_connect_provider.github[0].url == "https://token.actions.githubusercontent.com" && aws_iam_openid_connect_provider.github[0].client_id_list == toset(["sts.amazonaws.com"])
    error_message = "The GitHub OIDC provider must have the STS audience."
  }

  assert {
    condition = alltrue(flatten([
      for d in data.aws_iam_policy_document.trust : [
        for s in d.statement : anytrue([
          for c in s.condition : c.test == "StringEquals" && c.variable == "token.actions.githubusercontent.com:aud" && c.values == tolist(["sts.amazonaws.com"])
        ])
      ]
    ]))
    error_message = "Every trust policy must pin aud to sts.amazonaws.com."
  }
}

# Issue 9 item 4: one trust policy per role. The plan job declares no
# environment, so the plan role trusts pull requests and named branches; the
# apply and deploy roles trust only the environment, the bootstrap role only
# its own protected environment.
run "separate_trust_per_role" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition     = toset(flatten([jsondecode(aws_iam_role.plan.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"]])) == toset(["repo:medimind/medimind-delivery:pull_request", "repo:medimind/medimind-delivery:ref:refs/heads/main"])
    error_message = "The plan role trusts pull requests and the main branch, nothing else."
  }

  assert {
    condition = alltrue([
      for role in [aws_iam_role.apply, aws_iam_role.deploy] :
      flatten([jsondecode(role.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"]]) == ["repo:medimind/medimind-delivery:environment:production"]
    ])
    error_message = "The apply and deploy roles trust only jobs in the production environment."
  }

  assert {
    condition     = flatten([jsondecode(aws_iam_role.bootstrap.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"]]) == ["repo:medimind/medimind-delivery:environment:production-bootstrap"]
    error_message = "The bootstrap role trusts only its own protected environment."
  }

  assert {
    condition     = alltrue([for r in [aws_iam_role.apply, aws_iam_role.deploy, aws_iam_role.bootstrap] : !strcontains(r.assume_role_policy, "pull_request") && !strcontains(r.assume_role_policy, "refs/heads")])
    error_message = "No role that can write may be assumed by a pull request or a branch run."
  }

  assert {
    condition     = alltrue([for r in [aws_iam_role.plan, aws_iam_role.apply, aws_iam_role.deploy, aws_iam_role.bootstrap] : !strcontains(r.assume_role_policy, "*")])
    error_message = "Trust policies must not contain wildcards."
  }

  assert {
    condition     = output.trusted_subjects.plan == ["repo:medimind/medimind-delivery:pull_request", "repo:medimind/medimind-delivery:ref:refs/heads/main"] && output.trusted_subjects.apply == ["repo:medimind/medimind-delivery:environment:production"]
    error_message = "The trusted_subjects output must be what the trust policies say (the workflow consistency test reads it)."
  }
}

run "plan_role_writes_only_lock_files" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition     = aws_iam_role_policy_attachment.plan_read_only.policy_arn == "arn:aws:iam::aws:policy/ReadOnlyAccess"
    error_message = "The plan role is read-only."
  }

  assert {
    condition = alltrue([
      for s in jsondecode(aws_iam_role_policy.plan_state.policy).Statement :
      s.Effect == "Deny" || length([for a in flatten([s.Action]) : a if !startswith(a, "s3:Get") && !startswith(a, "s3:List")]) == 0 || flatten([s.Resource]) == ["arn:aws:s3:::medimind-terraform-state/production/*.tflock"]
    ])
    error_message = "The plan role may Put/Delete only *.tflock under its state prefix."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_iam_role_policy.plan_state.policy).Statement : s.Effect == "Allow" && toset(flatten([s.Action])) == toset(["s3:PutObject", "s3:DeleteObject"])])
    error_message = "The plan role needs the lock file (S3 native locking)."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_iam_role_policy.plan_state.policy).Statement : s.Effect == "Deny" && s.Action == "secretsmanager:GetSecretValue"])
    error_message = "The plan role must not read secret values."
  }
}

# Issue 9 item 3: role creation needs the permissions boundary and only
# allow-listed managed policies can be attached, so the apply role cannot
# create or widen a role into an administrator.
run "apply_role_cannot_escalate" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition = alltrue([
      for s in jsondecode(aws_iam_role_policy.apply_iam.policy).Statement :
      s.Effect == "Deny" || length(setintersection(toset(flatten([try(s.Action, [])])), toset(["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary", "iam:DeleteRolePolicy", "iam:DetachRolePolicy"]))) == 0 || try(s.Condition.StringEquals["iam:PermissionsBoundary"], "") == "arn:aws:iam::111111111111:policy/medimind-production-workload-boundary"
    ])
    error_message = "Every statement letting the apply role create a role or change its permissions must require the workload permissions boundary."
  }

  assert {
    condition = alltrue([
      for s in jsondecode(aws_iam_role_policy.apply_iam.policy).Statement :
      s.Effect == "Deny" || !contains(flatten([try(s.Action, [])]), "iam:AttachRolePolicy") || toset(flatten([try(s.Condition.ArnEquals["iam:PolicyARN"], [])])) == toset(var.attachable_policy_arns)
    ])
    error_message = "AttachRolePolicy must be limited to the allow-list of policies."
  }

  assert {
    condition     = length([for p in output.attachable_policy_arns : p if can(regex("(AdministratorAccess|IAMFullAccess|PowerUserAccess)$", p))]) == 0
    error_message = "The allow-list must not contain administrator policies."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_iam_role_policy.apply_iam.policy).Statement : s.Effect == "Deny" && s.Resource == "arn:aws:iam::111111111111:role/medimind-production-github-*" && contains(flatten([s.Action]), "iam:AttachRolePolicy") && contains(flatten([s.Action]), "iam:UpdateAssumeRolePolicy")])
    error_message = "The apply role must not change the workflow roles (itself included)."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_iam_role_policy.apply_iam.policy).Statement : s.Effect == "Deny" && contains(flatten([s.Action]), "iam:DeleteRolePermissionsBoundary") && contains(flatten([s.Action]), "iam:CreatePolicyVersion")])
    error_message = "The apply role must not lift or rewrite the boundary."
  }

  assert {
    condition     = toset(jsondecode(aws_iam_policy.workload_boundary.policy).Statement[0].NotAction) == toset(["account:*", "iam:*", "organizations:*"]) && aws_iam_policy.workload_boundary.name == "medimind-production-workload-boundary"
    error_message = "The boundary allows nothing in IAM (a bounded role can never grant itself more)."
  }

  assert {
    condition     = output.permissions_boundary_arn == "arn:aws:iam::111111111111:policy/medimind-production-workload-boundary"
    error_message = "The boundary ARN handed to the other modules must be the policy this module creates."
  }
}

# Issue 9 item 3: the release role is not an administrator anywhere.
run "deploy_role_is_narrow" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition     = toset(flatten([for s in jsondecode(aws_iam_role_policy.deploy.policy).Statement : flatten([s.Action])])) == toset(["eks:DescribeCluster", "s3:PutObject", "s3:PutObjectRetention"])
    error_message = "The deploy role may describe its cluster and write evidence records, nothing else."
  }

  assert {
    condition     = one([for s in jsondecode(aws_iam_role_policy.deploy.policy).Statement : s if s.Sid == "WriteReleaseEvidence"]).Resource == "arn:aws:s3:::medimind-production-release-evidence-111111111111/*"
    error_message = "The deploy role writes only to the evidence bucket."
  }

  assert {
    condition     = one([for s in jsondecode(aws_iam_role_policy.deploy.policy).Statement : s if s.Sid == "FindCluster"]).Resource == "arn:aws:eks:us-east-1:111111111111:cluster/medimind-production"
    error_message = "The deploy role describes only its own cluster."
  }
}

# Issue 9 item 2: the plan role encrypts bundles, only the apply role decrypts,
# both only with the encryption context environment=<env>.
run "plan_bundle_key_policy" {
  command = plan

  module {
    source = "./github-oidc"
  }

  assert {
    condition     = aws_kms_key.plan_bundle.enable_key_rotation && aws_kms_alias.plan_bundle.name == "alias/medimind-production-plan-bundle"
    error_message = "The plan bundle key rotates and has an alias."
  }

  assert {
    condition = (
      toset(flatten([one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "PlanRoleEncrypts"]).Action])) == toset(["kms:Encrypt", "kms:GenerateDataKey"]) &&
      one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "PlanRoleEncrypts"]).Principal.AWS == "arn:aws:iam::111111111111:role/medimind-production-github-plan" &&
      one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "PlanRoleEncrypts"]).Condition.StringEquals["kms:EncryptionContext:environment"] == "production"
    )
    error_message = "The plan role may Encrypt/GenerateDataKey, only with encryption context environment=production."
  }

  assert {
    condition = (
      one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "ApplyRoleDecrypts"]).Action == "kms:Decrypt" &&
      one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "ApplyRoleDecrypts"]).Principal.AWS == "arn:aws:iam::111111111111:role/medimind-production-github-apply" &&
      one([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s if s.Sid == "ApplyRoleDecrypts"]).Condition.StringEquals["kms:EncryptionContext:environment"] == "production"
    )
    error_message = "The apply role may Decrypt, only with encryption context environment=production."
  }

  assert {
    condition = alltrue([
      for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement :
      s.Effect == "Deny" || s.Sid == "ApplyRoleDecrypts" || length([for a in flatten([s.Action]) : a if contains(["kms:Decrypt", "kms:*", "kms:ReEncryptFrom", "kms:ReEncrypt*"], a)]) == 0
    ])
    error_message = "No statement but the apply role's allows Decrypt (the account keeps administration only)."
  }

  assert {
    condition     = anytrue([for s in jsondecode(aws_kms_key.plan_bundle.policy).Statement : s.Effect == "Deny" && contains(flatten([s.Action]), "kms:Decrypt") && try(s.Condition.StringNotEquals["aws:PrincipalArn"], "") == "arn:aws:iam::111111111111:role/medimind-production-github-apply"])
    error_message = "Decrypt by any other principal is denied explicitly."
  }
}

run "rejects_wildcards_and_admin_policies" {
  command = plan

  module {
    source = "./github-oidc"
  }

  variables {
    github_repo            = "*"
    oidc_provider_arn      = null
    plan_branches          = ["*"]
    attachable_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
    apply_policy_arns      = ["arn:aws:iam::aws:policy/IAMFullAccess"]
  }

  expect_failures = [
    var.github_repo,
    var.oidc_provider_arn,
    var.plan_branches,
    var.attachable_policy_arns,
    var.apply_policy_arns,
  ]
}
