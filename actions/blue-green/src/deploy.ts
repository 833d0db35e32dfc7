/**
 * mode: deploy — the cutover, phase by phase (phases.ts), under the lock
 * (session.ts). Any failure or cancellation before the analysis passed leaves
 * live traffic on the old colour: before the switch the idle colour is
 * removed, after it traffic is switched back.
 */
import { warning } from '../../_shared/src/runner';
import type { Config } from './config';
import { Annotations } from './constants';
import type { AppManifests } from './manifests';
import {
  analyse,
  applyIdleColor,
  commitRelease,
  type DeployRun,
  failBeforeSwitch,
  perAppValue,
  pinStableSelectors,
  readState,
  scaleDownOldColor,
  smokeTest,
  switchBack,
  switchTraffic,
  undoInterruptedSwitch,
  verifyLiveEndpoints,
  waitForRollout,
} from './phases';
import { type Deps, type Result, runSession } from './session';
import { alreadyDeployed, annotation } from './state';

export type { Deps, Result, Step } from './session';

export async function deploy(
  cfg: Config,
  manifests: readonly AppManifests[],
  deps: Deps,
): Promise<Result> {
  return runSession(
    cfg,
    'deploy',
    manifests.map((m) => m.app),
    deps,
    async (session) => {
      await session.step('locked');
      const run = await readState(session, manifests);
      if (
        alreadyDeployed(
          run.apps.map((r) => r.state),
          cfg.releaseId,
        )
      ) {
        return converge(run);
      }
      await prepareIdleColor(run);
      if (cfg.dryRun) return;
      await switchTraffic(run).catch(async (error) => {
        // switchAll put back any app it had switched: nothing live changed.
        await cleanUpBeforeSwitch(run, error);
        throw error;
      });
      try {
        await run.step('switched');
        await verifyLiveEndpoints(run);
        await analyse(run);
      } catch (error) {
        await switchBack(run, error);
        throw error;
      }
      await commitRelease(run);
      await run.step('analysis-passed');
      if (cfg.scaleDown === 'defer') skipDeferredScaleDown(run);
      else await scaleDownOldColor(run);
      await run.step('done');
    },
  );
}

/** Already live and verified: only finish a scale-down an interrupted run left pending. */
async function converge(run: DeployRun): Promise<void> {
  run.outcome.noop = true;
  run.outcome.switchedAt = perAppValue(run, (r) =>
    annotation(r.state.live, Annotations.SwitchedAt),
  );
  if (run.cfg.scaleDown === 'defer') skipDeferredScaleDown(run);
  else await scaleDownOldColor(run, 'Converge');
}

function skipDeferredScaleDown(run: DeployRun): void {
  run.timeline.skip(
    'Scale down old colour',
    `deferred (scale-down: defer): ${perAppValue(run, (r) => r.stableDeployment ?? annotation(r.live, Annotations.PreviousDeployment))} keeps running until mode finalize (or mode rollback switches back to it)`,
  );
}

/** Everything before the switch; on failure the idle colour is removed and the failure recorded. */
async function prepareIdleColor(run: DeployRun): Promise<void> {
  try {
    await undoInterruptedSwitch(run);
    await pinStableSelectors(run);
    if (run.cfg.dryRun) {
      run.timeline.skip(
        'Apply idle colour',
        `dry run: would deploy ${run.apps.map((r) => `${r.idleDeployment} (${r.plan.kind})`).join(', ')}`,
      );
      return;
    }
    await applyIdleColor(run);
    await run.step('applied');
    await waitForRollout(run);
    await run.step('ready');
    await smokeTest(run);
    await run.step('smoke-passed');
  } catch (error) {
    await cleanUpBeforeSwitch(run, error);
    throw error;
  }
}

async function cleanUpBeforeSwitch(run: DeployRun, error: unknown): Promise<void> {
  await failBeforeSwitch(run, error).catch((e) =>
    warning(`Clean-up after the failure did not finish: ${(e as Error).message}`),
  );
}
