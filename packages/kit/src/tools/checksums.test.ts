import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksumFor, sha256File } from './checksums';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);

describe('published checksums', () => {
  it('finds the file in a sha256sum list, or takes a bare digest', () => {
    expect(
      checksumFor(`${A}  tool_linux_amd64.tar.gz\n${B} *tool_linux_arm64.tar.gz\n`, 'tool_linux_arm64.tar.gz'),
    ).toBe(B.toLowerCase());
    expect(checksumFor(`${A}\n`, 'anything.tar.xz')).toBe(A);
    expect(checksumFor(`${A}  other.tar.gz\n`, 'tool.tar.gz')).toBeUndefined();
    expect(checksumFor('<html>not found</html>', 'tool.tar.gz')).toBeUndefined();
  });

  it('hashes a file as sha256sum does', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'slipway-sha-')), 'f');
    writeFileSync(path, 'abc');
    expect(await sha256File(path)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
