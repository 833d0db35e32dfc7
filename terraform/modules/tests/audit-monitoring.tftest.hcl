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

run "cloudtrail" {
  command = plan

  module {
    source = "./audit"
  }

  variables {
    name_prefix            = "medimind-test"
    audit_bucket_name      = "medimind-test-audit-logs-111111111111"
    cloudtrail_kms_key_arn = "arn:aws:kms:us-east-1:111111111111:key/cloudtrail"
    data_event_bucket_arns = ["arn:aws:s3:::medimind-test-backups-111111111111"]
  }

  assert {
    condition     = aws_cloudtrail.this.is_multi_region_trail && aws_cloudtrail.this.enable_log_file_validation && aws_cloudtrail.this.include_global_service_events
    error_message = "CloudTrail must be multi-region with log file validation."
  }

  assert {
    condition     = aws_cloudtrail.this.kms_key_id == "arn:aws:kms:us-east-1:111111111111:key/cloudtrail" && aws_cloudtrail.this.s3_bucket_name == "medimind-test-audit-logs-111111111111"
    error_message = "CloudTrail must be KMS-encrypted and deliver to the audit bucket."
  }

  assert {
    condition     = one(aws_cloudtrail.this.event_selector[0].data_resource[*].values) == tolist(["arn:aws:s3:::medimind-test-backups-111111111111/"])
    error_message = "Object-level events of PHI buckets must be recorded."
  }
}

run "alarms" {
  command = plan

  module {
    source = "./monitoring"
  }

  variables {
    name_prefix             = "medimind-test"
    sns_kms_key_arn         = "arn:aws:kms:us-east-1:111111111111:key/sns"
    alert_emails            = ["oncall@medimind.example"]
    db_instance_identifiers = ["medimind-test-postgres", "medimind-test-postgres-replica-1"]
    redis_cluster_ids       = ["medimind-test-redis-001", "medimind-test-redis-002"]
  }

  # The topic ARN is only known after apply; pin it so the wiring can be checked.
  override_resource {
    target          = aws_sns_topic.alerts
    override_during = plan
    values = {
      arn = "arn:aws:sns:us-east-1:111111111111:medimind-test-alerts"
    }
  }

  assert {
    condition     = aws_sns_topic.alerts.kms_master_key_id == "arn:aws:kms:us-east-1:111111111111:key/sns"
    error_message = "The alert topic must be KMS-encrypted."
  }

  assert {
    condition     = alltrue([for a in aws_cloudwatch_metric_alarm.db_connections : a.threshold == 150 && a.metric_name == "DatabaseConnections"]) && length(aws_cloudwatch_metric_alarm.db_connections) == 2
    error_message = "Every database instance alarms above 150 connections."
  }

  assert {
    condition     = length(aws_cloudwatch_metric_alarm.redis_cpu) == 2 && length(aws_cloudwatch_metric_alarm.redis_evictions) == 2
    error_message = "Every Redis node alarms on CPU and evictions."
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.alb_5xx_rate.threshold == 5 && aws_cloudwatch_metric_alarm.alb_target_response_time.threshold == 0.2
    error_message = "ALB alarms: 5xx rate above 5 %, target response time above 200 ms."
  }

  assert {
    condition = alltrue([
      for a in concat(
        values(aws_cloudwatch_metric_alarm.db_connections),
        values(aws_cloudwatch_metric_alarm.db_cpu),
        values(aws_cloudwatch_metric_alarm.redis_cpu),
        values(aws_cloudwatch_metric_alarm.redis_evictions),
        [aws_cloudwatch_metric_alarm.alb_5xx_rate, aws_cloudwatch_metric_alarm.alb_target_response_time],
      ) : a.alarm_actions == toset(["arn:aws:sns:us-east-1:111111111111:medimind-test-alerts"])
    ])
    error_message = "Every alarm must notify the alert topic."
  }
}

run "rejects_bad_email" {
  command = plan

  module {
    source = "./monitoring"
  }

  variables {
    name_prefix             = "medimind-test"
    sns_kms_key_arn         = "arn:aws:kms:us-east-1:111111111111:key/sns"
    alert_emails            = ["not-an-email"]
    db_instance_identifiers = []
    redis_cluster_ids       = []
  }

  expect_failures = [var.alert_emails]
}
