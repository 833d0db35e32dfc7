#!/usr/bin/env bash
# The seed's validate-deployment.sh approach, as the baseline of
# bench/readiness.ts: the same live checks as readiness-check (data stores
# aside: no AWS here), one `kubectl` (or `curl` for Prometheus) call per check,
# judged with jq. Needs KUBECONFIG, PROM (Prometheus base URL), NS.
set -uo pipefail
NS=${NS:-medimind}
PROM=${PROM:?set PROM to the Prometheus URL}
WINDOW=${WINDOW:-30s}
failed=0
check() {
  local id=$1
  shift
  if "$@" >/dev/null 2>&1; then echo "pass $id"; else echo "FAIL $id"; failed=$((failed + 1)); fi
}
kj() { kubectl "$@" -o json; }
q() { curl -sf --get "$PROM/api/v1/query" --data-urlencode "query=$1"; }

# 1. cluster
check MM-RDY-001 bash -c '[ "$(kubectl version -o json | jq -r ".serverVersion.minor" | tr -d +)" -ge 30 ]'
check MM-RDY-002 bash -c 'kubectl get nodes -o json | jq -e "[\"system\",\"app\",\"gpu\"] - [.items[] | select(any(.status.conditions[]; .type==\"Ready\" and .status==\"True\")) | .metadata.labels[\"medimind.io/pool\"]] | length == 0"'
check MM-RDY-003 bash -c 'kubectl get nodes -l medimind.io/pool=app -o json | jq -e "all(.items[]; .metadata.labels[\"eks.amazonaws.com/capacityType\"]==\"SPOT\")"'
check MM-RDY-004 bash -c 'kubectl get nodes -l medimind.io/pool=gpu -o json | jq -e "(.items|length)>0 and all(.items[]; (.status.allocatable[\"nvidia.com/gpu\"]|tonumber)>0 and any(.spec.taints[]?; .key==\"nvidia.com/gpu\"))"'
# 2. workloads
for app in backend-api ml-pipeline; do
  check "MM-RDY-010 $app" bash -c "kubectl -n $NS get deployment $app-blue -o json | jq -e '.status.availableReplicas >= .spec.replicas'"
done
check MM-RDY-011 bash -c "kubectl -n $NS get pods -o json | jq -e 'all(.items[].status.containerStatuses[]?; .restartCount == 0)'"
for app in backend-api ml-pipeline; do
  check "MM-RDY-012 $app" bash -c "kubectl -n $NS get pdb $app -o json | jq -e '.status.disruptionsAllowed >= 1'"
  check "MM-RDY-013 $app" bash -c "kubectl -n $NS get deployment $app-blue -o json | jq -e 'all(.spec.template.spec.containers[]; .lifecycle.preStop != null)'"
  check "MM-RDY-014 $app" bash -c "kubectl -n $NS get deployment $app-blue -o json | jq -e '.spec.template.spec.terminationGracePeriodSeconds > (.spec.template.spec.containers[0].lifecycle.preStop.sleep.seconds // 0)'"
  check "MM-RDY-015 $app" bash -c "kubectl -n $NS get deployment $app-blue -o json | jq -e 'all(.spec.template.spec.containers[]; .readinessProbe != null)'"
  # 3. autoscaling
  check "MM-RDY-020 $app" bash -c "kubectl -n $NS get hpa $app-blue -o json | jq -e '.spec.minReplicas >= 3 and .spec.maxReplicas <= 20'"
  check "MM-RDY-021 $app" bash -c "kubectl -n $NS get hpa $app-blue -o json | jq -e '(.status.currentMetrics // []) | length > 0'"
  check "MM-RDY-022 $app" bash -c "kubectl -n $NS get hpa $app-blue -o json | jq -e '.status.currentReplicas < .spec.maxReplicas'"
  # 4. networking
  check "MM-RDY-030 $app" bash -c "kubectl -n $NS get endpointslices -l kubernetes.io/service-name=$app -o json | jq -e '[.items[].endpoints[]? | select(.conditions.ready)] | length > 0'"
  check "MM-RDY-031 $app" bash -c "kubectl -n $NS get endpointslices -l kubernetes.io/service-name=$app-preview -o json | jq -e '[.items[].endpoints[]? | select(.conditions.ready)] | length > 0'"
  check "MM-RDY-034 $app" bash -c "kubectl -n $NS get networkpolicies -o json | jq -e '[.items[] | select(.spec.podSelector.matchLabels[\"app.kubernetes.io/name\"]==\"$app\" or any(.spec.podSelector.matchExpressions[]?; .values | index(\"$app\")))] | length > 0'"
  # 5. security
  check "MM-RDY-041 $app" bash -c "kubectl -n $NS get deployment $app-blue -o json | jq -e '.spec.template.spec.securityContext.runAsNonRoot and all(.spec.template.spec.containers[]; .securityContext.readOnlyRootFilesystem)'"
  check "MM-RDY-045 $app" bash -c "kubectl -n $NS get serviceaccount $app -o json | jq -e '.metadata.annotations[\"eks.amazonaws.com/role-arn\"] | test(\"^arn:aws:iam::[0-9]{12}:role/\")'"
done
check MM-RDY-032 bash -c "kubectl -n $NS get ingress backend-api -o json | jq -e '(.status.loadBalancer.ingress // []) | length > 0'"
check MM-RDY-033 bash -c "kubectl -n $NS get networkpolicy default-deny-all -o json | jq -e '.spec.podSelector == {} and (.spec.policyTypes | index(\"Egress\"))'"
check MM-RDY-040 bash -c "kubectl get namespace $NS -o json | jq -e '.metadata.labels[\"pod-security.kubernetes.io/enforce\"] == \"restricted\"'"
check MM-RDY-042 bash -c "kubectl get deployments,daemonsets,statefulsets -A -o json | jq -e '[.items[] | select(.kind != \"DaemonSet\" or ((.metadata.name == \"falco\" or .metadata.name == \"dcgm-exporter\") | not)) | .spec.template.spec.containers[] | select(.securityContext.privileged == true)] | length == 0'"
check MM-RDY-043 bash -c "kubectl -n security get daemonset falco -o json | jq -e '.status.numberReady >= .status.desiredNumberScheduled and .status.numberReady > 0'"
check MM-RDY-044 bash -c "kubectl -n $NS get externalsecrets -o json | jq -e 'all(.items[]; any(.status.conditions[]?; .type==\"Ready\" and .status==\"True\"))'"
# 7. monitoring
check MM-RDY-060 bash -c "$(declare -f q); PROM=$PROM; q 'min by (app) (up{app=~\"backend-api|ml-pipeline|dcgm-exporter\"})' | jq -e '(.data.result | length) == 3 and all(.data.result[]; .value[1] == \"1\")'"
check MM-RDY-061 bash -c "curl -sf '$PROM/api/v1/rules?type=alert' | jq -e '[.data.groups[].rules[].name] | contains([\"MLPredictionLatencyHigh\",\"HighErrorRate\",\"GPUTemperatureHigh\",\"DatabaseConnectionsHigh\",\"PodRestartLoop\",\"PodCrashLooping\"])'"
check MM-RDY-062 bash -c "curl -sf '$PROM/api/v1/alerts' | jq -e '[.data.alerts[] | select(.state==\"firing\" and .labels.severity==\"critical\")] | length == 0'"
check MM-RDY-063 bash -c "kubectl get configmaps -A -l grafana_dashboard=1 -o json | jq -e '.items | length > 0'"
check MM-RDY-061-objects bash -c "kubectl get prometheusrules -A -o json | jq -e '[.items[].spec.groups[].rules[].alert] | index(\"HighErrorRate\")'"
# 8. performance
for pair in "backend-api http_request_duration_seconds 0.1" "ml-pipeline medimind_ml_prediction_duration_seconds 0.2" "ml-pipeline medimind_voice_analysis_duration_seconds 0.5"; do
  set -- $pair
  check "MM-RDY-070 $2" bash -c "$(declare -f q); PROM=$PROM; q 'histogram_quantile(0.95, sum by (le) (rate($2_bucket{namespace=\"$NS\", app=\"$1\"}[$WINDOW])))' | jq -e '(.data.result[0].value[1] | tonumber) < $3'"
done
for app in backend-api ml-pipeline; do
  check "MM-RDY-071 $app" bash -c "$(declare -f q); PROM=$PROM; q '(sum(rate(http_requests_total{namespace=\"$NS\", app=\"$app\", status=~\"5..\"}[$WINDOW])) or vector(0)) / sum(rate(http_requests_total{namespace=\"$NS\", app=\"$app\"}[$WINDOW]))' | jq -e '(.data.result[0].value[1] | tonumber) <= 0.01'"
done
echo "failed: $failed"
