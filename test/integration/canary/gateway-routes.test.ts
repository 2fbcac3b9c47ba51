import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { installGatewayApiCrds } from '../../../packages/sandbox/src/components/gateway-api-crds';
import { runAction, startAction } from '../../support/run-action';
import { eventually, exec, execOk, need, sandbox, uniqueSuffix } from '../sandbox/sandbox-helpers';
import { chart, installStable, liveImage, releases, storedState, TIMEOUT } from './canary-suite';

/**
 * Header/cookie (A/B) routing and mirroring through Gateway API (issue 25), on the sandbox's
 * HTTPRoute objects: what the API server stores (rules, matches, filters). Where requests land
 * through a real data plane (Traefik) is gateway-traffic.test.ts.
 */
const helm = need('HELM3');
const kubectl = need('KUBECTL');
const canaryImage = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const env = {
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
};

interface Rule {
  name?: string;
  matches?: Array<{ path?: unknown; headers?: Array<{ type: string; name: string; value: string }> }>;
  filters?: Array<{ type: string; requestMirror?: Record<string, unknown> }>;
  backendRefs?: Array<{ name: string; port?: number; weight?: number }>;
}
type Route = { spec: { rules: Rule[]; [key: string]: unknown } };

async function route(ns: string): Promise<Route> {
  const { stdout } = await execOk(kubectl, ['get', 'httproute', 'web', '-n', ns, '-o', 'json']);
  return JSON.parse(stdout) as Route;
}

/** Stable web behind its chart's HTTPRoute, plus a rule of another service the canary must not touch. */
async function stableWithRoute(): Promise<string> {
  const ns = `issue-25-routes-${uniqueSuffix()}`;
  await installStable(helm, ns, { httpRoute: { enabled: true } });
  const docs = {
    matches: [{ path: { type: 'PathPrefix', value: '/docs' } }],
    backendRefs: [{ name: 'docs', port: 8080 }],
  };
  await execOk(kubectl, [
    'patch',
    'httproute',
    'web',
    '-n',
    ns,
    '--type=json',
    '-p',
    JSON.stringify([{ op: 'add', path: '/spec/rules/-', value: docs }]),
  ]);
  return ns;
}

const inputsFor = (ns: string, inputs: Record<string, string>) => ({
  release: 'web',
  namespace: ns,
  chart,
  set: 'httpRoute: { enabled: true }',
  'canary-values': '{ track: canary, replicaCount: 1, httpRoute: { enabled: false } }',
  image: canaryImage,
  provider: 'gateway-api',
  steps: '20:manual, 100',
  'canary-header': 'X-Canary',
  'canary-cookie': 'canary=beta',
  'check-image': 'false',
  timeout: '2m',
  kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8'),
  ...inputs,
});
const canary = (ns: string, inputs: Record<string, string>) => runAction('canary', inputsFor(ns, inputs), { env });

/** The route while the canary is paused at 20 %: A/B rule first, weighted rule with the mirror, docs untouched. */
function expectRouted(during: Route, before: Route, mirror: Record<string, unknown>): void {
  const [ab, weighted, docs, ...more] = during.spec.rules;
  expect(more).toEqual([]);
  expect(ab?.backendRefs).toEqual([{ group: '', kind: 'Service', name: 'web-canary', port: 80, weight: 1 }]);
  expect(ab?.matches).toEqual([
    {
      path: { type: 'PathPrefix', value: '/' },
      headers: [{ type: 'Exact', name: 'X-Canary', value: 'always' }],
    },
    {
      path: { type: 'PathPrefix', value: '/' },
      headers: [{ type: 'RegularExpression', name: 'Cookie', value: '(^|.*; ?)canary=beta(;.*|$)' }],
    },
  ]);
  expect(weighted?.backendRefs?.map((r) => [r.name, r.weight])).toEqual([
    ['web', 80],
    ['web-canary', 20],
  ]);
  expect(weighted?.filters).toEqual([
    {
      type: 'RequestMirror',
      requestMirror: { backendRef: { group: '', kind: 'Service', name: 'web-canary', port: 80 }, ...mirror },
    },
  ]);
  expect(docs).toEqual(before.spec.rules[1]);
}

describe('canary header, cookie and mirror routing on Gateway API HTTPRoutes (sandbox cluster)', () => {
  beforeAll(async () => {
    await installGatewayApiCrds(sandbox);
  }, TIMEOUT);

  it(
    'paused at a step: A/B rule to the canary and a 25 % mirror; promoted: both gone, the route as before',
    async () => {
      const ns = await stableWithRoute();
      try {
        const before = await route(ns);
        const paused = await canary(ns, { 'canary-mirror': '25%' });
        expect(paused.exitCode).toBe(0);
        expect(paused.outputs).toMatchObject({ result: 'paused', weight: '20' });
        // A run that ends paused leaves its post step nothing to restore: the routing stays for the next run.
        expect(paused.state).toMatchObject({ phase: 'post', active: 'false' });
        expectRouted(await route(ns), before, { percent: 25 });

        const promoted = await canary(ns, { action: 'promote', image: '', 'canary-mirror': '25%' });
        expect(promoted.exitCode).toBe(0);
        expect(promoted.outputs).toMatchObject({ result: 'promoted' });
        expect((await route(ns)).spec).toEqual(before.spec);
        expect(await liveImage(ns)).toBe(canaryImage);
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );

  it(
    'paused with a 0.5 % mirror (a fraction); aborted: both gone, the route as before, stable image kept',
    async () => {
      const ns = await stableWithRoute();
      try {
        const before = await route(ns);
        const paused = await canary(ns, { 'canary-mirror': '0.5%' });
        expect(paused.exitCode).toBe(0);
        expectRouted(await route(ns), before, { fraction: { numerator: 5, denominator: 1000 } });

        const aborted = await canary(ns, { action: 'abort', image: '' });
        expect(aborted.outputs).toMatchObject({ result: 'aborted', weight: '0' });
        expect((await route(ns)).spec).toEqual(before.spec);
        expect(await liveImage(ns)).toBe(`${need('SLIPWAY_REGISTRY')}/hello:1.0.0`);
        expect(await releases(ns)).toEqual(['web']);
        expect((await storedState(ns))?.phase).toBe('aborted');
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );

  it(
    'killed mid-step (SIGKILL): the post step removes the A/B rule and the mirror, the route as before',
    async () => {
      const ns = await stableWithRoute();
      try {
        const before = await route(ns);
        const running = startAction('canary', inputsFor(ns, { steps: '20:5m, 100', 'canary-mirror': '10' }), { env });
        const during = await eventually(async () => {
          const now = await route(ns);
          return now.spec.rules.length === 3 ? now : undefined;
        }, 120_000);
        expectRouted(during, before, { percent: 10 });
        running.kill('SIGKILL');
        const killed = await running.done;
        expect(killed.state).toMatchObject({ phase: 'post', active: 'true' });
        expect((await route(ns)).spec.rules).toHaveLength(3);

        const post = await runAction('canary', inputsFor(ns, { 'canary-mirror': '10' }), { env, state: killed.state });
        expect(post.exitCode).toBe(0);
        expect(post.stdout).toContain('all traffic is back on stable');
        expect((await route(ns)).spec).toEqual(before.spec);
        expect((await storedState(ns))?.phase).toBe('aborted');
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );

  it(
    'a header route the HTTPRoute cannot hold (16 rules, one of them to stable): refused in one line, before any change',
    async () => {
      const ns = await stableWithRoute();
      try {
        const rules = Array.from({ length: 14 }, (_, i) => ({
          op: 'add',
          path: '/spec/rules/-',
          value: {
            matches: [{ path: { type: 'PathPrefix', value: `/p${i}` } }],
            backendRefs: [{ name: 'docs', port: 8080 }],
          },
        }));
        await execOk(kubectl, ['patch', 'httproute', 'web', '-n', ns, '--type=json', '-p', JSON.stringify(rules)]);
        const before = await route(ns);
        expect(before.spec.rules).toHaveLength(16);
        const refused = await canary(ns, {});
        expect(refused.exitCode).toBe(1);
        expect(refused.errors).toEqual([
          `::error title=Configuration error::Input 'canary-header': HTTPRoute ${ns}/web would have 17 rules (at most 16) with the canary's rules`,
        ]);
        expect(refused.stdout).not.toContain('Canary release web-canary');
        expect(await storedState(ns)).toBeUndefined();
        expect((await route(ns)).spec).toEqual(before.spec);
        expect(await releases(ns)).toEqual(['web']);
      } finally {
        await exec(kubectl, ['delete', 'namespace', ns, '--wait=false']);
      }
    },
    TIMEOUT,
  );
});
