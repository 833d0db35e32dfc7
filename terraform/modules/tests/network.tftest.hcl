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
  name_prefix             = "medimind-test"
  cluster_name            = "medimind-test"
  vpc_cidr                = "10.20.0.0/16"
  availability_zones      = ["us-east-1a", "us-east-1b", "us-east-1c"]
  nat_gateway_count       = 3
  flow_log_retention_days = 365
  logs_kms_key_arn        = "arn:aws:kms:us-east-1:111111111111:key/11111111-1111-1111-1111-111111111111"
}

run "three_azs_nat_per_az" {
  command = plan

  module {
    source = "./network"
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 3 && length(aws_eip.nat) == 3
    error_message = "Production layout needs one NAT gateway per AZ."
  }

  assert {
    condition     = length(aws_subnet.public) == 3 && length(aws_subnet.private) == 3 && length(aws_subnet.database) == 3
    error_message = "Expected public, private and database subnets in each of the 3 AZs."
  }

  assert {
    condition     = toset(aws_subnet.private[*].availability_zone) == toset(var.availability_zones)
    error_message = "Private subnets must span every given AZ."
  }

  assert {
    condition     = alltrue([for s in aws_subnet.public : s.map_public_ip_on_launch == false])
    error_message = "Public subnets must not hand out public IPs automatically."
  }

  assert {
    condition     = alltrue([for s in aws_subnet.public : s.tags["kubernetes.io/role/elb"] == "1"]) && alltrue([for s in aws_subnet.private : s.tags["kubernetes.io/role/internal-elb"] == "1"])
    error_message = "Subnets need the AWS Load Balancer Controller discovery tags."
  }

  assert {
    condition     = aws_flow_log.this.traffic_type == "ALL"
    error_message = "Flow logs must record accepted and rejected traffic."
  }

  assert {
    condition     = aws_cloudwatch_log_group.flow_logs.kms_key_id == var.logs_kms_key_arn
    error_message = "The flow log group must be encrypted with the logs KMS key."
  }

  assert {
    condition     = length(aws_route_table.database.route) == 0
    error_message = "Database subnets must have no route out of the VPC."
  }

  assert {
    condition     = length(aws_network_acl_rule.database_ingress) == 6 && toset([for r in aws_network_acl_rule.database_ingress : r.from_port]) == toset([5432, 6379]) && alltrue([for r in aws_network_acl_rule.database_ingress : r.rule_action == "allow" && !r.egress])
    error_message = "The database NACL admits only PostgreSQL and Redis from the private subnets."
  }

  assert {
    condition     = length(aws_default_security_group.this.ingress) == 0 && length(aws_default_security_group.this.egress) == 0
    error_message = "The default security group must allow nothing."
  }
}

run "single_nat_for_staging" {
  command = plan

  module {
    source = "./network"
  }

  variables {
    availability_zones = ["us-east-1a", "us-east-1b"]
    nat_gateway_count  = 1
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 1
    error_message = "Staging layout shares a single NAT gateway."
  }

  assert {
    condition     = length(aws_route_table.private) == 2
    error_message = "Each AZ keeps its own private route table."
  }
}

run "rejects_bad_cidr_and_az_count" {
  command = plan

  module {
    source = "./network"
  }

  variables {
    vpc_cidr           = "10.20.0.0/33"
    availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"]
    nat_gateway_count  = 0
  }

  expect_failures = [
    var.vpc_cidr,
    var.availability_zones,
    var.nat_gateway_count,
  ]
}
