/**
 * The locked copy: PutObject with Object Lock in COMPLIANCE mode (nobody, not
 * even the root user, can delete or shorten it before the date) and a
 * checksum (S3 requires one with Object Lock). The key carries the run ID and
 * attempt, and `If-None-Match: *` refuses to overwrite: a rerun adds a record.
 * Loaded lazily: the SDK is only needed when a bucket is given.
 */
import { ActionFailure } from '../../_shared/src/errors';

export type LockedPut = {
  bucket: string;
  key: string;
  body: string;
  retainUntil: Date;
  region: string | undefined;
  signal: AbortSignal;
};

export async function putLocked(put: LockedPut): Promise<{ uri: string; versionId: string }> {
  const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client(put.region ? { region: put.region } : {});
  try {
    const out = await client.send(
      new PutObjectCommand({
        Bucket: put.bucket,
        Key: put.key,
        Body: put.body,
        ContentType: 'application/json',
        ChecksumAlgorithm: 'SHA256',
        ObjectLockMode: 'COMPLIANCE',
        ObjectLockRetainUntilDate: put.retainUntil,
        IfNoneMatch: '*',
      }),
      { abortSignal: put.signal },
    );
    return { uri: `s3://${put.bucket}/${put.key}`, versionId: out.VersionId ?? '' };
  } catch (error) {
    if (put.signal.aborted) throw error;
    const e = error as { name?: string; message?: string };
    throw new ActionFailure(
      `Could not store the evidence record in s3://${put.bucket}/${put.key}: ${e.name ?? 'Error'}: ${e.message ?? String(error)}. The bucket needs Object Lock enabled and the role s3:PutObject and s3:PutObjectRetention on it.`,
      'evidence-upload-failed',
    );
  } finally {
    client.destroy();
  }
}

export function evidenceKey(
  prefix: string,
  environment: string,
  releaseId: string,
  runId: string,
  attempt: string,
): string {
  const p = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
  return `${p}${environment}/${releaseId}/${runId || 'local'}-${attempt || '1'}.json`;
}
