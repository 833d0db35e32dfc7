import { imageLines } from '../../_shared/src/images';
import { optional, raw, required, validated } from '../../_shared/src/inputs';
import type { Env } from '../../_shared/src/runner';
import { INPUTS } from './constants';

export type VerifyConfig = {
  releaseId: string;
  environment: string;
  images: { name: string; ref: string }[];
  githubToken: string;
};

export function readVerifyInputs(env: Env = process.env): VerifyConfig {
  return {
    releaseId: validated(INPUTS.releaseId, required(INPUTS.releaseId, env), (v) =>
      /^[A-Za-z0-9._-]{1,128}$/.test(v)
        ? undefined
        : 'may hold only letters, digits, ".", "_" and "-" (at most 128)',
    ),
    environment: validated(INPUTS.environment, optional(INPUTS.environment, 'staging', env), (v) =>
      /^[A-Za-z0-9._-]+$/.test(v) ? undefined : 'may hold only letters, digits, ".", "_" and "-"',
    ),
    images: validated(INPUTS.images, imageLines(raw(INPUTS.images, env)), (items) => {
      const bad = items.find((i) => !i.name || !/@sha256:[0-9a-f]{64}$/.test(i.ref));
      return bad
        ? `must hold name=ref lines with @sha256 digests; got "${bad.name}=${bad.ref}"`
        : undefined;
    }),
    githubToken: required(INPUTS.githubToken, env),
  };
}
