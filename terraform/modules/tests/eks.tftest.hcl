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
  cluster_name        = "medimind-test"
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_ids          = ["subnet-0000000000000000a", "subnet-0000000000000000b", "subnet-0000000000000000c"]
  public_access_cidrs = ["203.0.113.0/24"]
  secrets_kms_key_arn = "arn:aws:kms:us-east-1:111111111111:key/eks"
  ebs_kms_key_arn     = "arn:aws:kms:us-east-1:111111111111:key/ebs"
  logs_kms_key_arn    = "arn:aws:kms:us-east-1:111111111111:key/logs"
  log_retention_days  = 365
  access_entries = {
    deploy    = { principal_arn = "arn:aws:iam::111111111111:role/medimind-test-github-deploy", kubernetes_groups = ["medimind:deployers"] }
    bootstrap = { principal_arn = "arn:aws:iam::111111111111:role/medimind-test-github-bootstrap", access = "admin" }
    plan      = { principal_arn = "arn:aws:iam::111111111111:role/medimind-test-github-plan", access = "view", namespaces = ["medimind"] }
  }
  node_groups = {
    system = { instance_types = ["m6i.xlarge"], min_size = 3, desired_size = 3, max_size = 6, disk_size_gb = 100 }
    app    = { instance_types = ["m6i.2xlarge", "m6a.2xlarge"], min_size = 3, desired_size = 6, max_size = 20, disk_size_gb = 100 }
    gpu    = { instance_types = ["p4d.24xlarge"], min_size = 1, desired_size = 2, max_size = 8, disk_size_gb = 500 }
  }
}

run "cluster_is_hardened" {
  command = plan

  module {
    source = "./eks"
  }

  assert {
    condition     = var.cluster_version == "1.34" && aws_eks_cluster.this.version == var.cluster_version
    error_message = "The default cluster version must be a release in standard support (1.34), not the seed's 1.28."
  }

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_private_access && aws_eks_cluster.this.vpc_config[0].endpoint_public_access
    error_message = "The API endpoint must be private, plus public for the listed CIDRs."
  }

  assert {
    condition     = toset(aws_eks_cluster.this.vpc_config[0].public_access_cidrs) == toset(["203.0.113.0/24"])
    error_message = "The public endpoint must be restricted to the listed CIDRs."
  }

  assert {
    condition     = one(aws_eks_cluster.this.encryption_config[0].provider[*].key_arn) == var.secrets_kms_key_arn && contains(aws_eks_cluster.this.encryption_config[0].resources, "secrets")
    error_message = "Kubernetes secrets must be envelope-encrypted with the KMS key."
  }

  assert {
    condition     = toset(aws_eks_cluster.this.enabled_cluster_log_types) == toset(["api", "audit", "authenticator", "controllerManager", "scheduler"])
    error_message = "All control plane log types must be enabled."
  }

  assert {
    condition     = aws_cloudwatch_log_group.cluster.kms_key_id == var.logs_kms_key_arn && aws_cloudwatch_log_group.cluster.retention_in_days == 365
    error_message = "The control plane log group must be KMS-encrypted with the given retention."
  }

  assert {
    condition     = aws_eks_cluster.this.access_config[0].authentication_mode == "API" && aws_eks_cluster.this.access_config[0].bootstrap_cluster_creator_admin_permissions == false
    error_message = "Access must go through access entries only."
  }

  assert {
    condition     = !contains(keys(aws_eks_access_policy_association.this), "deploy") && aws_eks_access_entry.this["deploy"].kubernetes_groups == toset(["medimind:deployers"])
    error_message = "An entry without access gets no EKS access policy, only its Kubernetes groups."
  }

  assert {
    condition     = aws_eks_access_policy_association.this["bootstrap"].policy_arn == "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy" && aws_eks_access_policy_association.this["bootstrap"].access_scope[0].type == "cluster"
    error_message = "access = admin without namespaces is cluster admin."
  }

  assert {
    condition     = aws_eks_access_policy_association.this["plan"].policy_arn == "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy" && aws_eks_access_policy_association.this["plan"].access_scope[0].type == "namespace" && aws_eks_access_policy_association.this["plan"].access_scope[0].namespaces == toset(["medimind"])
    error_message = "namespaces scopes the access policy to those namespaces."
  }

  assert {
    condition     = aws_iam_openid_connect_provider.irsa.client_id_list == toset(["sts.amazonaws.com"])
    error_message = "The IRSA provider must have the STS audience."
  }
}

run "node_groups" {
  command = plan

  module {
    source = "./eks"
  }

  assert {
    condition     = length(aws_eks_node_group.this) == 3
    error_message = "Expected the system, app and gpu node groups."
  }

  assert {
    condition     = aws_eks_node_group.this["system"].capacity_type == "ON_DEMAND" && aws_eks_node_group.this["app"].capacity_type == "SPOT"
    error_message = "system runs on demand, app on spot."
  }

  assert {
    condition     = length(aws_eks_node_group.this["app"].instance_types) >= 2
    error_message = "The spot group must diversify instance types."
  }

  assert {
    condition     = aws_eks_node_group.this["gpu"].ami_type == "AL2023_x86_64_NVIDIA" && aws_eks_node_group.this["gpu"].scaling_config[0].min_size == 1 && aws_eks_node_group.this["gpu"].scaling_config[0].max_size == 8
    error_message = "The gpu group uses the NVIDIA AMI and scales 1-8."
  }

  assert {
    condition     = anytrue([for t in aws_eks_node_group.this["gpu"].taint : t.key == "nvidia.com/gpu" && t.value == "true" && t.effect == "NO_SCHEDULE"])
    error_message = "The gpu group must carry the nvidia.com/gpu=true:NoSchedule taint."
  }

  assert {
    condition     = alltrue([for lt in aws_launch_template.node : lt.metadata_options[0].http_tokens == "required" && lt.metadata_options[0].http_put_response_hop_limit == 1])
    error_message = "IMDSv2 must be required on every node."
  }

  assert {
    condition     = alltrue([for lt in aws_launch_template.node : lt.block_device_mappings[0].ebs[0].encrypted == "true" && lt.block_device_mappings[0].ebs[0].volume_type == "gp3" && lt.block_device_mappings[0].ebs[0].kms_key_id == var.ebs_kms_key_arn])
    error_message = "Root volumes must be encrypted gp3 with the EBS key."
  }
}

run "rejects_bad_sizes_versions_and_open_endpoint" {
  command = plan

  module {
    source = "./eks"
  }

  variables {
    cluster_version     = "1.28"
    public_access_cidrs = ["0.0.0.0/0"]
    node_groups = {
      system = { instance_types = ["m6i.xlarge"], min_size = 3, desired_size = 2, max_size = 6, disk_size_gb = 100 }
      app    = { instance_types = ["m6i.2xlarge"], min_size = 1, desired_size = 1, max_size = 2, disk_size_gb = 100 }
      gpu    = { instance_types = ["p4d.24xlarge"], min_size = 1, desired_size = 1, max_size = 1, disk_size_gb = 500 }
    }
  }

  expect_failures = [
    var.cluster_version,
    var.public_access_cidrs,
    var.node_groups,
  ]
}

run "rejects_entry_without_access_or_groups" {
  command = plan

  module {
    source = "./eks"
  }

  variables {
    access_entries = {
      nobody = { principal_arn = "arn:aws:iam::111111111111:role/medimind-test-github-deploy" }
    }
  }

  expect_failures = [var.access_entries]
}

run "roles_carry_the_permissions_boundary" {
  command = plan

  module {
    source = "./eks"
  }

  variables {
    permissions_boundary_arn = "arn:aws:iam::111111111111:policy/medimind-test-workload-boundary"
  }

  assert {
    condition     = aws_iam_role.cluster.permissions_boundary == var.permissions_boundary_arn && aws_iam_role.node.permissions_boundary == var.permissions_boundary_arn
    error_message = "The cluster and node roles must carry the permissions boundary the apply role requires."
  }
}
