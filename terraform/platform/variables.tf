# Inputs of the platform root. Values live in environments/<environment>.tfvars; the
# Redis AUTH token comes from the pipeline (TF_VAR_redis_auth_token, read from
# Secrets Manager), never from a file.

variable "environment" {
  description = "Deployment environment name."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be one of: staging, production."
  }
}

variable "region" {
  description = "AWS region, e.g. us-east-1."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as us-east-1."
  }
}

variable "account_id" {
  description = "AWS account ID of this environment (the provider refuses any other)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be a 12-digit AWS account ID."
  }
}

variable "owner" {
  description = "Owning team, written to the Owner tag of every resource."
  type        = string

  validation {
    condition     = length(trimspace(var.owner)) > 0
    error_message = "owner must not be empty."
  }
}

variable "data_classification" {
  description = "Data classification tag of every resource."
  type        = string
  default     = "phi"

  validation {
    condition     = contains(["phi", "confidential", "internal", "public"], var.data_classification)
    error_message = "data_classification must be one of: phi, confidential, internal, public."
  }
}

variable "state_bucket" {
  description = "Name of the S3 bucket that holds the Terraform state (the same one given to -backend-config)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.state_bucket))
    error_message = "state_bucket must be a valid S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)."
  }
}

# --- network -----------------------------------------------------------------

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC (/16 to /20)."
  type        = string

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && can(regex("^[0-9.]+/(1[6-9]|20)$", var.vpc_cidr))
    error_message = "vpc_cidr must be a valid IPv4 CIDR block with a prefix length between /16 and /20, e.g. 10.20.0.0/16."
  }
}

variable "availability_zones" {
  description = "Availability zone names: 3 in production, 2 or 3 in staging (names, not a data source, so plans work offline)."
  type        = list(string)

  validation {
    condition = (
      length(distinct(var.availability_zones)) == length(var.availability_zones) &&
      (var.environment == "production" ? length(var.availability_zones) == 3 : length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3)
    )
    error_message = "availability_zones must list 3 distinct zones in production and 2 or 3 in staging."
  }

  validation {
    condition     = alltrue([for az in var.availability_zones : startswith(az, var.region)])
    error_message = "Every availability zone must belong to the region (e.g. us-east-1a for us-east-1)."
  }
}

variable "nat_gateway_count" {
  description = "NAT gateways: one per AZ in production, one shared in staging."
  type        = number

  validation {
    condition     = var.environment == "production" ? var.nat_gateway_count == length(var.availability_zones) : var.nat_gateway_count >= 1 && var.nat_gateway_count <= length(var.availability_zones)
    error_message = "nat_gateway_count must equal the number of availability zones in production, and be between 1 and that number in staging."
  }
}

variable "log_retention_days" {
  description = "Retention of the VPC flow log and EKS control plane log groups, in days (a CloudWatch Logs retention value, at least 90)."
  type        = number

  validation {
    condition     = contains([90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch Logs retention value of at least 90: 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

# --- eks ---------------------------------------------------------------------

variable "cluster_version" {
  description = "EKS Kubernetes version (a release in standard support; the seed's 1.28 is end-of-life)."
  type        = string
  default     = "1.34"
}

variable "eks_public_access_cidrs" {
  description = "CIDRs allowed to reach the public EKS API endpoint (empty: private endpoint only)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.eks_public_access_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "eks_public_access_cidrs must be valid IPv4 CIDR blocks and must not include 0.0.0.0/0."
  }
}

variable "node_groups" {
  description = "system (on-demand), app (spot) and gpu (A100) managed node groups."
  type = map(object({
    instance_types = list(string)
    min_size       = number
    desired_size   = number
    max_size       = number
    disk_size_gb   = number
  }))

  validation {
    condition     = alltrue([for g in values(var.node_groups) : g.min_size <= g.desired_size && g.desired_size <= g.max_size])
    error_message = "Every node group needs min_size <= desired_size <= max_size."
  }

  validation {
    condition     = contains(keys(var.node_groups), "gpu") && var.node_groups["gpu"].min_size >= 1 && var.node_groups["gpu"].max_size <= 8
    error_message = "The gpu node group must scale within 1-8 nodes."
  }

  validation {
    condition     = contains(keys(var.node_groups), "gpu") && alltrue([for t in var.node_groups["gpu"].instance_types : can(regex("^p4de?\\.", t))])
    error_message = "The gpu node group must use NVIDIA A100 instance types (p4d.* or p4de.*)."
  }

  validation {
    condition     = contains(keys(var.node_groups), "app") && length(var.node_groups["app"].instance_types) >= 2
    error_message = "The app node group runs on spot capacity and must list at least 2 instance types."
  }
}

# --- data --------------------------------------------------------------------

variable "postgres_engine_version" {
  description = "PostgreSQL engine version."
  type        = string
  default     = "16.6"
}

variable "db_instance_class" {
  description = "RDS instance class of the primary and replicas."
  type        = string
}

variable "db_read_replica_count" {
  description = "PostgreSQL read replicas."
  type        = number
}

variable "db_backup_retention_days" {
  description = "RDS automated backup retention: 30 in production, 7 in staging (1-35)."
  type        = number

  validation {
    condition     = var.db_backup_retention_days >= 1 && var.db_backup_retention_days <= 35 && (var.environment != "production" || var.db_backup_retention_days >= 30)
    error_message = "db_backup_retention_days must be between 1 and 35, and at least 30 in production."
  }
}

variable "db_deletion_protection" {
  description = "Deletion protection and final snapshot of the database (required in production)."
  type        = bool

  validation {
    condition     = var.environment != "production" || var.db_deletion_protection
    error_message = "db_deletion_protection must be true in production."
  }
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
}

variable "redis_num_cache_clusters" {
  description = "Redis nodes (primary + replicas)."
  type        = number
}

variable "redis_snapshot_retention_days" {
  description = "Redis snapshot retention in days."
  type        = number
}

variable "redis_auth_token" {
  description = "Redis AUTH token (from Secrets Manager via TF_VAR_redis_auth_token)."
  type        = string
  sensitive   = true
}

# --- storage -----------------------------------------------------------------

variable "s3_backup_retention_days" {
  description = "Days objects in the backups bucket are kept."
  type        = number
}

variable "audit_log_retention_days" {
  description = "Days audit logs are kept (at least 2190, six years)."
  type        = number
  default     = 2557
}

variable "s3_force_destroy" {
  description = "Allow destroying non-empty buckets (never in production)."
  type        = bool
  default     = false

  validation {
    condition     = var.environment != "production" || !var.s3_force_destroy
    error_message = "s3_force_destroy must be false in production."
  }
}

variable "kms_deletion_window_days" {
  description = "KMS key deletion waiting period (7-30 days)."
  type        = number
  default     = 30
}

# --- github-oidc -------------------------------------------------------------

variable "github_org" {
  description = "GitHub organisation running the delivery workflows."
  type        = string
}

variable "github_repo" {
  description = "GitHub repository running the delivery workflows."
  type        = string
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub OIDC provider (false when another stack in the account owns it)."
  type        = bool
  default     = true
}

variable "github_oidc_provider_arn" {
  description = "Existing GitHub OIDC provider ARN when create_github_oidc_provider is false."
  type        = string
  default     = null
}

variable "github_plan_branches" {
  description = "Branches whose runs (push, schedule) may assume the read-only plan role, besides pull requests."
  type        = list(string)
  default     = ["main"]
}

# --- evidence ----------------------------------------------------------------

variable "evidence_retention_years" {
  description = "Object Lock (compliance mode) retention of release evidence records, in years (at least 6)."
  type        = number
  default     = 6
}

# --- ingress -----------------------------------------------------------------

variable "domain_name" {
  description = "Public host name of the environment's API (ACM certificate subject)."
  type        = string
}

# --- monitoring --------------------------------------------------------------

variable "alert_emails" {
  description = "E-mail subscribers of the alert topic."
  type        = list(string)
  default     = []
}
