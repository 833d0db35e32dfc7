output "certificate_arn" {
  description = "ACM certificate ARN for the alb.ingress.kubernetes.io/certificate-arn annotation."
  value       = aws_acm_certificate.this.arn
}

output "ssl_policy" {
  description = "ALB TLS policy for the alb.ingress.kubernetes.io/ssl-policy annotation (TLS 1.3 and 1.2 only)."
  value       = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

output "dns_validation_records" {
  description = "DNS records that prove domain ownership to ACM (create them in the zone)."
  value = [for o in aws_acm_certificate.this.domain_validation_options : {
    name  = o.resource_record_name
    type  = o.resource_record_type
    value = o.resource_record_value
  }]
}
