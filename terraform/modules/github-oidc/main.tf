# GitHub Actions OIDC: the identity provider and, per environment, the roles
# this library's workflows assume. No long-lived keys; every trust policy pins
# the audience sts.amazonaws.com and exact subjects of one repository, and each
# role has its own trust policy:
#
#   plan       read-only; pull requests and the named branches (the plan job
#              declares no environment, and a pull request must never reach a
#              role that can write)
#   apply      terraform apply; only jobs in the GitHub environment <env>
#   deploy     releases (blue-green) and their evidence records; only jobs in
#              the GitHub environment <env>; in EKS it is nothing but the
#              Kubernetes group bound to the namespaced `deployer` Role
#   bootstrap  platform bootstrap (kubectl apply -k of the overlays, cluster
#              admin); only jobs in the separate, protected environment
#              <env>-bootstrap
#
# This module is applied by an administrator: the apply role may not change
# any *-github-* role, the permissions boundary or the plan-bundle key.

locals {
  github_host  = "token.actions.githubusercontent.com"
  provider_arn = var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : var.oidc_provider_arn
  repo         = "repo:${var.github_org}/${var.github_repo}"

  bootstrap_environment = coalesce(var.bootstrap_environment, "${var.environment}-bootstrap")

  # OIDC subjects each role trusts (also an output: the workflow consistency test reads it).
  subjects = {
    plan      = concat(["${local.repo}:pull_request"], [for b in var.plan_branches : "${local.repo}:ref:refs/heads/${b}"])
    apply     = ["${local.repo}:environment:${var.environment}"]
    deploy    = ["${local.repo}:environment:${var.environment}"]
    bootstrap = ["${local.repo}:environment:${local.bootstrap_environment}"]
  }

  role_arn_prefix = "arn:${var.partition}:iam::${var.account_id}:role/${var.name_prefix}-"
  github_roles    = "${local.role_arn_prefix}github-*"
  boundary_name   = "${var.name_prefix}-workload-boundary"
  boundary_arn    = "arn:${var.partition}:iam::${var.account_id}:policy/${local.boundary_name}"
  cluster_arn     = "arn:${var.partition}:eks:${var.region}:${var.account_id}:cluster/${var.cluster_name}"

  # Built from the names (not read from the resources) so that the key policy
  # renders at plan time, where tests and reviewers can read it.
  role_arns = { for r in keys(local.subjects) : r => "${local.role_arn_prefix}github-${r}" }
}

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_oidc_provider ? 1 : 0

  url            = "https://${local.github_host}"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "trust" {
  for_each = local.subjects

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]

    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_host}:sub"
      values   = each.value
    }
  }
}

# --- plan: read-only -----------------------------------------------------------

resource "aws_iam_role" "plan" {
  name                 = "${var.name_prefix}-github-plan"
  description          = "Read-only role for terraform plan and drift detection (pull requests, branches ${join(", ", var.plan_branches)})"
  assume_role_policy   = data.aws_iam_policy_document.trust["plan"].json
  max_session_duration = 3600
}

resource "aws_iam_role_policy_attachment" "plan_read_only" {
  role       = aws_iam_role.plan.name
  policy_arn = "arn:${var.partition}:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "plan_state" {
  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = [var.state_bucket_arn]
  }

  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key_prefix}*"]
  }

  # S3 native locking (use_lockfile) writes and removes <key>.tflock: that,
  # and nothing else, is what a plan may write.
  statement {
    sid       = "StateLockFileOnly"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key_prefix}*.tflock"]
  }

  # ReadOnlyAccess can list secrets metadata but must not read values.
  statement {
    sid       = "NoSecretValues"
    effect    = "Deny"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "plan_state" {
  name   = "terraform-state-read-and-lock"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.plan_state.json
}

# --- apply: terraform apply ------------------------------------------------------

resource "aws_iam_role" "apply" {
  name                 = "${var.name_prefix}-github-apply"
  description          = "Terraform apply role (GitHub environment ${var.environment} only)"
  assume_role_policy   = data.aws_iam_policy_document.trust["apply"].json
  max_session_duration = var.max_session_duration
}

resource "aws_iam_role_policy_attachment" "apply" {
  for_each = toset(var.apply_policy_arns)

  role       = aws_iam_role.apply.name
  policy_arn = each.value
}

data "aws_iam_policy_document" "apply_iam" {
  statement {
    sid       = "WriteState"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key_prefix}*"]
  }

  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = [var.state_bucket_arn]
  }

  statement {
    sid = "ReadEnvironmentIam"
    actions = [
      "iam:GetRole",
      "iam:GetRolePolicy",
      "iam:ListRolePolicies",
      "iam:ListAttachedRolePolicies",
      "iam:ListInstanceProfilesForRole",
      "iam:ListRoleTags",
    ]
    resources = ["${local.role_arn_prefix}*"]
  }

  # PowerUserAccess has no IAM. A role may only be created, and its
  # permissions only changed, when it carries the workload permissions
  # boundary: whatever policy it gets, it can never do more than the boundary
  # (no IAM), so no role this one creates can be used to escalate.
  statement {
    sid = "ManageBoundedRoles"
    actions = [
      "iam:CreateRole",
      "iam:PutRolePolicy",
      "iam:DeleteRolePolicy",
      "iam:PutRolePermissionsBoundary",
    ]
    resources = ["${local.role_arn_prefix}*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [local.boundary_arn]
    }
  }

  # Managed policies: only the allow-listed ones, and only onto bounded roles.
  statement {
    sid       = "AttachAllowListedPolicies"
    actions   = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"]
    resources = ["${local.role_arn_prefix}*"]

    condition {
      test     = "ArnEquals"
      variable = "iam:PolicyARN"
      values   = var.attachable_policy_arns
    }

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [local.boundary_arn]
    }
  }

  # Actions IAM offers no boundary condition for.
  statement {
    sid = "MaintainEnvironmentRoles"
    actions = [
      "iam:DeleteRole",
      "iam:UpdateRole",
      "iam:UpdateRoleDescription",
      "iam:UpdateAssumeRolePolicy",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:PassRole",
    ]
    resources = ["${local.role_arn_prefix}*"]
  }

  statement {
    sid       = "ReadPolicies"
    actions   = ["iam:GetPolicy", "iam:GetPolicyVersion"]
    resources = concat(var.attachable_policy_arns, [local.boundary_arn])
  }

  statement {
    sid = "ManageOidcProviders"
    actions = [
      "iam:CreateOpenIDConnectProvider",
      "iam:DeleteOpenIDConnectProvider",
      "iam:GetOpenIDConnectProvider",
      "iam:TagOpenIDConnectProvider",
      "iam:UpdateOpenIDConnectProviderThumbprint",
      "iam:AddClientIDToOpenIDConnectProvider",
    ]
    resources = ["arn:${var.partition}:iam::${var.account_id}:oidc-provider/*"]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["*"]
  }

  # The workflow roles, their trust and the boundary are an administrator's:
  # the apply role can neither widen itself nor lift the boundary.
  statement {
    sid    = "NoSelfEscalation"
    effect = "Deny"
    actions = [
      "iam:CreateRole",
      "iam:DeleteRole",
      "iam:UpdateRole",
      "iam:UpdateAssumeRolePolicy",
      "iam:PutRolePolicy",
      "iam:AttachRolePolicy",
      "iam:DeleteRolePolicy",
      "iam:DetachRolePolicy",
      "iam:PutRolePermissionsBoundary",
      "iam:DeleteRolePermissionsBoundary",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:PassRole",
    ]
    resources = [local.github_roles]
  }

  statement {
    sid    = "KeepTheBoundary"
    effect = "Deny"
    actions = [
      "iam:DeleteRolePermissionsBoundary",
      "iam:CreatePolicyVersion",
      "iam:DeletePolicy",
      "iam:DeletePolicyVersion",
      "iam:SetDefaultPolicyVersion",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "apply_iam" {
  name   = "terraform-state-and-bounded-iam"
  role   = aws_iam_role.apply.id
  policy = data.aws_iam_policy_document.apply_iam.json
}

# The boundary every role the apply role creates must carry: anything but IAM
# and account/organization administration (so at most what the apply role can
# already do, never more). Service-linked roles are the one IAM exception the
# workloads (load balancer controller, autoscaling) need.
data "aws_iam_policy_document" "workload_boundary" {
  statement {
    sid         = "EverythingButIam"
    not_actions = ["iam:*", "organizations:*", "account:*"]
    resources   = ["*"]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "workload_boundary" {
  name        = local.boundary_name
  description = "Permissions boundary of every role the terraform apply role creates (no IAM)."
  policy      = data.aws_iam_policy_document.workload_boundary.json
}

# --- deploy: releases -------------------------------------------------------------

resource "aws_iam_role" "deploy" {
  name                 = "${var.name_prefix}-github-deploy"
  description          = "Release role: EKS rollouts through the deployer RBAC Role, release evidence (GitHub environment ${var.environment} only)"
  assume_role_policy   = data.aws_iam_policy_document.trust["deploy"].json
  max_session_duration = var.max_session_duration
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "FindCluster"
    actions   = ["eks:DescribeCluster"]
    resources = [local.cluster_arn]
  }

  # Evidence records are written once and kept (Object Lock); nothing is read,
  # listed or deleted.
  statement {
    sid       = "WriteReleaseEvidence"
    actions   = ["s3:PutObject", "s3:PutObjectRetention"]
    resources = ["${var.evidence_bucket_arn}/*"]
  }
}

resource "aws_iam_role_policy" "deploy" {
  name   = "eks-rollout-and-evidence"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

# --- bootstrap: platform bootstrap ---------------------------------------------------

resource "aws_iam_role" "bootstrap" {
  name                 = "${var.name_prefix}-github-bootstrap"
  description          = "Platform bootstrap role, EKS cluster admin (GitHub environment ${local.bootstrap_environment} only)"
  assume_role_policy   = data.aws_iam_policy_document.trust["bootstrap"].json
  max_session_duration = 3600
}

resource "aws_iam_role_policy" "bootstrap" {
  name   = "eks-describe"
  role   = aws_iam_role.bootstrap.id
  policy = data.aws_iam_policy_document.deploy_bootstrap.json
}

data "aws_iam_policy_document" "deploy_bootstrap" {
  statement {
    sid       = "FindCluster"
    actions   = ["eks:DescribeCluster"]
    resources = [local.cluster_arn]
  }
}

# --- plan bundle key -----------------------------------------------------------------
# terraform-plan envelope-encrypts the plan bundle (the binary plan holds every
# variable and the prior state) with a data key from this key; terraform-apply
# decrypts it. Only the plan role may create data keys, only the apply role may
# decrypt, and only with the encryption context environment=<env>, so a bundle
# of one environment cannot be opened as another's. The account keeps the key's
# administration but no cryptographic use.

data "aws_iam_policy_document" "plan_bundle_key" {
  statement {
    sid = "KeyAdministrationOnly"
    actions = [
      "kms:Create*",
      "kms:Describe*",
      "kms:Enable*",
      "kms:List*",
      "kms:Put*",
      "kms:Update*",
      "kms:Revoke*",
      "kms:Disable*",
      "kms:Get*",
      "kms:Delete*",
      "kms:TagResource",
      "kms:UntagResource",
      "kms:ScheduleKeyDeletion",
      "kms:CancelKeyDeletion",
    ]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${var.partition}:iam::${var.account_id}:root"]
    }
  }

  statement {
    sid       = "PlanRoleEncrypts"
    actions   = ["kms:Encrypt", "kms:GenerateDataKey"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = [local.role_arns.plan]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:environment"
      values   = [var.environment]
    }
  }

  statement {
    sid       = "ApplyRoleDecrypts"
    actions   = ["kms:Decrypt"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = [local.role_arns.apply]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:environment"
      values   = [var.environment]
    }
  }

  # Explicit: no other principal decrypts, whatever its IAM policies say.
  statement {
    sid       = "NobodyElseDecrypts"
    effect    = "Deny"
    actions   = ["kms:Decrypt", "kms:ReEncryptFrom"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalArn"
      values   = [local.role_arns.apply]
    }
  }
}

resource "aws_kms_key" "plan_bundle" {
  description             = "Terraform plan bundles of ${var.environment} (terraform-plan encrypts, terraform-apply decrypts)"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_days
  policy                  = data.aws_iam_policy_document.plan_bundle_key.json

  # KMS refuses a key policy naming a principal that does not exist yet.
  depends_on = [aws_iam_role.plan, aws_iam_role.apply]
}

resource "aws_kms_alias" "plan_bundle" {
  name          = "alias/${var.name_prefix}-plan-bundle"
  target_key_id = aws_kms_key.plan_bundle.key_id
}
