# This folder is also the root module that `terraform test` runs the module
# tests from (tests/*.tftest.hcl): each run block points at one module with
# `module { source = "./<name>" }`. It declares no resources of its own.
terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}
