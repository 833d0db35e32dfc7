/**
 * Envelope encryption of the binary plan, which holds every variable and the
 * prior state in plaintext. AWS KMS makes a fresh 256-bit data key per plan
 * (GenerateDataKey, by the plan role, under encryption context
 * `environment=<env>`); the plan is sealed with AES-256-GCM (node:crypto) and
 * only the KMS-encrypted data key travels in the manifest. The authenticated
 * data is the sha256 of the manifest as written, so editing any manifest field
 * (commit, environment, policy verdict, hashes) makes decryption fail. Only
 * the apply role may Decrypt, and only under the same environment.
 *
 * @aws-sdk/client-kms is imported lazily: a run without a key never loads it.
 */

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ActionFailure } from '../errors';
import { awsProxyOptions } from '../proxy';

export const CIPHER = 'AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What the manifest records about the encryption (no secret: the data key is KMS-encrypted). */
export type PlanEncryption = {
  algorithm: typeof CIPHER;
  /** The key KMS used (always its ARN, whatever alias the input named). */
  kmsKeyArn: string;
  /** The data key as KMS encrypted it, base64. */
  encryptedDataKey: string;
  /** The GCM nonce, base64. The 16-byte tag is appended to the ciphertext file. */
  iv: string;
  encryptionContext: { environment: string };
};

export type DataKey = { plaintext: Buffer; encrypted: Buffer; keyArn: string };

/** The two KMS calls, so tests and the real client meet at one small boundary. */
export type Kms = {
  generateDataKey(keyId: string, context: Record<string, string>): Promise<DataKey>;
  decryptDataKey(
    encrypted: Buffer,
    keyArn: string,
    context: Record<string, string>,
  ): Promise<Buffer>;
};

/** The region a key ARN names (`arn:aws:kms:<region>:<account>:key/<id>`), else the job's. */
export function kmsRegion(keyId: string, env: Record<string, string | undefined>): string {
  const fromArn = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1];
  return fromArn ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
}

function kmsFailure(error: unknown, what: string, keyId: string): Error {
  const name = (error as { name?: string }).name ?? '';
  if (name === 'InvalidCiphertextException' || name === 'IncorrectKeyException') {
    return new ActionFailure(
      `KMS refused the plan's data key (${name}): the manifest's key or encryption context was altered, or the bundle is for another environment`,
      'plan-tampered',
    );
  }
  if (
    /AccessDenied|NotFound|Disabled|KMSInvalidState|KeyUnavailable|UnrecognizedClient/.test(name)
  ) {
    return new ActionFailure(
      `KMS ${what} with key ${keyId} failed (${name}: ${(error as Error).message}). The plan role needs kms:GenerateDataKey and the apply role kms:Decrypt on this key, under encryption context "environment"`,
      'kms-denied',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The real KMS client, loaded on first use; the SDK's default credential chain and retries. */
export async function awsKms(
  keyId: string,
  env: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<Kms> {
  const sdk = await import('@aws-sdk/client-kms');
  const region = kmsRegion(keyId, env);
  const client = new sdk.KMSClient({
    ...(region ? { region } : {}),
    ...(await awsProxyOptions('kms', region, env)),
  });
  // biome-ignore lint/suspicious/noExplicitAny: one wrapper for both commands' types
  async function send<T>(command: any, what: string, key: string): Promise<T> {
    try {
      return (await client.send(command, { abortSignal: signal })) as T;
    } catch (error) {
      throw kmsFailure(error, what, key);
    }
  }
  return {
    async generateDataKey(id, context) {
      const result = await send<import('@aws-sdk/client-kms').GenerateDataKeyCommandOutput>(
        new sdk.GenerateDataKeyCommand({
          KeyId: id,
          KeySpec: 'AES_256',
          EncryptionContext: context,
        }),
        'GenerateDataKey',
        id,
      );
      if (!result.Plaintext || !result.CiphertextBlob || !result.KeyId) {
        throw new Error('KMS GenerateDataKey returned no data key');
      }
      return {
        plaintext: Buffer.from(result.Plaintext),
        encrypted: Buffer.from(result.CiphertextBlob),
        keyArn: result.KeyId,
      };
    },
    async decryptDataKey(encrypted, keyArn, context) {
      const result = await send<import('@aws-sdk/client-kms').DecryptCommandOutput>(
        new sdk.DecryptCommand({
          CiphertextBlob: encrypted,
          KeyId: keyArn,
          EncryptionContext: context,
        }),
        'Decrypt',
        keyArn,
      );
      if (!result.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
      return Buffer.from(result.Plaintext);
    },
  };
}

/** The authenticated data: the manifest exactly as written. */
export function manifestDigest(manifestText: string | Buffer): Buffer {
  return createHash('sha256').update(manifestText).digest();
}

/** A fresh data key and nonce, and what the manifest records about them. */
export async function newEnvelope(
  kms: Kms,
  keyId: string,
  environment: string,
): Promise<{ dataKey: Buffer; iv: Buffer; encryption: PlanEncryption }> {
  const encryptionContext = { environment };
  const key = await kms.generateDataKey(keyId, encryptionContext);
  if (key.plaintext.length !== 32) throw new Error('KMS returned a data key that is not 256 bits');
  const iv = randomBytes(IV_BYTES);
  return {
    dataKey: key.plaintext,
    iv,
    encryption: {
      algorithm: CIPHER,
      kmsKeyArn: key.keyArn,
      encryptedDataKey: key.encrypted.toString('base64'),
      iv: iv.toString('base64'),
      encryptionContext,
    },
  };
}

/** ciphertext ‖ tag */
export function seal(plaintext: Buffer, dataKey: Buffer, iv: Buffer, aad: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext, or `plan-tampered` if a byte of ciphertext, tag or manifest changed. */
export function open(sealed: Buffer, dataKey: Buffer, iv: Buffer, aad: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) {
    throw new ActionFailure('The encrypted plan is truncated', 'plan-tampered');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new ActionFailure(
      'The encrypted plan does not authenticate: its ciphertext, tag or manifest was altered',
      'plan-tampered',
    );
  }
}

/** Decrypts a bundle's plan with the apply role's KMS access, bound to this job's environment. */
export async function openPlan(
  kms: Kms,
  encryption: PlanEncryption,
  environment: string,
  sealed: Buffer,
  manifestText: Buffer,
): Promise<Buffer> {
  if (encryption.algorithm !== CIPHER) {
    throw new ActionFailure(
      `The plan is encrypted with ${String(encryption.algorithm)}; this version reads ${CIPHER}`,
      'version-mismatch',
    );
  }
  const dataKey = await kms.decryptDataKey(
    Buffer.from(encryption.encryptedDataKey, 'base64'),
    encryption.kmsKeyArn,
    { environment },
  );
  try {
    return open(
      sealed,
      dataKey,
      Buffer.from(encryption.iv, 'base64'),
      manifestDigest(manifestText),
    );
  } finally {
    dataKey.fill(0);
  }
}
