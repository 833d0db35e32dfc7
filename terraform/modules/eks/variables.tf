variable "cluster_name" {
  description = "EKS cluster name."
  type        = string
}

variable "cluster_version" {
  description = "Kubernetes minor version of the control plane. The seed document's 1.28 left EKS standard support in November 2024 and extended support in 2025: never go back to it. Keep this on a release in standard support (see the EKS release calendar)."
  type        = string
  default     = "1.34"

  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.cluster_version)) && tonumber(split(".", var.cluster_version)[1]) >= 32
    error_message = "cluster_version must be a Kubernetes minor version like \"1.34\", and at least 1.32 (older releases are out of EKS standard support; the seed's 1.28 is end-of-life)."
  }
}

variable "subnet_ids" {
  description = "Private subnet IDs for the control plane ENIs and the node groups."
  type        = list(string)
}

variable "vpc_id" {
  description = "VPC ID."
  type        = string
}

variable "public_access_cidrs" {
  description = "CIDRs allowed to reach the public API endpoint (empty list: the public endpoint is disabled). 0.0.0.0/0 is refused."
  type        = list(string)

  validation {
    condition     = alltrue([for c in var.public_access_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "public_access_cidrs must be valid IPv4 CIDR blocks, and 0.0.0.0/0 is not allowed."
  }
}

variable "secrets_kms_key_arn" {
  description = "KMS key ARN for envelope encryption of Kubernetes secrets."
  type        = string
}

variable "ebs_kms_key_arn" {
  description = "KMS key ARN for the node root volumes."
  type        = string
}

variable "logs_kms_key_arn" {
  description = "KMS key ARN for the control plane log group."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the control plane log group, in days."
  type        = number
}

variable "oidc_thumbprints" {
  description = "Thumbprints of the cluster OIDC issuer's CA. Optional: IAM validates EKS issuers against its own trusted CAs."
  type        = list(string)
  default     = []
}

variable "access_entries" {
  description = "EKS access entries keyed by a static name: principal_arn of an IAM role; access = admin | edit | view (AmazonEKSClusterAdminPolicy, AmazonEKSEditPolicy, AmazonEKSViewPolicy) or null for none (the principal holds only what RBAC gives its kubernetes_groups); namespaces limits that policy to those namespaces (empty: cluster-wide); kubernetes_groups are bound by the k8s/ RBAC RoleBindings."
  type = map(object({
    principal_arn     = string
    access            = optional(string)
    namespaces        = optional(list(string), [])
    kubernetes_groups = optional(list(string), [])
  }))
  default = {}

  validation {
    condition     = alltrue([for e in values(var.access_entries) : e.access == null || contains(["admin", "edit", "view"], coalesce(e.access, "none"))])
    error_message = "access_entries[*].access must be admin, edit, view or null."
  }

  validation {
    condition     = alltrue([for e in values(var.access_entries) : e.access != null || length(e.kubernetes_groups) > 0])
    error_message = "An access entry without an access policy must map the principal to at least one Kubernetes group."
  }
}

variable "node_groups" {
  description = "Sizes and instance types of the system, app and gpu node groups."
  type = map(object({
    instance_types = list(string)
    min_size       = number
    desired_size   = number
    max_size       = number
    disk_size_gb   = number
  }))

  validation {
    condition     = alltrue([for k in ["system", "app", "gpu"] : contains(keys(var.node_groups), k)]) && length(var.node_groups) == 3
    error_message = "node_groups must define exactly the system, app and gpu node groups."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : g.min_size <= g.desired_size && g.desired_size <= g.max_size && g.min_size >= 0 && g.max_size >= 1])
    error_message = "Every node group needs 0 <= min_size <= desired_size <= max_size and max_size >= 1."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : length(g.instance_types) > 0 && g.disk_size_gb >= 20 && g.disk_size_gb <= 2000])
    error_message = "Every node group needs at least one instance type and a root disk of 20-2000 GiB."
  }
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary of every IAM role this module creates (the apply role may only create and change roles that carry it). null: none."
  type        = string
  default     = null
}
