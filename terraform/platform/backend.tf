# Partial S3 backend: bucket, key and region come from the environment's
# backend configuration file, `terraform init
# -backend-config=environments/<env>.s3.tfbackend` (the workflows pass it). State locking uses S3
# conditional writes (use_lockfile); no DynamoDB table.
terraform {
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }
}
