/** Input and output names, modes and categories of readiness-check, in one place (action.yml mirrors them). */
export const Inputs = {
  Mode: 'mode',
  Manifests: 'manifests',
  Namespace: 'namespace',
  Kubeconfig: 'kubeconfig',
  PrometheusUrl: 'prometheus-url',
  AwsRegion: 'aws-region',
  SloFile: 'slo-file',
  Categories: 'categories',
  Window: 'window',
  FailOn: 'fail-on',
  ReportFile: 'report-file',
} as const;

export const Outputs = {
  Passed: 'passed',
  FailedChecks: 'failed-checks',
  ReportFile: 'report-file',
} as const;

export const MODES = ['static', 'live'] as const;
export type Mode = (typeof MODES)[number];

export const FAIL_ON = ['fail', 'warn'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The seed's eight categories, in report order. */
export const CATEGORIES = [
  { id: 'cluster', name: 'Cluster and node groups' },
  { id: 'workloads', name: 'Workloads' },
  { id: 'autoscaling', name: 'Auto-scaling' },
  { id: 'networking', name: 'Networking' },
  { id: 'security', name: 'Security (HIPAA)' },
  { id: 'data', name: 'Data stores' },
  { id: 'monitoring', name: 'Monitoring and alerting' },
  { id: 'performance', name: 'Performance (SLOs)' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as CategoryId[];

export const Defaults = {
  SloFile: 'loadtests/slo.yaml',
  Window: '10m',
  ReportFile: 'readiness-report.json',
} as const;

/** The project's conventions the checks rely on (k8s/README.md). */
export const Project = {
  Apps: ['backend-api', 'ml-pipeline'],
  AppNamespace: 'medimind',
  NameLabel: 'app.kubernetes.io/name',
  ColorLabel: 'medimind.io/color',
  ActiveColorAnnotation: 'medimind.io/active-color',
  PoolLabel: 'medimind.io/pool',
  NodePools: ['system', 'app', 'gpu'],
  /** Oldest EKS minor with standard support that has the preStop sleep action (1.30). */
  MinKubernetesMinor: 30,
  HpaMin: 3,
  HpaMax: 20,
  /** DaemonSets that may run privileged (node-level agents). */
  PrivilegedDaemonSets: ['falco', 'dcgm-exporter'],
  IrsaAnnotation: 'eks.amazonaws.com/role-arn',
  DashboardLabel: 'grafana_dashboard',
  /** The seed's alerts, which must be loaded in Prometheus. */
  SeedAlerts: [
    'MLPredictionLatencyHigh',
    'HighErrorRate',
    'GPUTemperatureHigh',
    'DatabaseConnectionsHigh',
    'PodRestartLoop',
    'PodCrashLooping',
  ],
  /** Name prefix of the data stores terraform creates (one AWS account per environment). */
  AwsNamePrefix: 'medimind-',
  MinBackupRetentionDays: 7,
} as const;
