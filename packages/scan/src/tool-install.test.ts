import { describe, expect, it } from '@jest/globals';
import { fillTemplate } from './tool-install';

describe('release names', () => {
  it('fills release names per architecture', () => {
    expect(fillTemplate('gitleaks_{version}_linux_{arch2}.tar.gz', 'gitleaks', '8.30.1', 'x64')).toBe(
      'gitleaks_8.30.1_linux_x64.tar.gz',
    );
    expect(fillTemplate('shellcheck-v{version}.linux.{uname}.tar.xz', 'shellcheck', '0.9.0', 'arm64')).toBe(
      'shellcheck-v0.9.0.linux.aarch64.tar.xz',
    );
  });
});
