import { describe, expect, it } from 'vitest';
import { main, parseRunArgs, UsageError } from '../src/main';

describe('medimind run arguments', () => {
  it('names an unknown action and lists the real ones', () => {
    expect(() => parseRunArgs(['no-such-action'])).toThrow(
      /unknown action "no-such-action"; available: /,
    );
  });

  it('rejects an input without a value separator', () => {
    expect(() => parseRunArgs(['aws-eks-auth', '--input', 'aws-region'])).toThrow(UsageError);
    expect(() => parseRunArgs(['aws-eks-auth', '--input', 'aws-region'])).toThrow(
      '--input expects name=value',
    );
  });

  it('collects inputs and env, keeping = inside values', () => {
    expect(parseRunArgs(['aws-eks-auth', '-i', 'a=b=c', '--env', 'X=1'])).toEqual({
      action: 'aws-eks-auth',
      inputs: { a: 'b=c' },
      env: { X: '1' },
    });
  });

  it('an unknown command exits 1', async () => {
    expect(await main(['frobnicate'])).toBe(1);
  });
});
