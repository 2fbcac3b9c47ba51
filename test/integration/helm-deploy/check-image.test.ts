import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, runAction } from '../../support/run-action';
import { exec, execOk, need } from '../sandbox/sandbox-helpers';

/** check-image: true against the sandbox's anonymous registry, with an image pushed here (no pulls). */
const namespaces: string[] = [];
const unique = () => {
  const ns = `hdci-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  namespaces.push(ns);
  return ns;
};
afterAll(async () => {
  for (const ns of namespaces)
    await execOk(need('KUBECTL'), [
      'delete',
      'namespace',
      ns,
      '--wait=false',
      '--ignore-not-found',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]).catch(() => undefined);
});

const helm = need('HELM3');
const repository = `${need('SLIPWAY_REGISTRY')}/slipway-check-image`;
const tag = `t${Date.now().toString(36)}`;
const deploy = (namespace: string, image: string) =>
  runAction(
    'helm-deploy',
    {
      release: 'web',
      namespace,
      chart: join(repoRoot, 'test', 'fixtures', 'chart'),
      image,
      // No pods: the image (FROM scratch) only has to exist, not run.
      set: 'replicaCount: 0',
      kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8'),
      'create-namespace': 'true',
      'check-image': 'true',
      timeout: '1m',
    },
    {
      env: {
        PATH: `${dirname(helm)}:/usr/bin:/bin`,
        HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
        HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
        HELM_DATA_HOME: need('HELM_DATA_HOME'),
      },
    },
  );

describe('helm-deploy check-image: true (sandbox registry and cluster)', () => {
  it('an image pushed to the registry passes pre-flight; a missing tag fails naming the image, nothing changed', async () => {
    const context = mkdtempSync(join(tmpdir(), 'slipway-check-image-'));
    try {
      writeFileSync(join(context, 'hello.txt'), 'hello from slipway\n');
      writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
      await execOk('docker', ['build', '--pull=false', '-t', `${repository}:${tag}`, context]);
      await execOk('docker', ['push', `${repository}:${tag}`]);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }

    const present = unique();
    const ok = await deploy(present, `${repository}:${tag}`);
    if (ok.exitCode !== 0) throw new Error(`action failed:\n${ok.stdout}\n${ok.stderr}`);
    expect(ok.stdout).toContain('Pre-flight checks');
    expect(ok.outputs['status']).toBe('deployed');

    const absent = unique();
    const missing = await deploy(absent, `${repository}:missing-${tag}`);
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toContain(`${repository}:missing-${tag}`);
    expect(missing.errors[0]).toContain('does not exist');
    const ns = await exec(need('KUBECTL'), [
      'get',
      'namespace',
      absent,
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]);
    expect(ns.code).not.toBe(0);
    expect(ns.stderr).toContain('NotFound');
  }, 300_000);
});
