# Partial S3 backend: bucket, key and region come from `terraform init
# -backend-config=...` (the workflows pass them). State locking uses S3
# conditional writes (use_lockfile); no DynamoDB table.
terraform {
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }
}
