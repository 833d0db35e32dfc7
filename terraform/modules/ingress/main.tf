# TLS for the Application Load Balancers. The ALBs themselves are created by
# the AWS Load Balancer Controller from Ingress objects (its IRSA role is in
# the irsa module, its subnet tags in network); this module issues the ACM
# certificate they terminate TLS with and the TLS policy they must use.

resource "aws_acm_certificate" "this" {
  domain_name               = var.domain_name
  subject_alternative_names = var.subject_alternative_names
  validation_method         = "DNS"
  key_algorithm             = "RSA_2048"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  lifecycle {
    create_before_destroy = true
  }
}
