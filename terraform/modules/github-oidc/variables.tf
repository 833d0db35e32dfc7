variable "name_prefix" {
  description = "Prefix for role names, e.g. medimind-production."
  type        = string
}

variable "environment" {
  description = "GitHub environment whose jobs may assume the apply and deploy roles (also the deployment environment)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.environment))
    error_message = "environment must be 2-31 lowercase letters, digits or hyphens."
  }
}

variable "github_org" {
  description = "GitHub organisation (or user) that owns the repository running the workflows."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", var.github_org))
    error_message = "github_org must be a GitHub organisation name: 1-39 letters, digits or hyphens, not starting with a hyphen."
  }
}

variable "github_repo" {
  description = "Repository name (without the organisation) running the workflows."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,100}$", var.github_repo)) && !strcontains(var.github_repo, "*")
    error_message = "github_repo must be a repository name: 1-100 letters, digits, '.', '_' or '-', no wildcards."
  }
}

variable "create_oidc_provider" {
  description = "Create the account's token.actions.githubusercontent.com identity provider. Set false when another stack in the same account already owns it, and pass oidc_provider_arn."
  type        = bool
  default     = true
}

variable "oidc_provider_arn" {
  description = "Existing GitHub OIDC provider ARN, used when create_oidc_provider is false."
  type        = string
  default     = null

  validation {
    condition     = var.create_oidc_provider || (var.oidc_provider_arn != null && can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$", var.oidc_provider_arn)))
    error_message = "oidc_provider_arn must be the ARN of an existing token.actions.githubusercontent.com provider when create_oidc_provider is false."
  }
}

variable "account_id" {
  description = "AWS account ID."
  type        = string
}

variable "region" {
  description = "AWS region."
  type        = string
}

variable "state_bucket_arn" {
  description = "ARN of the S3 bucket holding the Terraform state (plan reads it and writes only lock files; apply writes state)."
  type        = string
}

variable "state_key_prefix" {
  description = "Key prefix of this environment's state objects in the state bucket."
  type        = string
}

variable "partition" {
  description = "AWS partition (aws, aws-us-gov)."
  type        = string
  default     = "aws"
}

variable "plan_branches" {
  description = "Branches whose push and schedule runs may assume the plan role (besides pull requests), e.g. the default branch."
  type        = list(string)
  default     = ["main"]

  validation {
    condition     = length(var.plan_branches) > 0 && alltrue([for b in var.plan_branches : can(regex("^[A-Za-z0-9._/-]+$", b)) && !strcontains(b, "*")])
    error_message = "plan_branches must name at least one branch, without wildcards."
  }
}

variable "bootstrap_environment" {
  description = "GitHub environment trusted by the platform bootstrap role (default <environment>-bootstrap). Protect it with required reviewers."
  type        = string
  default     = null

  validation {
    condition     = var.bootstrap_environment == null || can(regex("^[a-z][a-z0-9-]{1,40}$", coalesce(var.bootstrap_environment, "x")))
    error_message = "bootstrap_environment must be lowercase letters, digits or hyphens."
  }
}

variable "apply_policy_arns" {
  description = "Managed policies attached to the terraform apply role (it creates the whole platform). Never IAM: IAM comes only from this module's bounded statements."
  type        = list(string)
  default     = ["arn:aws:iam::aws:policy/PowerUserAccess"]

  validation {
    condition     = alltrue([for p in var.apply_policy_arns : !can(regex("(AdministratorAccess|IAMFullAccess)$", p))])
    error_message = "apply_policy_arns must not grant IAM administration (AdministratorAccess, IAMFullAccess)."
  }
}

variable "attachable_policy_arns" {
  description = "The only managed policies the apply role may attach to the roles it creates (those the platform's modules attach)."
  type        = list(string)
  default = [
    "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
    "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole",
  ]

  validation {
    condition     = alltrue([for p in var.attachable_policy_arns : can(regex("^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/", p)) && !strcontains(p, "*") && !can(regex("(AdministratorAccess|IAMFullAccess|PowerUserAccess)$", p))])
    error_message = "attachable_policy_arns must be exact policy ARNs (no wildcards) and must not include AdministratorAccess, IAMFullAccess or PowerUserAccess."
  }
}

variable "cluster_name" {
  description = "EKS cluster the deploy and bootstrap roles describe."
  type        = string
}

variable "evidence_bucket_arn" {
  description = "ARN of the release evidence bucket (Object Lock) the deploy role writes to."
  type        = string
}

variable "kms_deletion_window_days" {
  description = "Deletion waiting period of the plan bundle key (7-30 days)."
  type        = number
  default     = 30
}

variable "max_session_duration" {
  description = "Maximum session duration of the apply and deploy roles, in seconds (1-12 hours)."
  type        = number
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}
