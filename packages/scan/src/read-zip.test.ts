import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipEntry } from './read-zip';

/** A zip written by Python's zipfile (what builds wheels): one stored, one deflated entry, and a comment. */
function zip(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-zip-'));
  mkdirSync(join(dir, 'pkg-1.0.data', 'scripts'), { recursive: true });
  writeFileSync(join(dir, 'pkg-1.0.data', 'scripts', 'tool'), `#!/bin/sh\n${'echo tool\n'.repeat(500)}`);
  writeFileSync(join(dir, 'small.txt'), 'x');
  const script = `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.comment = b'a comment'
    z.write(sys.argv[2] + '/small.txt', 'small.txt', compress_type=zipfile.ZIP_STORED)
    z.write(sys.argv[2] + '/pkg-1.0.data/scripts/tool', 'pkg-1.0.data/scripts/tool', compress_type=zipfile.ZIP_DEFLATED)
`;
  execFileSync('python3', ['-c', script, join(dir, 'out.whl'), dir]);
  return readFileSync(join(dir, 'out.whl'));
}

describe('readZipEntry', () => {
  const bytes = zip();

  it('reads a deflated and a stored entry by name through the central directory', () => {
    const tool = readZipEntry(bytes, (n) => n.endsWith('/scripts/tool'));
    expect(tool?.name).toBe('pkg-1.0.data/scripts/tool');
    expect(tool?.data.toString()).toBe(`#!/bin/sh\n${'echo tool\n'.repeat(500)}`);
    expect(readZipEntry(bytes, (n) => n === 'small.txt')?.data.toString()).toBe('x');
    expect(readZipEntry(bytes, (n) => n === 'absent')).toBeUndefined();
  });

  it('refuses what is not a zip', () => {
    expect(() => readZipEntry(Buffer.from('not a zip at all, just text'), () => true)).toThrow(
      'zip: not a zip archive (no end of central directory)',
    );
  });
});
