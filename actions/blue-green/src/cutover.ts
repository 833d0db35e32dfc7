/**
 * The part of the run loaded only after the inputs were validated (main.ts):
 * manifests, the Kubernetes client, the cutover itself, outputs and summary.
 */
import { setMaxListeners } from 'node:events';
import { CancelledError } from '../../_shared/src/cancel';
import { group } from '../../_shared/src/log';
import { setOutputs } from '../../_shared/src/outputs';
import type { ActionContext } from '../../_shared/src/run-action';
import { info, notice, warning } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { prometheusQuery, serviceGetter } from './checks';
import type { Config } from './config';
import { Outputs } from './constants';
import { type Deps, deploy } from './deploy';
import { finalize } from './finalize';
import { isDigest } from './images';
import { Kube } from './kube';
import { type AppManifests, groupApps, loadManifests, renderDeployment } from './manifests';
import { renderSummary } from './report';
import { discoverApps, rollback } from './rollback';

/** Reads and checks the manifests before anything talks to the cluster. */
export async function prepareManifests(cfg: Config, signal?: AbortSignal): Promise<AppManifests[]> {
  if (cfg.manifests.length === 0) return [];
  const objects = await group('Load manifests', () => loadManifests(cfg.manifests, { signal }));
  const set = groupApps(objects, cfg.namespace);
  if (set.ignored.length > 0) {
    info(
      `Not managed by blue-green (applied by the platform, not per release): ${set.ignored.join(', ')}`,
    );
  }
  for (const m of set.apps) {
    // Renders once to validate images (":latest" refused) without touching the cluster.
    const d = renderDeployment(m, {
      color: 'blue',
      namespace: cfg.namespace,
      releaseId: cfg.releaseId,
      replicas: 1,
      images: cfg.images,
    });
    for (const c of d.spec?.template?.spec?.containers ?? []) {
      if (!isDigest(c.image)) {
        warning(`${m.app}: image ${c.image} is pinned by tag; a digest is safer (tags can move)`);
      }
    }
  }
  info(`Apps: ${set.apps.map((a) => a.app).join(', ')}`);
  return set.apps;
}

/** Everything after the inputs are known to be good: manifests, cluster, outputs, summary. */
export async function execute(
  ctx: ActionContext,
  cfg: Config,
  asBadInput: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const apps = await asBadInput(() => prepareManifests(cfg, ctx.signal));
  // The Kubernetes client is loaded only now that the inputs are known to be good.
  const { loadKubeConfig, nodeTransport } = await import('./kube-node');
  const kc = loadKubeConfig(cfg.kubeconfig);
  const deadline = Date.now() + cfg.timeoutMs;
  const overall = new AbortController();
  const timer = setTimeout(() => overall.abort(new CancelledError('deadline')), cfg.timeoutMs);
  timer.unref();
  const signal = AbortSignal.any([ctx.signal, overall.signal]);
  setMaxListeners(0, signal, ctx.signal);
  const kube = new Kube(nodeTransport(kc), {
    deadline,
    onRetry: (what, error, attempt) =>
      info(`Retrying ${what} (attempt ${attempt + 1}): ${(error as Error).message}`),
  });
  const ports = new Map<string, string | number>();
  for (const m of apps) {
    for (const svc of [m.liveService, m.previewService]) {
      const p = svc?.spec?.ports?.[0];
      if (svc && p) ports.set(svc.metadata.name, p.name ?? p.port);
    }
  }
  const deps: Deps = {
    kube,
    signal,
    http: serviceGetter(
      kube,
      cfg.namespace,
      cfg.serviceUrls,
      (s) => ports.get(s) ?? 'http',
      cfg.serviceAuthorization,
    ),
    prometheus: cfg.prometheusUrl
      ? prometheusQuery(cfg.prometheusUrl, 10_000, cfg.prometheusAuthorization)
      : undefined,
  };
  try {
    const appNames = async () =>
      apps.length > 0 ? apps.map((a) => a.app) : await discoverApps(kube, cfg.namespace);
    const result =
      cfg.mode === 'deploy'
        ? await deploy(cfg, apps, deps)
        : cfg.mode === 'rollback'
          ? await rollback(cfg, await appNames(), deps)
          : await finalize(cfg, await appNames(), deps);
    const { outcome } = result;
    setOutputs({
      [Outputs.ActiveColor]: outcome.activeColor,
      [Outputs.PreviousColor]: outcome.previousColor,
      [Outputs.ReleaseId]: outcome.releaseId,
      [Outputs.RolledBack]: outcome.rolledBack,
      [Outputs.SwitchedAt]: outcome.switchedAt,
    });
    await writeSummary(
      renderSummary(outcome, result.timeline, result.pods, cfg.namespace),
      ctx.env,
    );
    if (outcome.error) throw outcome.error;
    if (outcome.noop) notice(`Release ${cfg.releaseId} is already live and healthy: nothing to do`);
  } finally {
    clearTimeout(timer);
    kube.transport.close?.();
  }
}
