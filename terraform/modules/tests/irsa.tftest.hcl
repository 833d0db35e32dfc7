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
  name_prefix                = "medimind-test"
  account_id                 = "111111111111"
  region                     = "us-east-1"
  cluster_name               = "medimind-test"
  oidc_provider_arn          = "arn:aws:iam::111111111111:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE"
  oidc_issuer_url            = "https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE"
  model_artifacts_bucket_arn = "arn:aws:s3:::medimind-test-model-artifacts-111111111111"
  backups_bucket_arn         = "arn:aws:s3:::medimind-test-backups-111111111111"
  s3_kms_key_arn             = "arn:aws:kms:us-east-1:111111111111:key/s3"
  secret_kms_key_arns        = ["arn:aws:kms:us-east-1:111111111111:key/rds"]
}

run "least_privilege_roles" {
  command = plan

  module {
    source = "./irsa"
  }

  assert {
    condition     = toset(keys(aws_iam_role.this)) == toset(["ml-pipeline", "backend", "external-secrets", "aws-load-balancer-controller", "cluster-autoscaler"])
    error_message = "Expected the five IRSA roles."
  }

  assert {
    condition     = jsondecode(aws_iam_role.this["ml-pipeline"].assume_role_policy).Statement[0].Condition.StringEquals["oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub"] == "system:serviceaccount:medimind:ml-pipeline"
    error_message = "The ML pipeline role must trust only its service account."
  }

  assert {
    condition     = jsondecode(aws_iam_role.this["backend"].assume_role_policy).Statement[0].Condition.StringEquals["oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:aud"] == "sts.amazonaws.com"
    error_message = "IRSA trust must pin the STS audience."
  }

  assert {
    condition     = toset(flatten([for s in jsondecode(aws_iam_role_policy.this["ml-pipeline"].policy).Statement : s.Action])) == toset(["s3:ListBucket", "s3:GetObject", "s3:GetObjectVersion", "kms:Decrypt"])
    error_message = "The ML pipeline may only read model artifacts."
  }

  assert {
    condition     = !strcontains(aws_iam_role_policy.this["ml-pipeline"].policy, var.backups_bucket_arn)
    error_message = "The ML pipeline must not reach the backups bucket."
  }

  assert {
    condition     = strcontains(aws_iam_role_policy.this["cluster-autoscaler"].policy, "aws:ResourceTag/k8s.io/cluster-autoscaler/medimind-test")
    error_message = "The autoscaler may only scale this cluster's node groups."
  }
}
