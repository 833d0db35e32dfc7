variable "name_prefix" {
  description = "Prefix of the repository names, e.g. medimind-production."
  type        = string
}

variable "repositories" {
  description = "Container image repositories (one per service)."
  type        = list(string)
  default     = ["ml-pipeline", "backend-api"]

  validation {
    condition     = length(var.repositories) > 0 && alltrue([for r in var.repositories : can(regex("^[a-z0-9][a-z0-9._-]{1,60}$", r))])
    error_message = "repositories must be lowercase names of 2-61 letters, digits, '.', '_' or '-'."
  }
}

variable "kms_key_arn" {
  description = "KMS key ARN that encrypts the images."
  type        = string
}

variable "untagged_image_expiry_days" {
  description = "Days after which untagged images are expired."
  type        = number
  default     = 14

  validation {
    condition     = var.untagged_image_expiry_days >= 1 && var.untagged_image_expiry_days <= 365
    error_message = "untagged_image_expiry_days must be between 1 and 365."
  }
}
