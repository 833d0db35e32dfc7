variable "name_prefix" {
  description = "Prefix for role names, e.g. medimind-production."
  type        = string
}

variable "environment" {
  description = "GitHub environment whose jobs may assume the roles (also the deployment environment)."
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
  description = "ARN of the S3 bucket holding the Terraform state (both roles read it; apply also writes the lock and state)."
  type        = string
}

variable "state_key_prefix" {
  description = "Key prefix of this environment's state objects in the state bucket."
  type        = string
}

variable "deploy_policy_arns" {
  description = "Managed policies attached to the apply/deploy role (it creates the whole platform)."
  type        = list(string)
  default     = ["arn:aws:iam::aws:policy/PowerUserAccess"]
}

variable "max_session_duration" {
  description = "Maximum session duration of both roles, in seconds (1-12 hours)."
  type        = number
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}
