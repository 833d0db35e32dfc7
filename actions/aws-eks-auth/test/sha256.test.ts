import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hex, hmacSha256, sha256, utf8 } from '../src/sha256';

// Lengths around the padding boundaries (55/56 bytes, one and two blocks).
const LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_000];

describe('sha256 / hmacSha256 (plain TypeScript) agree with node:crypto', () => {
  it('matches the FIPS 180-2 "abc" vector', () => {
    expect(hex(sha256(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each(LENGTHS)('hashes %i random bytes', (length) => {
    const data = randomBytes(length);
    expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it.each([0, 20, 64, 65, 131])('HMACs with a %i-byte key', (keyLength) => {
    const key = randomBytes(keyLength);
    for (const length of [0, 50, 200]) {
      const data = randomBytes(length);
      expect(hex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
    }
  });

  it('hashes multi-byte UTF-8 text as bytes', () => {
    const text = 'clüster-名前';
    expect(hex(sha256(utf8(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
