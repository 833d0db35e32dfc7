output "cluster_name" {
  description = "EKS cluster name."
  value       = aws_eks_cluster.this.name
}

output "cluster_arn" {
  description = "EKS cluster ARN."
  value       = aws_eks_cluster.this.arn
}

output "cluster_endpoint" {
  description = "EKS API server endpoint."
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_certificate_authority" {
  description = "Base64 CA certificate of the API server."
  value       = aws_eks_cluster.this.certificate_authority[0].data
}

output "cluster_security_group_id" {
  description = "Security group EKS creates for the control plane and managed nodes."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "oidc_provider_arn" {
  description = "IRSA OIDC provider ARN."
  value       = aws_iam_openid_connect_provider.irsa.arn
}

output "oidc_issuer_url" {
  description = "Cluster OIDC issuer URL."
  value       = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

output "node_role_arn" {
  description = "IAM role ARN of the managed nodes."
  value       = aws_iam_role.node.arn
}

output "node_group_names" {
  description = "Managed node group names."
  value       = [for g in aws_eks_node_group.this : g.node_group_name]
}

output "node_group_scaling" {
  description = "min/desired/max size, capacity type and instance types per node group."
  value = {
    for k, g in aws_eks_node_group.this : k => {
      min_size       = g.scaling_config[0].min_size
      desired_size   = g.scaling_config[0].desired_size
      max_size       = g.scaling_config[0].max_size
      capacity_type  = g.capacity_type
      instance_types = g.instance_types
    }
  }
}

output "access_policies" {
  description = "Per access entry: the EKS access policy and its scope (no key: the entry has no policy, only its Kubernetes groups)."
  value = {
    for k, a in aws_eks_access_policy_association.this : k => {
      policy_arn = a.policy_arn
      scope      = a.access_scope[0].type
      namespaces = a.access_scope[0].namespaces
    }
  }
}

output "access_entry_groups" {
  description = "Kubernetes groups of each access entry."
  value       = { for k, e in var.access_entries : k => e.kubernetes_groups }
}
