variable "domain_name" {
  description = "Public host name the ALB serves (TLS certificate subject), e.g. api.medimind.example."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$", var.domain_name))
    error_message = "domain_name must be a lowercase DNS name such as api.medimind.example."
  }
}

variable "subject_alternative_names" {
  description = "Additional host names on the certificate."
  type        = list(string)
  default     = []
}
