import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot, runAction, type ActionRun } from '../../support/run-action';
import { TestServer } from '../../support/test-server';
import { execOk, need, sandbox } from '../sandbox/sandbox-helpers';
import { helmEnv, namespaces } from './suite-helpers';

export const chart = join(repoRoot, 'test', 'fixtures', 'chart');
const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
const good2 = `${need('SLIPWAY_REGISTRY')}/hello:1.0.1`;
const broken = `${need('SLIPWAY_REGISTRY')}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`;
/** Several helm runs with waits per test. */
const TIMEOUT = 300_000;
const admin = readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8');

/** Every integration test of helm-deploy, run once per helm major. */
export function helmDeploySuite(major: '3' | '4'): void {
  const { helm, env } = helmEnv(major);
  const unique = namespaces(`hd${major}`);
  const deploy = (namespace: string, inputs: Record<string, string> = {}) =>
    runAction(
      'helm-deploy',
      {
        release: 'web',
        namespace,
        chart,
        image: good,
        kubeconfig: admin,
        'create-namespace': 'true',
        'check-image': 'false',
        timeout: '2m',
        ...inputs,
      },
      { env },
    );
  const history = async (namespace: string, release = 'web') => {
    const { stdout } = await execOk(helm, [
      'history',
      release,
      '-n',
      namespace,
      '-o',
      'json',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]);
    return JSON.parse(stdout) as Array<{ revision: number; status: string }>;
  };
  const liveImage = async (namespace: string) => {
    const { stdout } = await execOk(need('KUBECTL'), [
      'get',
      'deployment',
      'web',
      '-n',
      namespace,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ]);
    return stdout;
  };
  const ok = (run: ActionRun) => {
    if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  };

  describe(`helm-deploy with helm v${major} on the sandbox cluster`, () => {
    it(
      'installs, then upgrades; outputs, summary, and the kubeconfig is gone after post',
      async () => {
        const ns = unique();
        const install = await deploy(ns);
        ok(install);
        expect(install.outputs).toMatchObject({
          revision: '1',
          'previous-revision': '',
          status: 'deployed',
          'rolled-back': 'false',
        });
        expect(readFileSync(install.outputs['manifest'] as string, 'utf8')).toContain('kind: Deployment');
        expect(install.summary).toContain('Deploy web: ✅ deployed');
        expect(install.summary).toMatch(/\| Deployment\/web \| 3\/3 \| 3\/3 \| 3\/3 \| ✅ \|/);
        expect(install.stdout).toMatch(/Deployment\/web: 3\/3 updated, 3\/3 ready, 3\/3 available/);
        expect(install.stdout).toContain(`Using helm v${major}.`);

        const upgrade = await deploy(ns, { image: good2, set: 'replicaCount: 2' });
        ok(upgrade);
        expect(upgrade.outputs).toMatchObject({ revision: '2', 'previous-revision': '1', status: 'deployed' });
        expect(upgrade.summary).toContain('1 → 2');
        expect(await liveImage(ns)).toBe(good2);

        const kubeconfigPath = upgrade.state['kubeconfig-path'] as string;
        expect(kubeconfigPath.startsWith(upgrade.runnerTemp)).toBe(true);
        expect(readFileSync(kubeconfigPath, 'utf8')).toBe(admin);
        const post = await runAction('helm-deploy', {}, { env, state: upgrade.state });
        expect(post.exitCode).toBe(0);
        expect(existsSync(kubeconfigPath)).toBe(false);
      },
      TIMEOUT,
    );

    it(
      'an upgrade to a :broken image is rolled back automatically; the previous revision serves; exit 1',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        const run = await deploy(ns, { image: broken, timeout: '15s' });
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({
          status: 'rolled-back',
          'rolled-back': 'true',
          'previous-revision': '1',
          revision: '3',
        });
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(/Deploy of web failed: .*rolled back to revision 1 \(now revision 3\), healthy/);
        expect(run.summary).toContain('1 → 2 (failed) → 3');
        expect(run.summary).toMatch(/pod web-[a-z0-9-]+: container app/);
        expect(await liveImage(ns)).toBe(good);
        expect((await history(ns)).map((r) => r.status)).toEqual(['superseded', 'failed', 'deployed']);
      },
      TIMEOUT,
    );

    it(
      'with rollback-on-failure false, leaves the failed revision and says so',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        const run = await deploy(ns, { image: broken, timeout: '10s', 'rollback-on-failure': 'false' });
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false', revision: '2' });
        expect(run.summary).toContain('not rolled back (rollback-on-failure: false)');
      },
      TIMEOUT,
    );

    it(
      'a release left pending-upgrade by a killed helm is recovered by the next run',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        const child = spawn(
          helm,
          [
            'upgrade',
            'web',
            chart,
            '-n',
            ns,
            '--kubeconfig',
            need('SLIPWAY_KUBECONFIG_ADMIN'),
            '--set',
            'image.tag=broken',
            '--wait',
            '--timeout',
            '5m',
          ],
          { env: { ...process.env, ...env }, stdio: 'ignore' },
        );
        for (let i = 0; i < 100 && (await history(ns)).at(-1)?.status !== 'pending-upgrade'; i++) await sleep(200);
        child.kill('SIGKILL');
        expect((await history(ns)).at(-1)?.status).toBe('pending-upgrade');
        const run = await deploy(ns, { image: good2 });
        ok(run);
        expect(run.stdout).toMatch(
          /Release web is stuck at revision 2 \(pending-upgrade\).*rolling back to revision 1/,
        );
        expect(run.summary).toContain('stuck revision 2 (pending-upgrade) rolled back to 1');
        expect(run.outputs).toMatchObject({ status: 'deployed', revision: '4' });
        expect(await liveImage(ns)).toBe(good2);
      },
      TIMEOUT,
    );

    it(
      'mode rollback: to the previous good revision, then to a named one',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        ok(await deploy(ns, { image: good2 }));
        const back = await deploy(ns, { mode: 'rollback', chart: '', image: '' });
        ok(back);
        expect(back.outputs).toMatchObject({ status: 'rolled-back', 'previous-revision': '2', revision: '3' });
        expect(back.summary).toContain('2 → 3');
        expect(back.stdout).toContain('Rolled back web from revision 2 to 1 (now revision 3)');
        expect(await liveImage(ns)).toBe(good);
        const named = await deploy(ns, { mode: 'rollback', chart: '', image: '', revision: '2' });
        ok(named);
        expect(named.stdout).toContain('Rolled back web from revision 3 to 2 (now revision 4)');
        expect(await liveImage(ns)).toBe(good2);
        const missing = await deploy(ns, { mode: 'rollback', chart: '', image: '', revision: '42' });
        expect(missing.exitCode).toBe(1);
        expect(missing.errors[0]).toMatch(/Input 'revision': release web has no revision 42/);
      },
      TIMEOUT,
    );

    it(
      'mode plan renders the change into the summary and changes nothing',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        const before = await history(ns);
        const run = await deploy(ns, { mode: 'plan', image: good2, set: 'service: {port: 8080}' });
        ok(run);
        expect(run.outputs).toMatchObject({ status: 'planned', revision: '1' });
        expect(run.summary).toContain('Plan web: 📝 plan (nothing changed)');
        expect(run.summary).toContain('0 to add, 3 to change, 0 to remove, 0 unchanged');
        expect(run.summary).toMatch(new RegExp(`\\+ +image: ${good2.replace(/[.]/g, '\\.')}`));
        expect(await history(ns)).toEqual(before);
        expect(await liveImage(ns)).toBe(good);
      },
      TIMEOUT,
    );

    it(
      'a deployer without access to the namespace gets an error naming the permission, and nothing changes',
      async () => {
        const ns = unique();
        ok(await deploy(ns));
        const run = await deploy(ns, {
          kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_DEPLOYER'), 'utf8'),
          image: good2,
        });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]).toMatch(
          new RegExp(`may not get secrets in namespace "${ns}" \\(helm keeps release history in Secrets\\)`),
        );
        expect(await history(ns)).toHaveLength(1);
      },
      TIMEOUT,
    );

    it(
      'blue-green: deploys into the idle colour, smoke-checks it, switches the Service, scales the old colour down; rollback switches back',
      async () => {
        const ns = unique();
        const kubectl = (...args: string[]) =>
          execOk(need('KUBECTL'), [...args, '-n', ns, '--kubeconfig', need('SLIPWAY_KUBECONFIG_ADMIN')]).then(
            (r) => r.stdout,
          );
        const selected = () =>
          kubectl('get', 'service', 'web', '-o', 'jsonpath={.spec.selector.app\\.kubernetes\\.io/instance}');
        const replicas = (name: string) => kubectl('get', 'deployment', name, '-o', 'jsonpath={.spec.replicas}');
        const healthy = { status: 200 };
        const smoke = await new TestServer()
          .route('/blue/health', (_req, res) => res.writeHead(healthy.status).end('ok'))
          .route('/green/health', (_req, res) => res.writeHead(healthy.status).end('ok'))
          .start();
        try {
          const bg = {
            strategy: 'blue-green',
            'smoke-checks': '- path: /health',
            'smoke-base-url': `${smoke.url}/{colour}/`,
          };
          const first = await deploy(ns, bg);
          ok(first);
          expect(first.outputs).toMatchObject({ status: 'deployed', colour: 'blue', 'previous-colour': '' });
          expect(await selected()).toBe('web-blue');
          expect(smoke.count('/blue/health')).toBeGreaterThanOrEqual(1);

          const second = await deploy(ns, { ...bg, image: good2, 'keep-previous': '0' });
          ok(second);
          expect(second.outputs).toMatchObject({ status: 'deployed', colour: 'green', 'previous-colour': 'blue' });
          expect(second.summary).toContain('Service web: blue → green');
          expect(second.summary).toContain('blue scaled down after the switch');
          expect(smoke.count('/green/health')).toBeGreaterThanOrEqual(1);
          expect(await selected()).toBe('web-green');
          expect(await replicas('web-blue')).toBe('0');
          expect(await replicas('web-green')).toBe('3');

          const back = await deploy(ns, { strategy: 'blue-green', mode: 'rollback', chart: '', image: '' });
          ok(back);
          expect(back.outputs).toMatchObject({
            status: 'rolled-back',
            'rolled-back': 'true',
            colour: 'blue',
            'previous-colour': 'green',
          });
          expect(back.stdout).toContain('Scaled Deployment/web-blue of web-blue up from 0 to 3');
          expect(back.summary).toContain('Service web: green → blue');
          expect(await selected()).toBe('web-blue');
          expect(await replicas('web-blue')).toBe('3');
          expect(await replicas('web-green')).toBe('3');

          // A new version whose smoke checks fail never gets the traffic.
          healthy.status = 503;
          const failing = await deploy(ns, { ...bg, image: good2, timeout: '5s' });
          expect(failing.exitCode).toBe(1);
          expect(failing.errors).toHaveLength(1);
          expect(failing.errors[0]).toMatch(
            /smoke checks against green failed \(1 of 1\); traffic not switched: Service web still selects blue/,
          );
          expect(failing.outputs).toMatchObject({ status: 'failed', colour: 'blue' });
          expect(await selected()).toBe('web-blue');
        } finally {
          await smoke.stop();
        }
      },
      TIMEOUT,
    );

    it(
      'blue-green with an HTTPRoute: backendRefs switched to the new colour, other rules kept, old colour scaled down; rollback switches the route back',
      async () => {
        const ns = unique();
        const kubectl = (args: string[], input?: string) =>
          execOk(need('KUBECTL'), [...args, '-n', ns, '--kubeconfig', need('SLIPWAY_KUBECONFIG_ADMIN')], {
            input,
          }).then((r) => r.stdout);
        await execOk(need('KUBECTL'), ['create', 'namespace', ns, '--kubeconfig', need('SLIPWAY_KUBECONFIG_ADMIN')]);
        // The user's route (Gateway API v1.4 CRDs from the sandbox; no gateway controller is needed to hold it).
        await kubectl(
          ['apply', '-f', '-'],
          JSON.stringify({
            apiVersion: 'gateway.networking.k8s.io/v1',
            kind: 'HTTPRoute',
            metadata: { name: 'shop', namespace: ns },
            spec: {
              parentRefs: [{ name: 'public' }],
              rules: [
                {
                  matches: [{ path: { type: 'PathPrefix', value: '/' } }],
                  backendRefs: [{ name: 'maintenance', port: 80 }],
                },
              ],
            },
          }),
        );
        const backends = async () =>
          (
            await kubectl([
              'get',
              'httproute',
              'shop',
              '-o',
              'jsonpath={range .spec.rules[*].backendRefs[*]}{.name}:{.port} {end}',
            ])
          ).trim();
        const replicas = (name: string) => kubectl(['get', 'deployment', name, '-o', 'jsonpath={.spec.replicas}']);
        const bg = { strategy: 'blue-green', route: 'shop' };

        const first = await deploy(ns, bg);
        ok(first);
        expect(first.outputs).toMatchObject({ status: 'deployed', colour: 'blue', 'previous-colour': '' });
        expect(await backends()).toBe('web-blue:80');
        expect(first.stdout).toContain('HTTPRoute shop now routes to blue (web-blue:80)');
        // A rule for another service, added by the user, is not this action's to switch.
        await kubectl([
          'patch',
          'httproute',
          'shop',
          '--type',
          'json',
          '-p',
          JSON.stringify([
            {
              op: 'add',
              path: '/spec/rules/-',
              value: {
                matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
                backendRefs: [{ name: 'api', port: 9000 }],
              },
            },
          ]),
        ]);

        const second = await deploy(ns, { ...bg, image: good2, 'keep-previous': '0' });
        ok(second);
        expect(second.outputs).toMatchObject({ status: 'deployed', colour: 'green', 'previous-colour': 'blue' });
        expect(second.summary).toContain('HTTPRoute shop: blue → green');
        expect(await backends()).toBe('web-green:80 api:9000');
        expect(await replicas('web-blue')).toBe('0');
        expect(await replicas('web-green')).toBe('3');

        const back = await deploy(ns, { ...bg, mode: 'rollback', chart: '', image: '' });
        ok(back);
        expect(back.outputs).toMatchObject({ status: 'rolled-back', colour: 'blue', 'previous-colour': 'green' });
        expect(back.summary).toContain('HTTPRoute shop: green → blue');
        expect(await backends()).toBe('web-blue:80 api:9000');
        expect(await replicas('web-blue')).toBe('3');
        // No Service of the action's own: the route is what was switched.
        await expect(kubectl(['get', 'service', 'web'])).rejects.toThrow(/NotFound/);
      },
      TIMEOUT,
    );
  });
}

export { sandbox };
