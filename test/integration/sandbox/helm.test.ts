import { afterAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { exec, need, uniqueSuffix, testTimeoutMs } from './sandbox-helpers';

const chart = fileURLToPath(new URL('../../fixtures/chart', import.meta.url));
const namespace = need('SLIPWAY_NAMESPACE');
const deployer = need('SLIPWAY_KUBECONFIG_DEPLOYER');
const repository = `${need('SLIPWAY_REGISTRY')}/sandbox-test/hello`;
const suffix = uniqueSuffix();
const releases: string[] = [];

function helm(binary: string, args: string[]) {
  return exec(binary, [...args, '--namespace', namespace, '--kubeconfig', deployer]);
}

function kubectl(args: string[]) {
  return exec(need('KUBECTL'), [`--kubeconfig=${deployer}`, '--namespace', namespace, ...args]);
}

function install(binary: string, release: string, tag: string, timeout: string) {
  releases.push(release);
  return helm(binary, [
    'upgrade',
    '--install',
    release,
    chart,
    '--set',
    `image.repository=${repository}`,
    '--set',
    `image.tag=${tag}`,
    '--wait',
    '--timeout',
    timeout,
  ]);
}

async function history(release: string): Promise<{ revision: number; status: string }[]> {
  const result = await helm(need('HELM'), ['history', release, '--output', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { revision: number; status: string }[];
}

afterAll(async () => {
  for (const release of releases) await helm(need('HELM'), ['uninstall', release, '--wait', '--timeout', '60s']);
}, testTimeoutMs);

describe('sandbox cluster with helm', () => {
  it(
    'installs the fixture chart with --wait (helm v3), rolls it out, and records the revisions',
    async () => {
      const release = `ok-${suffix}`;
      const installed = await install(need('HELM3'), release, '1.0.0', '120s');
      expect(installed).toMatchObject({ code: 0 });

      const rollout = await kubectl(['rollout', 'status', `deployment/${release}`, '--timeout=60s']);
      expect(rollout).toMatchObject({ code: 0 });
      expect(rollout.stdout).toContain('successfully rolled out');

      const ready = await kubectl(['get', 'deployment', release, '-o', 'jsonpath={.status.readyReplicas}']);
      expect(ready.stdout).toBe('3');
      const kinds = await kubectl([
        'get',
        'service,ingress',
        '-l',
        `app.kubernetes.io/instance=${release}`,
        '-o',
        'name',
      ]);
      expect(kinds.stdout.split('\n').filter(Boolean).sort()).toEqual([
        `ingress.networking.k8s.io/${release}`,
        `service/${release}`,
      ]);

      const upgraded = await install(need('HELM3'), release, '1.0.1', '120s');
      expect(upgraded).toMatchObject({ code: 0 });
      expect(await history(release)).toEqual([
        expect.objectContaining({ revision: 1, status: 'superseded' }),
        expect.objectContaining({ revision: 2, status: 'deployed' }),
      ]);
    },
    testTimeoutMs,
  );

  it(
    'installs the fixture chart with --wait using helm v4',
    async () => {
      const release = `v4-${suffix}`;
      const installed = await install(need('HELM4'), release, '1.0.0', '120s');
      expect(installed).toMatchObject({ code: 0 });
      const rollout = await kubectl(['rollout', 'status', `deployment/${release}`, '--timeout=60s']);
      expect(rollout).toMatchObject({ code: 0 });
      expect(await history(release)).toEqual([expect.objectContaining({ revision: 1, status: 'deployed' })]);
    },
    testTimeoutMs,
  );

  it(
    'fails the rollout of a :broken image within the timeout',
    async () => {
      const release = `broken-${suffix}`;
      const installed = await install(need('HELM3'), release, 'broken', '20s');
      expect(installed.code).not.toBe(0);
      expect(installed.stderr).toMatch(/context deadline exceeded|timed out|not ready/i);

      const rollout = await kubectl(['rollout', 'status', `deployment/${release}`, '--timeout=10s']);
      expect(rollout.code).not.toBe(0);
      const pods = await kubectl([
        'get',
        'pods',
        '-l',
        `app.kubernetes.io/instance=${release}`,
        '-o',
        'jsonpath={range .items[*]}{.status.containerStatuses[0].state.waiting.reason}{"\\n"}{end}',
      ]);
      expect(pods.stdout.trim().split('\n')).toEqual(['CrashLoopBackOff', 'CrashLoopBackOff', 'CrashLoopBackOff']);
      expect(await history(release)).toEqual([expect.objectContaining({ revision: 1, status: 'failed' })]);
    },
    testTimeoutMs,
  );

  it(
    'keeps the deployer inside its namespace',
    async () => {
      const result = await exec(need('KUBECTL'), [
        `--kubeconfig=${deployer}`,
        'get',
        'pods',
        '--namespace',
        'kube-system',
      ]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('forbidden');
    },
    testTimeoutMs,
  );
});
