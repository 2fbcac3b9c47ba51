import { describe, expect, it } from '@jest/globals';
import { memoryLogger } from '@slipway/kit';
import type { Exec } from '../builders/select-builder';
import { cosignAssetName, resolveCosign } from './install-cosign';

/** `cosign version` answering as the given version; any other call fails the test. */
function cosignOnPath(version: string): Exec {
  return (async (file: string, args: readonly string[]) => {
    if (file !== 'cosign' || args[0] !== 'version') throw new Error(`unexpected ${file} ${args.join(' ')}`);
    return { exitCode: 0, stdout: `GitVersion:    v${version}\n`, stderr: '' };
  }) as unknown as Exec;
}

describe('resolveCosign', () => {
  it('takes cosign from PATH when it is recent enough and no version is asked, downloading nothing', async () => {
    const logger = memoryLogger();
    const found = await resolveCosign({
      version: undefined,
      cacheDir: '/nonexistent-tool-cache',
      env: {},
      exec: cosignOnPath('3.1.3'),
      logger,
    });
    expect(found).toEqual({ file: 'cosign', version: '3.1.3' });
    expect(logger.lines.join('\n')).toContain('Using cosign 3.1.3 from PATH');
  });

  it('takes cosign from PATH when it is the asked version, with or without the v', async () => {
    for (const version of ['3.2.0', 'v3.2.0']) {
      const found = await resolveCosign({
        version,
        cacheDir: '/nonexistent-tool-cache',
        env: {},
        exec: cosignOnPath('3.2.0'),
        logger: memoryLogger(),
      });
      expect(found.file).toBe('cosign');
    }
  });
});

describe('cosignAssetName', () => {
  it("names the release's bare binaries by Go's os and arch", () => {
    expect(cosignAssetName('linux', 'x64')).toBe('cosign-linux-amd64');
    expect(cosignAssetName('linux', 'arm64')).toBe('cosign-linux-arm64');
    expect(cosignAssetName('darwin', 'arm64')).toBe('cosign-darwin-arm64');
  });
});
