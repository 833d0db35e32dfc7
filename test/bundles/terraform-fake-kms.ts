/**
 * AWS KMS stand-in on 127.0.0.1 for the bundle tests, reached through the
 * SDK's standard AWS_ENDPOINT_URL_KMS variable. Wire format as documented for
 * KMS (AWS JSON 1.1: POST /, `X-Amz-Target: TrentService.<Operation>`, blobs
 * as base64 strings, errors as `{"__type": ...}` with status 400).
 * Like KMS it binds each encrypted data key to its key and encryption
 * context: its own AES-256-GCM master key seals the data key with the
 * context as authenticated data, so a changed context is InvalidCiphertextException.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export const KEY_ARN =
  'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export type FakeKms = {
  url: string;
  calls: { operation: string; context?: Record<string, string>; signedWith?: string }[];
  /** Environment for a bundle that should reach this stand-in with fake credentials. */
  env: Record<string, string>;
  close(): Promise<void>;
};

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export async function startFakeKms(options: { denyDecrypt?: boolean } = {}): Promise<FakeKms> {
  const master = randomBytes(32);
  const calls: FakeKms['calls'] = [];
  const aad = (context: Record<string, string> = {}) =>
    Buffer.from(
      JSON.stringify(
        Object.keys(context)
          .sort()
          .map((k) => [k, context[k]]),
      ),
    );
  const server = createServer(async (req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? '').replace('TrentService.', '');
    const input = JSON.parse((await body(req)) || '{}');
    const signedWith = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
    calls.push({ operation, context: input.EncryptionContext, signedWith });
    const send = (status: number, data: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/x-amz-json-1.1' })
        .end(JSON.stringify(data));
    const fail = (type: string, message: string) => send(400, { __type: type, message });
    if (input.KeyId !== KEY_ARN && input.KeyId !== 'alias/medimind-plan-bundle') {
      return fail('NotFoundException', `Key '${input.KeyId}' does not exist`);
    }
    if (operation === 'GenerateDataKey') {
      const dataKey = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', master, iv);
      cipher.setAAD(aad(input.EncryptionContext));
      const sealed = Buffer.concat([
        iv,
        cipher.update(dataKey),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return send(200, {
        CiphertextBlob: sealed.toString('base64'),
        Plaintext: dataKey.toString('base64'),
        KeyId: KEY_ARN,
      });
    }
    if (operation === 'Decrypt') {
      if (options.denyDecrypt) {
        return fail('AccessDeniedException', 'User is not authorized to perform: kms:Decrypt');
      }
      const sealed = Buffer.from(input.CiphertextBlob, 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', master, sealed.subarray(0, 12));
        decipher.setAAD(aad(input.EncryptionContext));
        decipher.setAuthTag(sealed.subarray(sealed.length - 16));
        const dataKey = Buffer.concat([
          decipher.update(sealed.subarray(12, sealed.length - 16)),
          decipher.final(),
        ]);
        return send(200, {
          Plaintext: dataKey.toString('base64'),
          KeyId: KEY_ARN,
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        });
      } catch {
        return fail('InvalidCiphertextException', '');
      }
    }
    fail('UnknownOperationException', operation);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    env: {
      AWS_ENDPOINT_URL_KMS: url,
      AWS_REGION: 'eu-west-2',
      AWS_ACCESS_KEY_ID: 'AKIAFAKEKMSTEST00001',
      AWS_SECRET_ACCESS_KEY: 'fake-kms-secret-key-for-bundle-tests',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
