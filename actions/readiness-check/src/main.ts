import { setMaxListeners } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ActionFailure, ConfigurationError } from '../../_shared/src/errors';
import { group } from '../../_shared/src/log';
import { mask } from '../../_shared/src/mask';
import type { ActionContext } from '../../_shared/src/run-action';
import { error, info, setOutput, warning } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { type Config, readConfig } from './config';
import { Outputs } from './constants';
import { Reason } from './failure-reasons';
import type { Report } from './report';
import type { CheckContext } from './types';

/** Input mistakes caught by the kernel's parsers carry no reason: they are all bad-input. */
function config(env: ActionContext['env']): Config {
  try {
    return readConfig(env);
  } catch (e) {
    if (e instanceof ConfigurationError && !e.reason)
      throw new ConfigurationError(e.message, Reason['bad-input']);
    throw e;
  }
}

function maskUrlCredentials(url: string | undefined): void {
  if (!url) return;
  try {
    const u = new URL(url);
    mask(u.password);
    mask(decodeURIComponent(u.password));
  } catch {}
}

/** Gathers what the checks read: manifests (static) or cluster, Prometheus and AWS (live). */
async function context(
  cfg: Config,
  signal: AbortSignal,
): Promise<{ ctx: CheckContext; source: string; close(): void }> {
  // YAML parsing loads only after every input is known to be good (a fast bad-input path).
  const slos = 'missing' in cfg.slos ? undefined : (await import('./slo')).loadSlos(cfg.slos.path);
  const missing: CheckContext['missing'] = {
    slos: 'missing' in cfg.slos ? cfg.slos.missing : undefined,
  };
  const base = {
    mode: cfg.mode,
    namespace: cfg.namespace,
    windowMs: cfg.windowMs,
    slos,
    missing,
    signal,
  };
  if (cfg.mode === 'static') {
    const { loadManifests } = await import('./manifests');
    const objects = await group('Build manifests', () =>
      loadManifests(cfg.manifests, { cwd: cfg.cwd, signal }),
    );
    return { ctx: { ...base, objects }, source: objects.origin, close() {} };
  }
  // Heavier modules load only now that the inputs are known to be good.
  const [{ kubeGetter }, { readCluster }, { prometheusReader, probePrometheus }, { awsReader }] =
    await Promise.all([
      import('./kube-node'),
      import('./kube'),
      import('./prometheus'),
      import('./aws'),
    ]);
  const kube = await kubeGetter(cfg.kubeconfig);
  try {
    const prometheus = cfg.prometheusUrl ? prometheusReader(cfg.prometheusUrl, signal) : undefined;
    const [state] = await group('Read the cluster and Prometheus', () =>
      Promise.all([
        readCluster(kube.get, cfg.namespace, signal),
        prometheus && probePrometheus(prometheus),
      ]),
    );
    if (!prometheus) missing.prometheus = 'input prometheus-url not set';
    if (!cfg.awsRegion) missing.aws = 'input aws-region not set';
    return {
      ctx: {
        ...base,
        objects: state.objects,
        clusterVersion: state.version,
        prometheus,
        aws: cfg.awsRegion ? awsReader(cfg.awsRegion) : undefined,
      },
      source: `cluster ${kube.server}${prometheus ? `, Prometheus ${prometheus.url}` : ''}${cfg.awsRegion ? `, AWS ${cfg.awsRegion}` : ''}`,
      close: kube.close,
    };
  } catch (e) {
    kube.close();
    throw e;
  }
}

function log(report: Report, cwd: string): void {
  for (const c of report.categories) {
    info(`${c.status.toUpperCase().padEnd(4)} ${c.name}`);
    for (const k of c.checks) {
      info(`  ${k.status.padEnd(4)} ${k.id} ${k.title}: ${k.reason}`);
      if (k.status !== 'fail' && k.status !== 'warn') continue;
      const annotate = k.status === 'fail' ? error : warning;
      const where = k.locations?.length ? k.locations : [undefined];
      for (const loc of where) {
        annotate(`${k.reason}`, {
          title: `${k.id} ${k.title}`,
          file: loc
            ? relative(cwd, loc.file.startsWith('/') ? loc.file : `${cwd}/${loc.file}`)
            : undefined,
          startLine: loc?.line,
        });
      }
    }
  }
}

export async function run(action: ActionContext): Promise<void> {
  const cfg = config(action.env);
  maskUrlCredentials(cfg.prometheusUrl);
  // Every concurrent request listens on the cancellation signal.
  setMaxListeners(0, action.signal);
  const { ctx, source, close } = await context(cfg, action.signal);
  // The checks load after the inputs are validated: a bad input costs only Node's start-up.
  const [{ CHECKS }, { blocking, renderSummary, runChecks }] = await Promise.all([
    import('./checks'),
    import('./report'),
  ]);
  let report: Report;
  try {
    report = await group(`Run ${CHECKS.length} checks (${cfg.mode})`, () =>
      runChecks(CHECKS, ctx, { categories: cfg.categories, failOn: cfg.failOn, source }),
    );
  } finally {
    close();
  }
  log(report, cfg.cwd);
  mkdirSync(dirname(cfg.reportFile), { recursive: true });
  writeFileSync(cfg.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const failing = blocking(report.categories, cfg.failOn);
  setOutput(Outputs.Passed, String(report.passed), action.env);
  setOutput(Outputs.FailedChecks, failing.map((k) => k.id).join(','), action.env);
  setOutput(Outputs.ReportFile, cfg.reportFile, action.env);
  await writeSummary(renderSummary(report), action.env);
  if (!report.passed) {
    throw new ActionFailure(
      `Not ready: ${failing.length} check${failing.length === 1 ? '' : 's'} ${cfg.failOn === 'warn' ? 'failed or warned' : 'failed'} (${failing.map((k) => k.id).join(', ')})`,
      Reason['checks-failed'],
    );
  }
  const passed = report.categories.filter((c) => c.status === 'pass').length;
  info(`Ready: ${passed}/${report.categories.length} categories passed; report ${cfg.reportFile}`);
}
