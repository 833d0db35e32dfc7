# One customer-managed key per data domain, so that a grant on one (say, the
# model artifacts bucket) never opens another (the database). Every key rotates
# yearly (HIPAA 164.312(a)(2)(iv): encryption and decryption).

locals {
  # key name => AWS service principals that must use the key directly.
  keys = {
    eks         = { description = "EKS secrets envelope encryption", services = [] }
    ebs         = { description = "EBS volumes (node root disks, default EBS key)", services = [] }
    rds         = { description = "RDS PostgreSQL storage, Performance Insights and master secret", services = [] }
    elasticache = { description = "ElastiCache Redis at-rest encryption and AUTH token secret", services = [] }
    s3          = { description = "S3 buckets: model artifacts, backups, audit logs", services = [] }
    logs        = { description = "CloudWatch Logs: VPC flow logs, EKS control plane logs", services = ["logs.${var.region}.amazonaws.com"] }
    cloudtrail  = { description = "CloudTrail log files", services = ["cloudtrail.amazonaws.com"] }
    sns         = { description = "SNS alert topic", services = ["cloudwatch.amazonaws.com", "events.amazonaws.com"] }
    ecr         = { description = "ECR container images", services = [] }
  }

  account_root = "arn:${var.partition}:iam::${var.account_id}:root"
}

data "aws_iam_policy_document" "key" {
  for_each = local.keys

  statement {
    sid       = "AccountAdministration"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = [local.account_root]
    }
  }

  dynamic "statement" {
    for_each = length(each.value.services) > 0 ? [1] : []

    content {
      sid    = "AllowServiceUse"
      effect = "Allow"
      actions = [
        "kms:Encrypt",
        "kms:Decrypt",
        "kms:ReEncrypt*",
        "kms:GenerateDataKey*",
        "kms:DescribeKey",
      ]
      resources = ["*"]

      principals {
        type        = "Service"
        identifiers = each.value.services
      }

      condition {
        test     = "StringEquals"
        variable = "aws:SourceAccount"
        values   = [var.account_id]
      }
    }
  }

  dynamic "statement" {
    # Managed node groups launch instances through the Auto Scaling
    # service-linked role, which must be able to use the EBS key.
    for_each = each.key == "ebs" ? [1] : []

    content {
      sid    = "AllowAutoScalingServiceLinkedRole"
      effect = "Allow"
      actions = [
        "kms:Encrypt",
        "kms:Decrypt",
        "kms:ReEncrypt*",
        "kms:GenerateDataKey*",
        "kms:DescribeKey",
        "kms:CreateGrant",
      ]
      resources = ["*"]

      principals {
        type        = "AWS"
        identifiers = ["arn:${var.partition}:iam::${var.account_id}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"]
      }
    }
  }
}

resource "aws_kms_key" "this" {
  for_each = local.keys

  description             = "${var.name_prefix}: ${each.value.description}"
  enable_key_rotation     = true
  rotation_period_in_days = 365
  deletion_window_in_days = var.deletion_window_in_days
  policy                  = data.aws_iam_policy_document.key[each.key].json

  tags = {
    Name = "${var.name_prefix}-${each.key}"
  }
}

resource "aws_kms_alias" "this" {
  for_each = local.keys

  name          = "alias/${var.name_prefix}-${each.key}"
  target_key_id = aws_kms_key.this[each.key].key_id
}
