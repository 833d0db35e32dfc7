/**
 * One `k6 run` per script: `--summary-export` (thresholds as {expr: failed})
 * and `--out json` (NDJSON points) into the results directory; everything the
 * script needs goes through the environment (k6 copies it into __ENV), so the
 * auth token is never on a command line. SIGINT/SIGTERM reach k6 through the
 * kernel's execute(): k6 stops, still writes its summary and exits 105.
 */
import { basename, join } from 'node:path';
import { execute } from '../../_shared/src/exec';
import type { Config } from './config';
import { type FailureReason, reasonForExit } from './failure-reasons';

export type ScriptRun = {
  script: string;
  name: string;
  exitCode: number | null;
  reason: FailureReason | undefined;
  summaryFile: string;
  ndjsonFile: string;
  dashboardFile: string | undefined;
};

export function baseUrlVariable(service: string): string {
  return `BASE_URL_${service.toUpperCase().replace(/-/g, '_')}`;
}

export function k6Environment(
  cfg: Config,
  sloJson: string,
  env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = {
    ...env,
    PROFILE: cfg.profile,
    MEDIMIND_SLO_JSON: sloJson,
    // No usage report from CI runs of a HIPAA platform's tests.
    K6_NO_USAGE_REPORT: 'true',
  };
  for (const [service, url] of cfg.baseUrls) vars[baseUrlVariable(service)] = url;
  if (cfg.authToken) vars.MEDIMIND_AUTH_TOKEN = cfg.authToken;
  return vars;
}

export async function runScript(
  binary: string,
  script: string,
  cfg: Config,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<ScriptRun> {
  const name = basename(script).replace(/\.[mc]?[jt]s$/, '');
  const summaryFile = join(cfg.resultsDirectory, `${name}.summary.json`);
  const ndjsonFile = join(cfg.resultsDirectory, `${name}.ndjson`);
  const dashboardFile = cfg.webDashboard
    ? join(cfg.resultsDirectory, `${name}.dashboard.html`)
    : undefined;
  const runEnv = dashboardFile
    ? { ...env, K6_WEB_DASHBOARD: 'true', K6_WEB_DASHBOARD_EXPORT: dashboardFile }
    : env;
  const args = ['run', '--summary-export', summaryFile, '--out', `json=${ndjsonFile}`, script];
  const result = await execute(binary, args, {
    env: runEnv,
    signal,
    output: 'inherit',
    killGraceMs: 60_000,
  });
  const exitCode = result.exitCode;
  // Killed by a signal with no code of its own: what k6 itself reports for an interrupted run.
  const reason =
    exitCode === null ? (signal.aborted ? 'cancelled' : 'k6-failed') : reasonForExit(exitCode);
  return { script, name, exitCode, reason, summaryFile, ndjsonFile, dashboardFile };
}
