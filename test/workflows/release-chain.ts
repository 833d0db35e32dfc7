// The release order of staged-rollout.yml, as a check over the parsed workflow:
// no job that touches production can run unless the staging release job passed
// its release (finalized cutover), its readiness check and its smoke test; the
// production release job is bound to the production environment.
import { asMap, type Json, type JsonMap, jobsOf, stepsOf, type WorkflowFile } from './files';
import { ownActionDir } from './refs';

const RELEASE_ACTION = 'actions/release-environment';
/** The staging job's outputs that must be 'true' before production, and the composite outputs behind them. */
export const STAGING_GATES = ['finalized', 'readiness-passed', 'smoke-passed'] as const;

function environmentOf(job: JsonMap): string | undefined {
  const env = job.environment;
  if (typeof env === 'string') return env;
  const name = asMap(env as Json).name;
  if (typeof name === 'string') return name;
  // A reusable workflow call (terraform.yml) names its environment as an input.
  const input = asMap(job.with).environment;
  return typeof input === 'string' ? input : undefined;
}

function releaseStep(job: JsonMap): JsonMap | undefined {
  return stepsOf(job).find(
    (s) => typeof s.uses === 'string' && ownActionDir(s.uses) === RELEASE_ACTION,
  );
}

function needsOf(job: JsonMap): string[] {
  const n = job.needs;
  return (Array.isArray(n) ? n : n === undefined ? [] : [n]).map(String);
}

function transitiveNeeds(
  jobs: Map<string, JsonMap>,
  id: string,
  seen = new Set<string>(),
): Set<string> {
  for (const n of needsOf(jobs.get(id) ?? {})) {
    if (seen.has(n)) continue;
    seen.add(n);
    transitiveNeeds(jobs, n, seen);
  }
  return seen;
}

export function checkReleaseOrder(wf: WorkflowFile): string[] {
  const out: string[] = [];
  const jobs = new Map(jobsOf(wf));
  const staging = [...jobs].find(([, j]) => environmentOf(j) === 'staging' && releaseStep(j));
  if (!staging) return [`${wf.path}: no staging job releases with ${RELEASE_ACTION}`];
  const [stagingId, stagingJob] = staging;
  const step = releaseStep(stagingJob)!;
  const stagingOutputs = asMap(stagingJob.outputs);
  for (const gate of STAGING_GATES) {
    const expected = `\${{ steps.${String(step.id)}.outputs.${gate} }}`;
    if (stagingOutputs[gate] !== expected)
      out.push(
        `${wf.path}: job ${stagingId} must output ${gate}: ${expected} (the release step's own verdict)`,
      );
  }

  const production = [...jobs].filter(([, j]) => environmentOf(j) === 'production');
  if (
    !production.some(
      ([, j]) => releaseStep(j) && asMap(j.environment as Json).name === 'production',
    )
  )
    out.push(
      `${wf.path}: no job releases production with ${RELEASE_ACTION} bound to environment: production`,
    );
  for (const [id, job] of production) {
    const step = releaseStep(job);
    if (step && typeof job.environment !== 'object')
      out.push(
        `${wf.path}: job ${id} releases production without \`environment: production\` (the approval gate)`,
      );
    if (step && String(asMap(step.with).environment) !== 'production')
      out.push(
        `${wf.path}: job ${id} runs in production but releases environment ${String(asMap(step.with).environment)}`,
      );
    if (!transitiveNeeds(jobs, id).has(stagingId))
      out.push(`${wf.path}: production job ${id} does not (transitively) need ${stagingId}`);
    const condition = typeof job.if === 'string' ? job.if : '';
    // A status function other than success() would let the job run after a failed need.
    if (/\b(always|failure|cancelled)\s*\(/.test(condition))
      out.push(
        `${wf.path}: production job ${id} has a condition that can run after a failure: ${condition}`,
      );
    for (const gate of STAGING_GATES) {
      const re = new RegExp(`needs\\.${stagingId}\\.outputs\\.${gate}\\s*==\\s*'true'`);
      if (!re.test(condition))
        out.push(
          `${wf.path}: production job ${id} does not require needs.${stagingId}.outputs.${gate} == 'true'`,
        );
    }
    if (/\|\|/.test(condition))
      out.push(
        `${wf.path}: production job ${id}'s condition has an alternative (||) that could bypass the gates`,
      );
  }
  return out;
}
