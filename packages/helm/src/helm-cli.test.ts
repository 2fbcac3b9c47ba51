import { describe, expect, it } from '@jest/globals';
import { ConfigError, memoryLogger } from '@slipway/kit';
import { HelmCli } from './helm-cli';

describe('HelmCli with a target still resolving', () => {
  it('waits for it: argv is built from the resolved helm, target is readable only after', async () => {
    let resolve!: (t: { path: string; major: number; namespace: string }) => void;
    const helm = new HelmCli(new Promise((r) => (resolve = r)), memoryLogger());
    expect(() => helm.target).toThrow(/before helm was resolved/);
    resolve({ path: '/bin/helm', major: 4, namespace: 'prod' });
    await helm.ready();
    expect(helm.upgradeArgs({ release: 'web', chart: './c', valuesFiles: [], timeoutMs: 60_000, wait: true })).toEqual([
      'upgrade',
      '--install',
      '--namespace',
      'prod',
      '--timeout',
      '60s',
      '--wait=watcher',
      '--',
      'web',
      './c',
    ]);
  });

  it('a failed resolution fails every command with its error, and is never an unhandled rejection', async () => {
    const refused = new ConfigError(`Input 'helm-version': no helm on PATH`);
    const helm = new HelmCli(Promise.reject(refused), memoryLogger());
    await new Promise((r) => setImmediate(r));
    await expect(helm.history('web')).rejects.toBe(refused);
    await expect(helm.ready()).rejects.toBe(refused);
  });
});

describe('errorLines', () => {
  it("keeps helm's error with the causes it lists below it", async () => {
    const { errorLines } = await import('./helm-cli');
    expect(
      errorLines(
        'coalesce.go:298: warning: x\nError: UPGRADE FAILED: pre-upgrade hooks failed: 1 error occurred:\n\t* job web-pre-upgrade failed: BackoffLimitExceeded\n\n',
      ),
    ).toBe(
      'Error: UPGRADE FAILED: pre-upgrade hooks failed: 1 error occurred: * job web-pre-upgrade failed: BackoffLimitExceeded',
    );
    expect(errorLines('Error: UPGRADE FAILED: context deadline exceeded\n')).toBe(
      'Error: UPGRADE FAILED: context deadline exceeded',
    );
    expect(errorLines('no error prefix')).toBe('no error prefix');
  });
});
