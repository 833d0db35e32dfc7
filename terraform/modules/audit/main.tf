# CloudTrail: every API call in every region, log files digest-validated,
# KMS-encrypted, delivered to the audit bucket (HIPAA 164.312(b) audit
# controls). Object-level events are recorded for the buckets that may hold PHI.

resource "aws_cloudtrail" "this" {
  name                          = "${var.name_prefix}-audit"
  s3_bucket_name                = var.audit_bucket_name
  s3_key_prefix                 = "cloudtrail"
  kms_key_id                    = var.cloudtrail_kms_key_arn
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  enable_logging                = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    dynamic "data_resource" {
      for_each = length(var.data_event_bucket_arns) > 0 ? [1] : []

      content {
        type   = "AWS::S3::Object"
        values = [for arn in var.data_event_bucket_arns : "${arn}/"]
      }
    }
  }
}
