/** Input and output names and defaults of k6-load-test, in one place (action.yml mirrors them). */
export const Inputs = {
  Scripts: 'scripts',
  Profile: 'profile',
  BaseUrls: 'base-urls',
  SloFile: 'slo-file',
  K6Version: 'k6-version',
  K6Sha256: 'k6-sha256',
  Baseline: 'baseline',
  PrometheusUrl: 'prometheus-url',
  FailOn: 'fail-on',
  ResultsDirectory: 'results-directory',
  AuthToken: 'auth-token',
  MinEffect: 'regression-min-effect',
  WebDashboard: 'web-dashboard',
} as const;

export const Outputs = {
  Passed: 'passed',
  ResultsFile: 'results-file',
  Regression: 'regression',
  SummaryMarkdownPath: 'summary-markdown-path',
  DashboardFile: 'dashboard-file',
} as const;

export const FAIL_ON = ['thresholds', 'regression', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * k6 v1.7.2: the last patch of the 1.7 line, the line @types/k6 1.7.0 (the
 * scripts' type definitions) describes. 2.x changed the JS API; moving to it
 * means moving @types/k6 in the same change.
 */
export const DEFAULT_K6_VERSION = '1.7.2';

export const Defaults = {
  Profile: 'smoke',
  ResultsDirectory: 'k6-results',
  FailOn: 'thresholds' as FailOn,
  /** Smallest p95 increase (relative) reported as a regression, however significant. */
  MinEffect: 0.1,
} as const;

/** Where k6 release archives come from; tests point it at a local server. */
export const RELEASES_URL_ENV = 'MEDIMIND_K6_RELEASES_URL';
export const DEFAULT_RELEASES_URL = 'https://github.com/grafana/k6/releases/download';

/** A run below this share of its target rate has not reached its throughput. */
export const THROUGHPUT_TOLERANCE = 0.95;

export const RESULTS_SCHEMA = 'medimind.k6-results/v1';
