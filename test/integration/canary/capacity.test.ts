import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { installGatewayApiCrds } from '../../../packages/sandbox/src/components/gateway-api-crds';
import { runAction } from '../../support/run-action';
import { eventually, exec, execOk, need, sandbox, uniqueSuffix } from '../sandbox/sandbox-helpers';
import { chart, installStable, liveImage, releases, storedState, TIMEOUT } from './canary-suite';

/**
 * Capacity that follows the weight (issue 25) through Gateway API on the sandbox: stable web at 4
 * replicas, a canary deployed at 1 (canary-values). Every state of the Deployments and of the
 * HTTPRoute is recorded as the API server streams it (kubectl --watch), so the tests see each
 * replica count the canary had and the order in which the changes were made.
 */
const helm = need('HELM3');
const kubectl = need('KUBECTL');
const kubeconfig = need('SLIPWAY_KUBECONFIG_ADMIN');
const canaryImage = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
};

interface Seen {
  /** The object's resourceVersion: the sandbox's one etcd revision, so it orders changes across objects. */
  rv: bigint;
  name: string;
  replicas?: number;
  available?: number;
  /** HTTPRoute: the canary's weight in the weighted rule (undefined: no canary backendRef). */
  canaryWeight?: number;
}

/** kubectl --watch of the namespace's Deployments and HTTPRoutes (web only), one line per state. */
class Recorder {
  readonly seen: Seen[] = [];
  private readonly children: ChildProcess[] = [];

  constructor(ns: string) {
    const watch = (args: string[], parse: (fields: string[]) => Seen) => {
      const child = spawn(kubectl, ['--kubeconfig', kubeconfig, '-n', ns, 'get', ...args, '--watch'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let rest = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) this.seen.push(parse(line.trim().split(' ')));
      });
      this.children.push(child);
    };
    const num = (text: string | undefined) => (text ? Number(text) : undefined);
    watch(
      [
        'deployments',
        '-o',
        'jsonpath={.metadata.resourceVersion} {.metadata.name} {.spec.replicas} {.status.availableReplicas}{"\\n"}',
      ],
      ([rv, name, replicas, available]) => ({
        rv: BigInt(rv as string),
        name: name as string,
        replicas: num(replicas),
        available: num(available) ?? 0,
      }),
    );
    // Names then weights of the weighted rule's backendRefs (a jsonpath range prints only the first state under --watch).
    watch(
      [
        'httproutes',
        '-o',
        'jsonpath={.metadata.resourceVersion} route {.spec.rules[0].backendRefs[*].name} {.spec.rules[0].backendRefs[*].weight}{"\\n"}',
      ],
      ([rv, name, ...refs]) => {
        const at = refs.slice(0, refs.length / 2).indexOf('web-canary');
        return {
          rv: BigInt(rv as string),
          name: name as string,
          canaryWeight: at < 0 ? undefined : num(refs[refs.length / 2 + at]),
        };
      },
    );
  }

  /** The distinct replica counts a Deployment went through, in order. */
  replicas(name: string): number[] {
    const counts = this.seen.filter((s) => s.name === name && s.replicas !== undefined).map((s) => s.replicas);
    return counts.filter((n, i) => n !== counts[i - 1]) as number[];
  }

  /** The first state after `after` (a resourceVersion) that matches. */
  first(match: (s: Seen) => boolean, after = 0n): Seen | undefined {
    return [...this.seen].sort((a, b) => (a.rv < b.rv ? -1 : 1)).find((s) => s.rv > after && match(s));
  }

  stop(): void {
    for (const child of this.children) child.kill();
  }
}

const recorders: Recorder[] = [];
afterEach(() => {
  for (const recorder of recorders.splice(0)) recorder.stop();
});

async function stableWeb(): Promise<string> {
  const ns = `issue-25-capacity-${uniqueSuffix()}`;
  await installStable(helm, ns, { replicaCount: 4, httpRoute: { enabled: true } }, { metric: false });
  return ns;
}

function record(ns: string): Recorder {
  const recorder = new Recorder(ns);
  recorders.push(recorder);
  return recorder;
}

const canary = (ns: string, inputs: Record<string, string> = {}) =>
  runAction(
    'canary',
    {
      release: 'web',
      namespace: ns,
      chart,
      // The stable release's values as helm-deploy gave them (the promotion upgrades with them).
      set: '{ replicaCount: 4, httpRoute: { enabled: true } }',
      'canary-values': '{ track: canary, replicaCount: 1, httpRoute: { enabled: false } }',
      image: canaryImage,
      provider: 'gateway-api',
      steps: '25:1s, 50:1s',
      'check-image': 'false',
      timeout: '1m',
      kubeconfig: readFileSync(kubeconfig, 'utf8'),
      ...inputs,
    },
    { env },
  );

const cleanUp = (ns: string) => exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);

describe('canary capacity that follows the weight (gateway-api)', () => {
  beforeAll(() => installGatewayApiCrds(sandbox), TIMEOUT);

  it(
    'the canary has 1 replica at 25 % and 2 at 50 % of a 4-replica stable; promotion restores the route and removes it',
    async () => {
      const ns = await stableWeb();
      try {
        const seen = record(ns);
        const run = await canary(ns);
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'promoted' });
        await eventually(async () => seen.replicas('web-canary').at(-1) === 0 || undefined, 10_000);
        expect(seen.replicas('web-canary')).toEqual([1, 2, 0]);
        // Each weight came after its replicas were available: 25 % once 1 was, 50 % once 2 were.
        for (const [replicas, weight] of [
          [1, 25],
          [2, 50],
        ]) {
          const available = seen.first((s) => s.name === 'web-canary' && s.available === replicas);
          const moved = seen.first((s) => s.name === 'route' && s.canaryWeight === weight);
          expect(available && moved && available.rv < moved.rv).toBe(true);
        }
        expect(seen.replicas('web')).toEqual([4]);
        expect(run.summary).toContain('| 1 | 25% | canary 1 · stable 4 |');
        expect(run.summary).toContain('| 2 | 50% | canary 2 · stable 4 |');
        expect(await liveImage(ns)).toBe(canaryImage);
        expect(await releases(ns)).toEqual(['web']);
        const { stdout } = await execOk(kubectl, [
          'get',
          'httproute',
          'web',
          '-n',
          ns,
          '-o',
          'jsonpath={.spec.rules[0].backendRefs}',
        ]);
        expect(JSON.parse(stdout)).toEqual([{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }]);
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );

  it(
    'scale-down-stable, then action: abort from a later run: stable is back to 4 available before traffic returns, then the canary goes to 0',
    async () => {
      const ns = await stableWeb();
      try {
        const seen = record(ns);
        const paused = await canary(ns, { steps: '25:1s, 50:manual', 'scale-down-stable': 'true' });
        expect(paused.exitCode).toBe(0);
        expect(paused.outputs).toMatchObject({ result: 'paused', weight: '50' });
        expect(paused.summary).toContain('| 2 | 50% | canary 2 · stable 2 |');
        // The later run is not told scale-down-stable: what to give back is in the canary's state.
        const aborted = await canary(ns, { action: 'abort', image: '' });
        expect(aborted.exitCode).toBe(1);
        expect(aborted.outputs).toMatchObject({ result: 'aborted' });
        await eventually(async () => seen.replicas('web-canary').at(-1) === 0 || undefined, 10_000);
        expect(seen.replicas('web')).toEqual([4, 3, 2, 4]);
        expect(seen.replicas('web-canary')).toEqual([1, 2, 0]);
        // In order: stable scaled down at 50 %, back to 4 available, traffic back, the canary to zero.
        const down = seen.first((s) => s.name === 'web' && s.replicas === 2);
        const back = seen.first((s) => s.name === 'web' && s.replicas === 4 && s.available === 4, down?.rv);
        const traffic = seen.first((s) => s.name === 'route' && s.canaryWeight === undefined, down?.rv);
        const drained = seen.first((s) => s.name === 'web-canary' && s.replicas === 0);
        expect([down, back, traffic, drained].every(Boolean)).toBe(true);
        expect(back!.rv < traffic!.rv && traffic!.rv < drained!.rv).toBe(true);
        expect(await releases(ns)).toEqual(['web']);
        expect((await storedState(ns))?.phase).toBe('aborted');
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );

  it(
    'an HPA on stable: scale-down-stable refused before any change; without it the canary is held at the HPA’s min 3, stable never written',
    async () => {
      const ns = await stableWeb();
      try {
        const hpa = {
          apiVersion: 'autoscaling/v2',
          kind: 'HorizontalPodAutoscaler',
          metadata: { name: 'web', namespace: ns },
          spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
            minReplicas: 3,
            maxReplicas: 5,
            metrics: [
              { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
            ],
          },
        };
        await execOk(kubectl, ['apply', '-f', '-'], { input: JSON.stringify(hpa) });
        const refused = await canary(ns, { 'scale-down-stable': 'true' });
        expect(refused.exitCode).toBe(1);
        expect(refused.errors).toEqual([
          expect.stringMatching(
            /^::error title=Configuration error::Input 'scale-down-stable': Deployment .*\/web is scaled by HorizontalPodAutoscaler web, whose replicas the canary never writes/,
          ),
        ]);
        expect(await releases(ns)).toEqual(['web']);
        expect(await storedState(ns)).toBeUndefined();

        const seen = record(ns);
        const run = await canary(ns);
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ result: 'promoted' });
        await eventually(async () => seen.replicas('web-canary').at(-1) === 0 || undefined, 10_000);
        expect(seen.replicas('web-canary')).toEqual([1, 3, 0]);
        expect(seen.replicas('web')).toEqual([4]);
        expect(run.summary).toContain('| 1 | 25% | canary 3 · stable 4 (HPA web) |');
        expect(run.summary).toContain('| 2 | 50% | canary 3 · stable 4 (HPA web) |');
      } finally {
        await cleanUp(ns);
      }
    },
    TIMEOUT,
  );
});
