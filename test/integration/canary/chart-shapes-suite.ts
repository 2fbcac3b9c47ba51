import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { runAction, type ActionRun } from '../../support/run-action';
import { need } from '../sandbox/sandbox-helpers';
import { createQuota, helmEnv, namespaces, servingImage } from '../helm-deploy/suite-helpers';
import { oneReplica, shapes, type Shape } from '../helm-deploy/chart-shapes-suite';
import { canaryWeight, chart, installStable, METRIC, releases, TIMEOUT } from './canary-suite';

/**
 * The chart shapes users have (issue 17) through a canary, on helm v3 and v4 (nginx provider:
 * the gate on availability is the same for every provider). Each shape is stable at 1.0.0, then
 * a broken canary (it never gets traffic, or loses it as soon as it loses availability; stable
 * keeps serving with every replica), then a good canary that is promoted. The pre-upgrade hook
 * runs when the stable release is upgraded: a failing one fails the promotion, and stable is
 * rolled back with all traffic on it.
 */
const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
const good2 = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const admin = () => readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');
const canaryOnly = { track: 'canary', ingress: { enabled: false } };

/** What the error line says of a broken canary: not available before a weight, or lost during a step. */
const NOT_AVAILABLE =
  /(not healthy|is not fully available before step 1|lost availability during step 1|The canary release web-canary failed): /;

export function canaryChartShapesSuite(major: '3' | '4'): void {
  const { helm, env } = helmEnv(major);
  const unique = namespaces(`cc${major}`);
  /** The live stable workload, judged as `kubectl rollout status` does, and its image. */
  const serving = (ns: string, kind = 'deployment') => servingImage(ns, kind);
  const ok = (run: ActionRun) => {
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  };

  async function stable(values: Record<string, unknown>): Promise<string> {
    const ns = unique();
    await installStable(helm, ns, values);
    return ns;
  }

  const canary = (
    ns: string,
    stableValues: Record<string, unknown>,
    canaryValues: Record<string, unknown>,
    image: string,
    timeout = '60s',
  ) =>
    runAction(
      'canary',
      {
        release: 'web',
        namespace: ns,
        chart,
        set: stringify(stableValues),
        'canary-values': stringify({ ...stableValues, ...canaryOnly, ...canaryValues }),
        image,
        provider: 'nginx',
        'helm-version': major,
        steps: '20:4s, 100',
        interval: '2s',
        count: '1',
        'prometheus-url': need('SLIPWAY_PROMETHEUS_URL'),
        metrics: `- name: success\n  query: max(${METRIC}{suite="{{ namespace }}"})\n  min: 0.99`,
        'check-image': 'false',
        timeout,
        kubeconfig: admin(),
      },
      { env },
    );

  describe(`chart shapes through a canary, helm v${major}`, () => {
    it.concurrent.each(shapes.filter((shape) => !shape.broken.values?.['preUpgradeHook']))(
      '$name: a broken canary never keeps traffic and stable serves every replica; a good one is promoted',
      async (shape: Shape) => {
        const ns = await stable(shape.values);
        const run = await canary(
          ns,
          shape.values,
          shape.broken.values ?? {},
          shape.broken.image ?? good,
          shape.broken.timeout,
        );
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(NOT_AVAILABLE);
        // The canary's own workloads are named web-canary.
        expect(run.errors[0]).toMatch(new RegExp(shape.reason.source.replace('\\/web:', '\\/web-canary:')));
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await serving(ns, shape.kind)).toBe(good);
        expect(await releases(ns)).toEqual(['web']);
        const promoted = await canary(ns, shape.values, {}, good2);
        ok(promoted);
        expect(promoted.outputs).toMatchObject({ result: 'promoted' });
        expect(await serving(ns, shape.kind)).toBe(good2);
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await releases(ns)).toEqual(['web']);
      },
      TIMEOUT,
    );

    it.concurrent(
      'a namespace whose ResourceQuota cannot fit the canary pods: refused before the canary release exists; stable keeps all traffic',
      async () => {
        const values = { replicaCount: 2, resources: { requests: { cpu: '100m', memory: '16Mi' } } };
        const ns = await stable(values);
        await createQuota(ns, 'requests.cpu=250m');
        const run = await canary(ns, values, { replicaCount: 1 }, good2);
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          /Pre-flight capacity: .*web-canary: ResourceQuota tight: requests\.cpu needs 100m for Deployment\/web-canary: 1 new pod, but only 50m of 250m is left \(short by 50m\)/,
        );
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await releases(ns)).toEqual(['web']);
        expect(await serving(ns)).toBe(good);
      },
      TIMEOUT,
    );

    it(
      'a failing pre-upgrade hook fails the promotion: stable is rolled back and keeps all traffic',
      async () => {
        const values = { ...oneReplica, preUpgradeHook: { enabled: true } };
        const ns = await stable(values);
        const run = await canary(ns, { ...values, preUpgradeHook: { enabled: true, fail: true } }, {}, good2);
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({ result: 'aborted' });
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          /aborted: promotion failed: .*pre-upgrade hooks failed.*; rolled back to revision 1 \(now revision 3\), healthy/,
        );
        expect(await serving(ns)).toBe(good);
        expect(await canaryWeight('nginx', ns)).toBe(0);
        expect(await releases(ns)).toEqual(['web']);
      },
      TIMEOUT,
    );
  });
}
