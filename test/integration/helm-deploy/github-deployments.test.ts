import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GitHubFake } from '../../support/github-fake';
import { repoRoot, runAction } from '../../support/run-action';
import { execOk, need } from '../sandbox/sandbox-helpers';

/** helm-deploy on the sandbox cluster, recording GitHub deployments in the contract-checking fake. */
const github = new GitHubFake();
const TOKEN = 'ghs_integration_9a8b7c6d';
const namespace = `hdgh-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
beforeAll(async () => {
  github.writeTokens.add(TOKEN);
  await github.start();
}, 60_000);
afterAll(async () => {
  await github.stop();
  await execOk(need('KUBECTL'), [
    'delete',
    'namespace',
    namespace,
    '--wait=false',
    '--ignore-not-found',
    '--kubeconfig',
    need('SLIPWAY_KUBECONFIG_ADMIN'),
  ]).catch(() => undefined);
});

const helm = need('HELM3');
const env = () => ({
  PATH: `${dirname(helm)}:/usr/bin:/bin`,
  HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
  HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
  HELM_DATA_HOME: need('HELM_DATA_HOME'),
  GITHUB_API_URL: github.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'b'.repeat(40),
  GITHUB_RUN_ID: '99',
});
const deploy = (inputs: Record<string, string>) =>
  runAction(
    'helm-deploy',
    {
      release: 'web',
      namespace,
      chart: join(repoRoot, 'test', 'fixtures', 'chart'),
      image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`,
      kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8'),
      'create-namespace': 'true',
      'check-image': 'false',
      timeout: '2m',
      'github-token': TOKEN,
      environment: 'staging',
      'environment-url': 'https://staging.example.com',
      ...inputs,
    },
    { env: env() },
  );
const states = (id: string | undefined) => github.deployments.find((d) => String(d.id) === id)?.statuses ?? [];

describe('helm-deploy records GitHub deployments (sandbox cluster, helm v3)', () => {
  it('in_progress → success with environment_url; a second deploy leaves the first inactive; a rolled-back deploy is a failure; 401 only warns; mode: rollback recorded, the previous inactive', async () => {
    const first = await deploy({});
    expect(first.exitCode).toBe(0);
    expect(states(first.outputs['deployment-id']).map((s) => [s.state, s.environment_url, s.log_url])).toEqual([
      ['in_progress', 'https://staging.example.com/', 'https://github.com/acme/shop/actions/runs/99'],
      ['success', 'https://staging.example.com/', 'https://github.com/acme/shop/actions/runs/99'],
    ]);
    expect(states(first.outputs['deployment-id'])[1]?.description).toBe('Deployed web revision 1');

    const second = await deploy({ image: `${need('SLIPWAY_REGISTRY')}/hello:1.0.1` });
    expect(second.exitCode).toBe(0);
    expect(states(second.outputs['deployment-id']).map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(states(first.outputs['deployment-id']).map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);

    const broken = await deploy({
      image: `${need('SLIPWAY_REGISTRY')}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`,
      timeout: '15s',
    });
    expect(broken.exitCode).toBe(1);
    const failed = states(broken.outputs['deployment-id']);
    expect(failed.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(failed[1]?.description).toMatch(/^Rolled back web from 3 to revision 2: /);
    expect(states(second.outputs['deployment-id']).at(-1)?.state).toBe('success');

    const revoked = await deploy({ 'github-token': 'ghs_revoked_1111' });
    expect(revoked.exitCode).toBe(0);
    expect(revoked.outputs['status']).toBe('deployed');
    expect(revoked.stdout).toMatch(/::warning::GitHub Deployments: .*401 \(Bad credentials\)/);

    // mode: rollback is a deployment of the environment too: from revision 5 (revoked) back to 4.
    const back = await deploy({ mode: 'rollback', chart: '', image: '' });
    expect(back.exitCode).toBe(0);
    const rollback = github.deployments.find((d) => String(d.id) === back.outputs['deployment-id']);
    expect(rollback?.payload).toEqual({
      release: 'web',
      namespace,
      kind: 'rollback',
      revision: null,
      strategy: 'rolling',
      run_id: '99',
      run_attempt: '1',
    });
    expect(rollback?.statuses.map((s) => [s.state, s.environment_url])).toEqual([
      ['in_progress', 'https://staging.example.com/'],
      ['success', 'https://staging.example.com/'],
    ]);
    expect(rollback?.statuses[1]?.description).toBe('Rolled back web from revision 5 to 4 (now revision 6)');
    expect(states(second.outputs['deployment-id']).at(-1)?.state).toBe('inactive');
    const missing = await deploy({ mode: 'rollback', chart: '', image: '', revision: '99' });
    expect(missing.exitCode).toBe(1);
    expect(states(missing.outputs['deployment-id']).map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(states(missing.outputs['deployment-id'])[1]?.description).toMatch(
      /^Rollback of web failed: Input 'revision': release web has no revision 99/,
    );
    expect(states(back.outputs['deployment-id']).at(-1)?.state).toBe('success');

    for (const run of [first, second, broken, revoked, back, missing])
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '') + run.summary).not.toContain(TOKEN);
    expect(github.violations).toEqual([]);
  }, 300_000);
});
