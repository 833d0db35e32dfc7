/**
 * What a release must show in an environment's evidence before it may go
 * further. Pure: a record in, the list of problems out (empty = verified).
 */
import {
  EVIDENCE_SCHEMA_VERSION,
  type EvidenceRecord,
  imageDigest,
} from '../../_shared/src/evidence';

export function evidenceProblems(
  record: EvidenceRecord,
  expected: { releaseId: string; environment: string; images: { name: string; ref: string }[] },
): string[] {
  const problems: string[] = [];
  if (record.schemaVersion !== EVIDENCE_SCHEMA_VERSION)
    return [
      `the record has schemaVersion ${record.schemaVersion}; this action reads ${EVIDENCE_SCHEMA_VERSION}`,
    ];
  if (record.releaseId !== expected.releaseId)
    problems.push(`it is for release ${record.releaseId}, not ${expected.releaseId}`);
  if (record.environment !== expected.environment)
    problems.push(`it is for environment ${record.environment}, not ${expected.environment}`);
  if (record.blueGreen?.outcome !== 'finalized')
    problems.push(`the cutover was ${record.blueGreen?.outcome ?? 'not recorded'}, not finalized`);
  if (record.readiness?.verdict !== 'passed')
    problems.push(`the readiness check ${record.readiness?.verdict ?? 'was not recorded'}`);
  if (record.k6?.verdict !== 'passed')
    problems.push(`the k6 smoke test ${record.k6?.verdict ?? 'was not recorded'}`);
  const images = record.images ?? [];
  if (images.length === 0) problems.push('it records no images');
  for (const image of images)
    if (!image.digest)
      problems.push(`image ${image.name} was released without a digest (${image.ref})`);
  if (expected.images.length > 0) {
    const recorded = new Map(images.map((i) => [i.name, i.digest]));
    const wanted = new Map(expected.images.map((i) => [i.name, imageDigest(i.ref)]));
    for (const [name, digest] of wanted) {
      if (!recorded.has(name)) problems.push(`image ${name} is not part of the verified release`);
      else if (recorded.get(name) !== digest)
        problems.push(`image ${name} is ${digest} here but ${recorded.get(name)} in the evidence`);
    }
    for (const name of recorded.keys())
      if (!wanted.has(name))
        problems.push(`image ${name} of the verified release is not being promoted`);
  }
  if (record.verdict !== 'passed' && problems.length === 0) problems.push('its verdict is failed');
  return problems;
}
