import { inflateRawSync } from 'node:zlib';

/**
 * The bytes of the first entry of a zip archive (a wheel) whose name satisfies `wanted`, or
 * undefined. Reads the central directory, so data descriptors and entry order do not matter;
 * stored and deflated entries only (what wheels use), no zip64.
 */
export function readZipEntry(
  zip: Buffer,
  wanted: (name: string) => boolean,
): { name: string; data: Buffer } | undefined {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: damaged central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!wanted(name)) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: damaged entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses compression method ${method}`);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (data.length !== size) throw new Error(`zip: ${name} unpacks to ${data.length} bytes, not ${size}`);
    return { name, data };
  }
  return undefined;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === 0x06054b50) return at;
  throw new Error('zip: not a zip archive (no end of central directory)');
}
