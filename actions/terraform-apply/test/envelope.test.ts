/**
 * The plan's envelope encryption: real AES-256-GCM (node:crypto), KMS faked
 * at the SDK boundary with aws-sdk-client-mock (the real @aws-sdk/client-kms
 * commands are built and sent; only the transport answers are canned).
 */
import { randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActionFailure } from '../../_shared/src/errors';
import {
  awsKms,
  kmsRegion,
  manifestDigest,
  newEnvelope,
  openPlan,
  seal,
} from '../../_shared/src/terraform/envelope';

const KEY_ARN = 'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const CANARY = 'redis_auth_token=canary-5e2d-NEVER-IN-A-BUNDLE';
const kms = mockClient(KMSClient);
const env = { AWS_REGION: 'eu-west-2' };

let dataKey: Buffer;
let encryptedDataKey: Buffer;

beforeEach(() => {
  kms.reset();
  dataKey = randomBytes(32);
  encryptedDataKey = randomBytes(184);
  kms.on(GenerateDataKeyCommand).callsFake(async () => ({
    // The SDK hands back its own buffers; the caller zeroes the data key after use.
    Plaintext: Uint8Array.from(dataKey),
    CiphertextBlob: Uint8Array.from(encryptedDataKey),
    KeyId: KEY_ARN,
  }));
  kms
    .on(DecryptCommand)
    .callsFake(async () => ({ Plaintext: Uint8Array.from(dataKey), KeyId: KEY_ARN }));
});

/** What terraform-plan does: a data key, a manifest recording it, the plan sealed with the manifest as AAD. */
async function encrypt(plan: Buffer) {
  const client = await awsKms('alias/medimind-plan-bundle', env);
  const envelope = await newEnvelope(client, 'alias/medimind-plan-bundle', 'staging');
  const manifest = Buffer.from(
    `${JSON.stringify({ schema: 2, environment: 'staging', encryption: envelope.encryption }, null, 2)}\n`,
  );
  const sealed = seal(plan, envelope.dataKey, envelope.iv, manifestDigest(manifest));
  return { encryption: envelope.encryption, manifest, sealed };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionFailure);
  return (error as ActionFailure).reason;
}

describe('plan envelope encryption', () => {
  const plan = Buffer.concat([randomBytes(4096), Buffer.from(CANARY), randomBytes(4096)]);

  it('round-trips with AES-256-GCM; only the encrypted data key and the key ARN are recorded', async () => {
    const { encryption, manifest, sealed } = await encrypt(plan);
    expect(kms.commandCalls(GenerateDataKeyCommand)[0]!.args[0].input).toEqual({
      KeyId: 'alias/medimind-plan-bundle',
      KeySpec: 'AES_256',
      EncryptionContext: { environment: 'staging' },
    });
    expect(encryption).toEqual({
      algorithm: 'AES-256-GCM',
      kmsKeyArn: KEY_ARN,
      encryptedDataKey: encryptedDataKey.toString('base64'),
      iv: expect.stringMatching(/^[A-Za-z0-9+/]{16}$/),
      encryptionContext: { environment: 'staging' },
    });
    expect(sealed.length).toBe(plan.length + 16);
    expect(sealed.includes(Buffer.from(CANARY))).toBe(false);
    expect(manifest.includes(dataKey.toString('base64'))).toBe(false);

    const client = await awsKms(KEY_ARN, {});
    const opened = await openPlan(client, encryption, 'staging', sealed, manifest);
    expect(opened.equals(plan)).toBe(true);
    // Decrypt is bound to the recorded key and to the applying job's environment.
    const decrypt = kms.commandCalls(DecryptCommand)[0]!.args[0].input;
    expect(Buffer.from(decrypt.CiphertextBlob!).equals(encryptedDataKey)).toBe(true);
    expect(decrypt).toMatchObject({
      KeyId: KEY_ARN,
      EncryptionContext: { environment: 'staging' },
    });
  });

  it('refuses a flipped byte in the ciphertext, in the tag, or in the manifest: plan-tampered', async () => {
    const { encryption, manifest, sealed } = await encrypt(plan);
    const client = await awsKms(KEY_ARN, {});
    const flip = (buffer: Buffer, at: number) => {
      const copy = Buffer.from(buffer);
      copy[at] = copy[at]! ^ 0x01;
      return copy;
    };
    for (const [what, bytes, text] of [
      ['ciphertext', flip(sealed, 100), manifest],
      ['tag', flip(sealed, sealed.length - 1), manifest],
      ['manifest', sealed, flip(manifest, manifest.indexOf('staging'))],
      ['truncated', sealed.subarray(0, 10), manifest],
    ] as const) {
      expect(await reasonOf(openPlan(client, encryption, 'staging', bytes, text)), what).toBe(
        'plan-tampered',
      );
    }
  });

  it('maps KMS refusals: a changed context is plan-tampered, a missing permission kms-denied', async () => {
    const { encryption, manifest, sealed } = await encrypt(plan);
    const client = await awsKms(KEY_ARN, {});
    kms
      .on(DecryptCommand)
      .rejectsOnce(Object.assign(new Error(''), { name: 'InvalidCiphertextException' }))
      .rejectsOnce(
        Object.assign(new Error('User is not authorized to perform: kms:Decrypt'), {
          name: 'AccessDeniedException',
        }),
      );
    expect(await reasonOf(openPlan(client, encryption, 'production', sealed, manifest))).toBe(
      'plan-tampered',
    );
    expect(await reasonOf(openPlan(client, encryption, 'staging', sealed, manifest))).toBe(
      'kms-denied',
    );
  });

  it('takes the region from the key ARN, else from the job', () => {
    expect(kmsRegion(KEY_ARN, { AWS_REGION: 'us-east-1' })).toBe('eu-west-2');
    expect(kmsRegion('alias/x', { AWS_REGION: 'us-east-1' })).toBe('us-east-1');
    expect(kmsRegion('alias/x', { AWS_DEFAULT_REGION: 'us-west-2' })).toBe('us-west-2');
  });
});
