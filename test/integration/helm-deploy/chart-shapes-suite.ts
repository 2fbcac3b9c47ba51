import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot, runAction, type ActionRun } from '../../support/run-action';
import { exec, need } from '../sandbox/sandbox-helpers';
import { createQuota, helmEnv, kubectlIn, namespaces, servingImage } from './suite-helpers';

/**
 * The chart shapes users have (issue 17), each deployed good then broken, on helm v3 and v4,
 * through a rolling upgrade. Every broken case: exit 1, the reason in the error line, the previous
 * revision serving with every replica available, nothing pending. The fail-fast path keeps them
 * short: `fail-fast: 2s`, so a rollout whose every new pod crash-loops fails within seconds.
 *
 * Blue-green runs every Deployment shape through an upgrade inside a colour (blue, then green
 * switched to, then blue upgraded broken while green serves), and refuses StatefulSets and
 * DaemonSets before anything changes; canary runs them in test/integration/canary/chart-shapes-suite.ts.
 * The shapes are independent namespaces, so they run a few at a time.
 */
const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
const good2 = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const broken = `${need('SLIPWAY_REGISTRY')}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`;
const admin = readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');
const TIMEOUT = 240_000;
const chart = join(repoRoot, 'test', 'fixtures', 'chart');

export type Shape = {
  name: string;
  values: Record<string, unknown>;
  /** The broken upgrade: an image, or values making pods fail (kwok rules). */
  broken: { image?: string; values?: Record<string, unknown>; timeout?: string };
  /** What the error line must name. */
  reason: RegExp;
  kind?: 'deployment' | 'statefulset' | 'daemonset';
};

export const oneReplica = {
  replicaCount: 1,
  strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
};
export const shapes: Shape[] = [
  {
    name: '1 replica with maxUnavailable: 1',
    values: oneReplica,
    broken: { image: broken },
    reason: /CrashLoopBackOff/,
  },
  {
    name: 'maxUnavailable: 100%',
    values: { replicaCount: 2, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '100%' } } },
    broken: { image: broken },
    reason: /CrashLoopBackOff/,
  },
  {
    name: 'maxSurge: 0',
    values: {
      replicaCount: 2,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
    },
    broken: { image: broken },
    reason: /CrashLoopBackOff/,
  },
  {
    name: 'minReadySeconds longer than the probe, pods Ready then crashing',
    values: { ...oneReplica, minReadySeconds: 8 },
    broken: { image: good2, values: { podLabels: { 'sandbox.slipway.dev/crash-after-ready': 'true' } } },
    reason: /CrashLoopBackOff.*Ready, then crashed/,
  },
  {
    name: 'several replicas, only the new pods on one node fail',
    values: { replicaCount: 4 },
    broken: {
      image: good2,
      values: { podLabels: { 'sandbox.slipway.dev/broken-on-node': 'kwok-node-2' } },
      timeout: '25s',
    },
    reason: /CrashLoopBackOff/,
  },
  {
    name: 'a StatefulSet, RollingUpdate with a partition',
    kind: 'statefulset',
    values: {
      workload: 'StatefulSet',
      replicaCount: 3,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } },
    },
    broken: { image: broken },
    reason: /StatefulSet\/web: .*CrashLoopBackOff/,
  },
  {
    name: 'a DaemonSet',
    kind: 'daemonset',
    values: { workload: 'DaemonSet' },
    broken: { image: broken },
    reason: /DaemonSet\/web: .*CrashLoopBackOff/,
  },
  {
    name: 'a failing pre-upgrade hook Job',
    values: { replicaCount: 1, preUpgradeHook: { enabled: true } },
    broken: { image: good2, values: { preUpgradeHook: { enabled: true, fail: true } } },
    reason: /pre-upgrade hooks failed/,
  },
];

export function chartShapesSuite(major: '3' | '4'): void {
  const { helm, env } = helmEnv(major);
  const unique = namespaces(`cs${major}`);
  const kubectl = kubectlIn;
  const deploy = (namespace: string, values: Record<string, unknown>, inputs: Record<string, string> = {}) =>
    runAction(
      'helm-deploy',
      {
        release: 'web',
        namespace,
        chart,
        image: good,
        set: stringify(values),
        kubeconfig: admin,
        'create-namespace': 'true',
        'check-image': 'false',
        'fail-fast': '2s',
        timeout: '60s',
        ...inputs,
      },
      { env },
    );
  const history = async (ns: string, release = 'web') => {
    const result = await exec(helm, [
      'history',
      release,
      '-n',
      ns,
      '-o',
      'json',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]);
    if (/release: not found/.test(result.stderr)) return [];
    return JSON.parse(result.stdout) as Array<{ revision: number; status: string; description: string }>;
  };
  const ok = (run: ActionRun) => {
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  };
  const serving = servingImage;

  describe(`chart shapes through a rolling upgrade, helm v${major}`, () => {
    // Each shape in a namespace of its own: a few at a time (Jest's maxConcurrency).
    it.concurrent.each(shapes)(
      '$name: the good upgrade succeeds, the broken one fails and the previous revision serves',
      async (shape) => {
        const ns = unique();
        ok(await deploy(ns, shape.values));
        const run = await deploy(
          ns,
          { ...shape.values, ...shape.broken.values },
          {
            image: shape.broken.image ?? good,
            ...(shape.broken.timeout ? { timeout: shape.broken.timeout } : {}),
          },
        );
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(shape.reason);
        expect(run.errors[0]).toMatch(/rolled back to revision 1 \(now revision 3\), healthy/);
        expect(run.outputs).toMatchObject({ status: 'rolled-back', revision: '3' });
        expect(await serving(ns, shape.kind)).toBe(good);
        expect((await history(ns)).filter((r) => r.status.startsWith('pending-'))).toEqual([]);
        // The same shape, upgraded to a good version, is healthy.
        const upgrade = await deploy(ns, shape.values, { image: good2 });
        ok(upgrade);
        expect(await serving(ns, shape.kind)).toBe(good2);
      },
      TIMEOUT,
    );

    it(
      'a StatefulSet with OnDelete: an upgrade changes no pod, so the old pods serve and it is healthy',
      async () => {
        const ns = unique();
        const values = { workload: 'StatefulSet', replicaCount: 2, updateStrategy: { type: 'OnDelete' } };
        ok(await deploy(ns, values));
        ok(await deploy(ns, values, { image: broken }));
        const images = await kubectl(ns, 'get', 'pods', '-o', 'jsonpath={.items[*].spec.containers[0].image}');
        expect(images.split(' ')).toEqual([good, good]);
      },
      TIMEOUT,
    );

    it(
      "a chart's kubeVersion constraint sees the sandbox's real version; a refused one changes nothing, alone in the error line",
      async () => {
        const constrained = (kubeVersion: string) => {
          const dir = join(mkdtempSync(join(tmpdir(), 'slipway-chart-')), 'chart');
          cpSync(chart, dir, { recursive: true });
          const file = join(dir, 'Chart.yaml');
          writeFileSync(file, `${readFileSync(file, 'utf8')}kubeVersion: "${kubeVersion}"\n`);
          return dir;
        };
        const ns = unique();
        ok(await deploy(ns, oneReplica, { chart: constrained('>=1.23.0-0') }));
        const refused = unique();
        const run = await deploy(refused, oneReplica, { chart: constrained('<1.20.0') });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          /chart requires kubeVersion: <1\.20\.0 which is incompatible with Kubernetes v1\.\d+\.\d+/,
        );
        expect(run.errors[0]).not.toMatch(/uninstall|rolled back|rollback/);
        expect(await history(refused)).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'a namespace whose ResourceQuota cannot fit the surge is refused before anything changes, naming the quota',
      async () => {
        const ns = unique();
        const values = { replicaCount: 2, resources: { requests: { cpu: '100m', memory: '16Mi' } } };
        ok(await deploy(ns, values));
        await createQuota(ns, 'requests.cpu=200m');
        const run = await deploy(ns, values, { image: good2 });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          /Pre-flight capacity: .*ResourceQuota tight: requests\.cpu needs 100m for Deployment\/web: 1 surge pod, but only 0m of 200m is left \(short by 100m\)/,
        );
        expect(await history(ns)).toHaveLength(1);
        // maxSurge 0 fits.
        ok(
          await deploy(
            ns,
            { ...values, strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } },
            { image: good2 },
          ),
        );
      },
      TIMEOUT,
    );

    it(
      'after an automatic rollback, mode rollback goes to the release before the live one, by content',
      async () => {
        const ns = unique();
        ok(await deploy(ns, oneReplica));
        ok(await deploy(ns, oneReplica, { image: good2 }));
        const failed = await deploy(ns, oneReplica, { image: broken });
        expect(failed.outputs).toMatchObject({ status: 'rolled-back', revision: '4' });
        const back = await deploy(ns, {}, { mode: 'rollback', chart: '', image: '', set: '' });
        ok(back);
        expect(back.outputs).toMatchObject({
          status: 'rolled-back',
          revision: '5',
          images: good,
          'previous-images': good2,
        });
        expect(back.summary).toContain(`${good2} → ${good}`);
        expect(await serving(ns)).toBe(good);
        // Nothing earlier differs from revision 1's content any more except 2 (good2): going back again goes there.
        const again = await deploy(ns, {}, { mode: 'rollback', chart: '', image: '', set: '' });
        ok(again);
        expect(await serving(ns)).toBe(good2);
      },
      TIMEOUT,
    );

    it(
      'blue-green, 1 replica with maxUnavailable: 1: a broken colour is never switched to; the Service stays as it was',
      async () => {
        const ns = unique();
        const selected = () =>
          kubectl(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector.app\\.kubernetes\\.io/instance}');
        const bg = { strategy: 'blue-green' };
        ok(await deploy(ns, oneReplica, bg));
        expect(await selected()).toBe('web-blue');
        const before = await kubectl(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector}');
        const run = await deploy(ns, oneReplica, { ...bg, image: broken });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(/CrashLoopBackOff.*traffic not switched: Service web still selects blue/);
        expect(run.summary).toContain('Service web: still blue (green not switched to)');
        expect(await kubectl(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector}')).toBe(before);
        expect(await serving(ns, 'deployment', 'web-blue')).toBe(good);
      },
      TIMEOUT,
    );
  });

  describe(`chart shapes through blue-green, helm v${major}`, () => {
    const bg = { strategy: 'blue-green' };
    const selector = (ns: string) => kubectl(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector}');
    const selected = (ns: string) =>
      kubectl(ns, 'get', 'service', 'web', '-o', 'jsonpath={.spec.selector.app\\.kubernetes\\.io/instance}');

    it.concurrent.each(shapes.filter((shape) => !shape.kind))(
      '$name: a colour upgraded broken is rolled back and never switched to; the serving colour keeps every replica',
      async (shape) => {
        const ns = unique();
        ok(await deploy(ns, shape.values, bg));
        ok(await deploy(ns, shape.values, { ...bg, image: good2 }));
        expect(await selected(ns)).toBe('web-green');
        const before = await selector(ns);
        // The idle colour is blue again: its upgrade is where the shape's rolling update runs.
        const run = await deploy(
          ns,
          { ...shape.values, ...shape.broken.values },
          {
            ...bg,
            image: shape.broken.image ?? good,
            ...(shape.broken.timeout ? { timeout: shape.broken.timeout } : {}),
          },
        );
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(shape.reason);
        expect(run.errors[0]).toMatch(
          /rolled back to revision 1 \(now revision 3\), healthy; traffic not switched: Service web still selects green/,
        );
        expect(run.summary).toContain('Service web: still green (blue not switched to)');
        expect(await selector(ns)).toBe(before);
        expect(await serving(ns, 'deployment', 'web-green')).toBe(good2);
        expect(await serving(ns, 'deployment', 'web-blue')).toBe(good);
        for (const colour of ['web-blue', 'web-green'])
          expect((await history(ns, colour)).filter((r) => r.status.startsWith('pending-'))).toEqual([]);
        // The same shape, good, goes into blue and is switched to.
        ok(await deploy(ns, shape.values, bg));
        expect(await selected(ns)).toBe('web-blue');
        expect(await serving(ns, 'deployment', 'web-blue')).toBe(good);
      },
      TIMEOUT,
    );

    it.concurrent(
      'a namespace whose ResourceQuota fits one colour but not a second is refused before the idle colour is touched',
      async () => {
        const ns = unique();
        const values = { replicaCount: 2, resources: { requests: { cpu: '100m', memory: '16Mi' } } };
        ok(await deploy(ns, values, bg));
        await createQuota(ns, 'requests.cpu=300m');
        const run = await deploy(ns, values, { ...bg, image: good2 });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          /Pre-flight capacity: .*web-green: ResourceQuota tight: requests\.cpu needs 200m for Deployment\/web-green: 2 new pods, but only 100m of 300m is left \(short by 100m\)/,
        );
        expect(await history(ns, 'web-green')).toEqual([]);
        expect(await selected(ns)).toBe('web-blue');
        expect(await serving(ns, 'deployment', 'web-blue')).toBe(good);
      },
      TIMEOUT,
    );

    it.concurrent.each([
      { kind: 'StatefulSet', values: { workload: 'StatefulSet', replicaCount: 2 }, why: /claim volumes of its own/ },
      { kind: 'DaemonSet', values: { workload: 'DaemonSet' }, why: /a pod on every node/ },
    ])(
      'a $kind is refused in one line before anything changes',
      async ({ kind, values, why }) => {
        const ns = unique();
        const run = await deploy(ns, values, bg);
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          new RegExp(`Input 'strategy': blue-green cannot deliver release web-blue: it renders ${kind}/web-blue \\(`),
        );
        expect(run.errors[0]).toMatch(why);
        expect(run.errors[0]).toMatch(/; use strategy rolling$/);
        expect(await history(ns, 'web-blue')).toEqual([]);
        const services = await kubectl(ns, 'get', 'services', '-o', 'name');
        expect(services).toBe('');
      },
      TIMEOUT,
    );
  });
}
