import { artifactsNamed, downloadArtifact } from '../../_shared/src/artifacts';
import { ActionFailure } from '../../_shared/src/errors';
import {
  EVIDENCE_FILE_NAME,
  type EvidenceRecord,
  evidenceArtifactName,
} from '../../_shared/src/evidence';
import { clientFromEnv, type GitHubClient } from '../../_shared/src/github';
import { setOutputs } from '../../_shared/src/outputs';
import type { ActionContext } from '../../_shared/src/run-action';
import { addMask, info, setOutput } from '../../_shared/src/runner';
import { writeSummary } from '../../_shared/src/summary';
import { OUTPUTS } from './constants';
import type { VerifyConfig } from './inputs';
import { evidenceProblems } from './verify';

export async function verifyRelease(
  config: VerifyConfig,
  ctx: ActionContext,
  deps: { github?: GitHubClient } = {},
): Promise<void> {
  addMask(config.githubToken);
  setOutput(OUTPUTS.verified, 'false', ctx.env);
  const repository = ctx.env.GITHUB_REPOSITORY ?? '';
  const client = deps.github ?? clientFromEnv(config.githubToken, ctx.env, { signal: ctx.signal });
  const name = evidenceArtifactName(config.environment, config.releaseId);
  const refuse = (why: string): never => {
    throw new ActionFailure(
      `Release ${config.releaseId} is not verified in ${config.environment}: ${why}. Promote only a release whose ${config.environment} rollout passed (readiness and smoke test), with the same image digests.`,
      'release-not-verified',
    );
  };

  const [artifact] = await artifactsNamed(client, repository, name);
  if (!artifact)
    return refuse(
      `no artifact ${name} was found (never released there, or the artifact has expired)`,
    );
  const entry = (await downloadArtifact(client, repository, artifact.id)).find(
    (e) => e.name === EVIDENCE_FILE_NAME,
  );
  if (!entry) return refuse(`artifact ${name} holds no ${EVIDENCE_FILE_NAME}`);
  let record: EvidenceRecord;
  try {
    record = JSON.parse(entry.data.toString('utf8')) as EvidenceRecord;
  } catch {
    return refuse(`${EVIDENCE_FILE_NAME} in artifact ${name} is not JSON`);
  }
  const problems = evidenceProblems(record, config);
  if (problems.length > 0)
    return refuse(`${problems.join('; ')} (evidence of ${record.run?.url || name})`);

  const images = record.images.map((i) => `${i.name}=${i.ref}`).join('\n');
  info(
    `release ${config.releaseId} verified by the ${config.environment} evidence of ${record.run.url}`,
  );
  setOutputs({
    [OUTPUTS.verified]: true,
    [OUTPUTS.images]: images,
    [OUTPUTS.evidenceRunUrl]: record.run.url,
    [OUTPUTS.commit]: record.commit,
  });
  await writeSummary(
    `### Release ${config.releaseId} verified in ${config.environment}\n\nEvidence: ${record.run.url} (commit \`${record.commit}\`, recorded ${record.timestamps.recordedAt}).\n\n${record.images.map((i) => `- ${i.name} \`${i.digest}\``).join('\n')}\n`,
    ctx.env as NodeJS.ProcessEnv,
  );
}
