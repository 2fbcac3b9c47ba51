import { describe, expect, it } from '@jest/globals';
import { goPlatform } from './go-platform';

describe('goPlatform', () => {
  it('names the platform as Go release assets do', () => {
    expect(goPlatform('linux', 'x64')).toBe('linux-amd64');
    expect(goPlatform('darwin', 'arm64')).toBe('darwin-arm64');
    expect(goPlatform('win32', 'x64')).toBe('windows-amd64');
    expect(goPlatform('linux', 'ppc64')).toBe('linux-ppc64le');
    expect(goPlatform('linux', 'riscv64')).toBe('linux-riscv64');
  });
});
