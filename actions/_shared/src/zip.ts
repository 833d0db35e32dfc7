/**
 * Reads the files of a ZIP archive held in memory: GitHub Actions artifacts and
 * terraform plan files (stored or deflated entries, data descriptors as
 * streaming zip writers emit them; no ZIP64). Sizes and offsets come from the
 * central directory, as the format intends, and none of the archive's claims
 * is trusted: bounds, sizes and duplicate names are checked.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type ZipEntry = { name: string; data: Buffer };

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

export function readZip(archive: Buffer, maxEntryBytes = 64 * 1024 * 1024): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(archive);
  const count = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipFormatError('ZIP64 archives are not supported');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL)
      throw new ZipFormatError('corrupt central directory');
    const method = archive.readUInt16LE(offset + 10);
    const compressed = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localOffset = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a directory
    if (seen.has(name)) throw new ZipFormatError(`duplicate entry ${name}`);
    seen.add(name);
    if (size > maxEntryBytes)
      throw new ZipFormatError(`${name} is larger than ${maxEntryBytes} bytes`);
    if (localOffset + 30 > archive.length || archive.readUInt32LE(localOffset) !== LOCAL)
      throw new ZipFormatError(`corrupt local header of ${name}`);
    const start =
      localOffset +
      30 +
      archive.readUInt16LE(localOffset + 26) +
      archive.readUInt16LE(localOffset + 28);
    const raw = archive.subarray(start, start + compressed);
    if (raw.length !== compressed) throw new ZipFormatError(`${name} is truncated`);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
      } catch {
        throw new ZipFormatError(`${name} does not inflate to its recorded size`);
      }
    } else throw new ZipFormatError(`${name} uses unsupported compression method ${method}`);
    if (data.length !== size) throw new ZipFormatError(`${name} has the wrong size`);
    entries.push({ name, data });
  }
  return entries;
}

function findEndOfCentralDirectory(archive: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the end.
  const stop = Math.max(0, archive.length - 22 - 0xffff);
  for (let i = archive.length - 22; i >= stop; i--) {
    if (archive.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipFormatError('not a ZIP archive (no end of central directory record)');
}

/** Rejects entry names that would escape the directory they are extracted to. */
export function safeEntryName(name: string): string | undefined {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..') || name.startsWith('/') || name.includes('\\'))
    return undefined;
  return parts.join('/');
}
