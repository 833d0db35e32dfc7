variable "name_prefix" {
  description = "Prefix for resource names, e.g. medimind-production."
  type        = string
}

variable "cluster_name" {
  description = "EKS cluster name, used in the subnet discovery tags of the AWS Load Balancer Controller."
  type        = string
}

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC (a /16 to /20)."
  type        = string

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 20
    error_message = "vpc_cidr must be a valid IPv4 CIDR block with a prefix length between /16 and /20."
  }
}

variable "availability_zones" {
  description = "Availability zone names (2 or 3). Names are given, not looked up, so that plans work offline."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3 && length(distinct(var.availability_zones)) == length(var.availability_zones)
    error_message = "availability_zones must list 2 or 3 distinct availability zone names."
  }
}

variable "nat_gateway_count" {
  description = "NAT gateways: one per AZ for high availability (production) or a single shared one (staging)."
  type        = number

  validation {
    condition     = var.nat_gateway_count >= 1 && var.nat_gateway_count <= 3
    error_message = "nat_gateway_count must be between 1 and 3."
  }
}

variable "flow_log_retention_days" {
  description = "Retention of the VPC flow log group, in days."
  type        = number
}

variable "logs_kms_key_arn" {
  description = "KMS key ARN that encrypts the flow log group."
  type        = string
}

variable "interface_endpoint_services" {
  description = "AWS services reached through interface VPC endpoints in the private subnets (the k8s NetworkPolicies allow HTTPS only to those subnets)."
  type        = list(string)
  default     = ["s3", "sts"]

  validation {
    condition     = alltrue([for s in var.interface_endpoint_services : can(regex("^[a-z0-9.-]+$", s))])
    error_message = "interface_endpoint_services must be AWS service names such as s3 or sts."
  }
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary of every IAM role this module creates (the apply role may only create and change roles that carry it). null: none."
  type        = string
  default     = null
}
