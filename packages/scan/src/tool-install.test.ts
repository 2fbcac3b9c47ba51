import { describe, expect, it } from '@jest/globals';
import { fillTemplate } from './tool-install';
import { compareVersions, parseVersion } from './version-compare';

describe('versions and names', () => {
  it('reads the version from each tool output and compares numerically', () => {
    expect(parseVersion('v1.7.12\ninstalled by building from source')).toBe('1.7.12');
    expect(parseVersion('ShellCheck\nversion: 0.9.0')).toBe('0.9.0');
    expect(parseVersion('zizmor 1.32')).toBe('1.32.0');
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('8.18.0', '8.18')).toBe(0);
  });

  it('fills release names per architecture', () => {
    expect(fillTemplate('gitleaks_{version}_linux_{arch2}.tar.gz', 'gitleaks', '8.30.1', 'x64')).toBe(
      'gitleaks_8.30.1_linux_x64.tar.gz',
    );
    expect(fillTemplate('shellcheck-v{version}.linux.{uname}.tar.xz', 'shellcheck', '0.9.0', 'arm64')).toBe(
      'shellcheck-v0.9.0.linux.aarch64.tar.xz',
    );
  });
});
