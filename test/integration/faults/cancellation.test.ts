import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAction, startAction, type ActionRun, type RunningAction } from '../../support/run-action';
import { fixtureRepo, scannerPath } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { SlackFake } from '../../support/slack-fake';
import { actionEnv, fixtureContext, sandbox } from '../build-push/fixture';
import { eventually, execOk } from '../sandbox/sandbox-helpers';
import { releaseFixture } from './release-fixture';
import { faultSurvived } from '../../support/fault-figures';

/**
 * The runner cancelling a job during each action's longest step: SIGINT, SIGTERM 7.5 s later if
 * the step is still running (as the runner does), then the `post:` step with main's state. Each
 * must end with one error saying it was cancelled and leave nothing behind: no release pending,
 * the previous good revision serving, no kubeconfig or docker config left, no message half sent.
 * Canary (test/integration/canary) and smoke-test (test/contract) have their own cases.
 */
async function cancelWhen(action: RunningAction, ready: (log: string) => boolean): Promise<ActionRun> {
  let exited = false;
  void action.done.then(() => (exited = true));
  await eventually(async () => {
    if (exited) throw new Error(`the action ended before the step to cancel:\n${action.output()}`);
    return ready(action.output()) ? true : undefined;
  }, 90_000);
  action.kill('SIGINT');
  const term = setTimeout(() => action.kill('SIGTERM'), 7_500);
  const run = await action.done;
  clearTimeout(term);
  return run;
}

/** The post step as the runner runs it: the same bundle, main's saved state. */
function post(action: string, main: ActionRun, env: Record<string, string>): Promise<ActionRun> {
  return runAction(action, {}, { env, state: main.state });
}

const cancelled = /^::error title=Cancelled::/;

describe.each(['3', '4'] as const)('helm-deploy (helm v%s) cancelled mid-watch', (major) => {
  const {
    env,
    inputs,
    history: releaseHistory,
    servingImage,
    removeNamespace,
    good,
    broken,
  } = releaseFixture(major, `fault-cancel${major}`);
  afterAll(removeNamespace);

  it('says cancelled, leaves the release not pending with the good revision serving, and post deletes the kubeconfig', async () => {
    const first = await runAction('helm-deploy', inputs({ timeout: '90s' }), { env });
    expect(first.exitCode).toBe(0);
    const run = await cancelWhen(
      startAction('helm-deploy', inputs({ image: broken, timeout: '90s' }), { env }),
      (log) => /Deployment\/web: \d+\/3 updated/.test(log),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(cancelled)]);
    const history = await releaseHistory();
    expect(history.filter((h) => h.status.startsWith('pending-'))).toEqual([]);
    expect(await servingImage()).toBe(good);
    const kubeconfig = run.state['kubeconfig-path'] as string;
    expect(existsSync(kubeconfig)).toBe(true);
    const after = await post('helm-deploy', run, env);
    expect(after.exitCode).toBe(0);
    expect(existsSync(kubeconfig)).toBe(false);
    faultSurvived(`helm-deploy (helm v${major}) cancelled mid-watch, then post`);
  });
});

describe('slack-notify cancelled while waiting to retry', () => {
  const slack = new SlackFake();
  afterAll(() => slack.stop());

  it('stops at once with one error saying cancelled and sends nothing', async () => {
    await slack.start();
    slack.down({ status: 503, body: 'service unavailable' });
    const run = await cancelWhen(
      startAction('slack-notify', { 'webhook-url': slack.webhookUrl, status: 'failure', timeout: '5m' }),
      (log) => log.includes('Slack: attempt 1 failed'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(cancelled)]);
    expect(slack.messages).toHaveLength(0);
    expect(slack.requests.length).toBeLessThan(5);
    faultSurvived('slack-notify cancelled mid-retry');
  });
});

describe('lint-scan cancelled while a scanner runs', () => {
  withScanners('semgrep')('stops the scanner, says cancelled, and leaves no report behind as if complete', async () => {
    const { root } = fixtureRepo('semgrep-bad');
    const run = await cancelWhen(
      startAction('lint-scan', { scanners: 'semgrep', path: root }, { env: { PATH: scannerPath() } }),
      (log) => log.includes('::group::Scanner: semgrep'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(cancelled)]);
    expect(run.outputs['passed']).not.toBe('true');
    // No scanner left running after the step: semgrep's processes are the action's children.
    await sleep(500);
    const { stdout } = await execOk('/bin/ps', ['-eo', 'args']);
    expect(stdout.split('\n').filter((l) => l.includes(root))).toEqual([]);
    faultSurvived('lint-scan cancelled mid-scanner');
  });
});

describe('build-push cancelled mid-build', () => {
  it('says cancelled, and post removes the docker config it wrote for the logins', async () => {
    const context = fixtureContext('9.9.9', 'cafe123');
    const tls = sandbox['SLIPWAY_REGISTRY_TLS'] as string;
    const login = `${tls}=${sandbox['SLIPWAY_REGISTRY_TLS_USER']}:${sandbox['SLIPWAY_REGISTRY_TLS_PASSWORD']}`;
    const env = actionEnv({ GITHUB_SHA: 'c'.repeat(40) });
    const run = await cancelWhen(
      startAction(
        'build-push',
        { images: `${tls}/slipway/cancelled`, tags: 'type=sha', context, builder: 'docker', logins: login },
        { env },
      ),
      (log) => log.includes('::group::Build and push'),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(cancelled)]);
    const dirs = JSON.parse(run.state['cleanup'] || '[]') as string[];
    expect(dirs.length).toBeGreaterThan(0);
    const after = await post('build-push', run, env);
    expect(after.exitCode).toBe(0);
    for (const dir of dirs) expect(existsSync(dir)).toBe(false);
    faultSurvived('build-push cancelled mid-build, then post');
  });
});
