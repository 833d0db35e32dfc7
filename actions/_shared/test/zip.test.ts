import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTo } from '../src/artifacts';
import { readZip, safeEntryName, ZipFormatError } from '../src/zip';
import { writeZip } from '../testing/zip-writer';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('readZip', () => {
  // Made with Info-ZIP 3.0: `zip -r deflated.zip record.json sub` and `printf 'streamed\n' | zip streamed.zip -`
  // (the second streams from stdin, so sizes follow the data in a descriptor).
  it('reads archives written by Info-ZIP, deflated and streamed', () => {
    const entries = readZip(fixture('deflated.zip'));
    expect(entries.map((e) => e.name).sort()).toEqual(['record.json', 'sub/big.txt']);
    expect(entries.find((e) => e.name === 'record.json')!.data.toString()).toBe(
      '{"schemaVersion":1}\n',
    );
    expect(entries.find((e) => e.name === 'sub/big.txt')!.data.toString()).toBe('a'.repeat(5000));
    expect(readZip(fixture('streamed.zip'))).toEqual([
      { name: '-', data: Buffer.from('streamed\n') },
    ]);
  });

  it('reads what an upload-artifact style writer produces', () => {
    const zip = writeZip({
      'release-evidence.json': '{"a":1}',
      'k6/summary.json': 'x'.repeat(100),
    });
    expect(readZip(zip).map((e) => [e.name, e.data.toString()])).toEqual([
      ['release-evidence.json', '{"a":1}'],
      ['k6/summary.json', 'x'.repeat(100)],
    ]);
  });

  it('refuses what is not a zip, and names that escape the directory', () => {
    expect(() => readZip(Buffer.from('<html>not found</html>'.repeat(3)))).toThrow(ZipFormatError);
    expect(safeEntryName('../etc/passwd')).toBeUndefined();
    expect(safeEntryName('/abs')).toBeUndefined();
    expect(safeEntryName('./a/b.json')).toBe('a/b.json');
    expect(() => extractTo([{ name: 'a/../../x', data: Buffer.from('') }], '/tmp/never')).toThrow(
      /escapes/,
    );
  });
});
