terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region = var.region

  # Only this account may ever be touched by this root module.
  allowed_account_ids = [var.account_id]

  default_tags {
    tags = local.tags
  }
}
