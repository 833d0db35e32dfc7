variable "name_prefix" {
  description = "Prefix for role names, e.g. medimind-production."
  type        = string
}

variable "account_id" {
  description = "AWS account ID."
  type        = string
}

variable "region" {
  description = "AWS region."
  type        = string
}

variable "cluster_name" {
  description = "EKS cluster name (scopes the cluster autoscaler's write permissions)."
  type        = string
}

variable "oidc_provider_arn" {
  description = "ARN of the cluster's IRSA OIDC provider."
  type        = string
}

variable "oidc_issuer_url" {
  description = "Cluster OIDC issuer URL (https://oidc.eks.<region>.amazonaws.com/id/...)."
  type        = string
}

variable "model_artifacts_bucket_arn" {
  description = "ARN of the model artifacts bucket (the ML pipeline reads it, the backend does not)."
  type        = string
}

variable "backups_bucket_arn" {
  description = "ARN of the backups bucket (the backend writes exports there)."
  type        = string
}

variable "s3_kms_key_arn" {
  description = "KMS key ARN of the buckets."
  type        = string
}

variable "secret_kms_key_arns" {
  description = "KMS key ARNs that encrypt the secrets External Secrets Operator may read."
  type        = list(string)
}

variable "secret_arns" {
  description = "Secrets Manager ARNs External Secrets Operator may read, in addition to <name_prefix>/* secrets."
  type        = list(string)
  default     = []
}

variable "service_accounts" {
  description = "Kubernetes namespace and service account per workload role. external-secrets is the ServiceAccount in the medimind namespace that the namespaced SecretStore (k8s/base/apps/external-secrets.yaml) authenticates with (jwt auth), not the operator's own account."
  type = map(object({
    namespace       = string
    service_account = string
  }))
  default = {
    "ml-pipeline"                  = { namespace = "medimind", service_account = "ml-pipeline" }
    backend                        = { namespace = "medimind", service_account = "backend-api" }
    "external-secrets"             = { namespace = "medimind", service_account = "external-secrets" }
    "aws-load-balancer-controller" = { namespace = "kube-system", service_account = "aws-load-balancer-controller" }
    "cluster-autoscaler"           = { namespace = "kube-system", service_account = "cluster-autoscaler" }
  }

  validation {
    condition = alltrue([for k in ["ml-pipeline", "backend", "external-secrets", "aws-load-balancer-controller", "cluster-autoscaler"] : contains(keys(var.service_accounts), k)]) && length(var.service_accounts) == 5

    error_message = "service_accounts must define exactly ml-pipeline, backend, external-secrets, aws-load-balancer-controller and cluster-autoscaler."
  }
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary of every IAM role this module creates (the apply role may only create and change roles that carry it). null: none."
  type        = string
  default     = null
}
