import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubFake } from '../support/github-fake';
import { fakeHelmPath, kubeconfigAt } from '../support/no-cluster';
import { runAction, type ActionRun } from '../support/run-action';
import { SlackFake } from '../support/slack-fake';
import { closedPort, json, TestServer } from '../support/test-server';

/** The root action's bundle (dist/slipway) as the runner runs it, on stages that need no cluster. */
const slack = new SlackFake();
const app = new TestServer();
const github = new GitHubFake();
let healthy = true;

function workspace(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-root-contract-'));
  writeFileSync(join(dir, 'slipway.yml'), config);
  return dir;
}

const config = () => `release: web
chart: ./chart
notify:
  mention-on-failure: [U0123ABCD]
  timeout: 2s
environments:
  staging:
    namespace: staging
    url: ${app.url}
    smoke:
      interval: 50ms
      timeout: 2s
      checks:
        - path: /health
          expect: { json: { $.status: ok } }
`;

const deliver = (dir: string, inputs: Record<string, string> = {}) =>
  runAction(
    'slipway',
    { environment: 'staging', stages: 'smoke, notify', 'slack-webhook-url': slack.webhookUrl, ...inputs },
    { env: { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7' } },
  );

function expectNoSecret(run: ActionRun): void {
  for (const text of [
    run.stdout.replace(/^::add-mask::.*$/gm, ''),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
  ])
    expect(text).not.toContain(slack.webhookPath);
}

beforeAll(async () => {
  await slack.start();
  await github.start();
  app.route('/health', (_req, res) => json(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'down' }));
  await app.start();
});
afterAll(async () => {
  slack.stop();
  await github.stop();
  await app.stop();
});
beforeEach(() => {
  slack.reset();
  app.requests.length = 0;
  healthy = true;
});

describe('dist/slipway (root action) under Node 24', () => {
  it('smoke then notify: outputs, one summary of all stages, one Slack message', async () => {
    const run = await deliver(workspace(config()));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'succeeded',
      'smoke-passed': 'true',
      revision: '',
      'canary-result': '',
    });
    expect(JSON.parse(run.outputs['stages'] as string)).toEqual({ smoke: 'succeeded', notify: 'succeeded' });
    expect(run.outputs['slack-ts']).toBe(''); // an incoming webhook answers no ts
    expect(run.summary).toContain('## Slipway: web to staging ✅ delivered');
    expect(run.summary).toMatch(/\| smoke \| ✅ succeeded \| 1 checks passed \|/);
    expect(run.summary).toContain('Slack: ✅ message posted');
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0]?.text).toContain('Deploy succeeded');
    expect(JSON.stringify(slack.messages[0]?.blocks)).toContain('smoke succeeded');
    expect(app.count('/health')).toBeGreaterThanOrEqual(1);
    expectNoSecret(run);
  });

  it('a failing smoke check fails the step after Slack heard of it, with a mention', async () => {
    healthy = false;
    const run = await deliver(workspace(config()));
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['::error::1 of 1 smoke checks failed: GET /health']);
    expect(run.outputs).toMatchObject({ result: 'failed', 'smoke-passed': 'false' });
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0]?.text).toContain('Deploy failed');
    expect(JSON.stringify(slack.messages[0]?.blocks)).toContain('<@U0123ABCD>');
    expect(run.summary).toContain('❌ failed');
  });

  it('with a bot token: "started" before the checks, then the same message updated with the result', async () => {
    const dir = workspace(config().replace('notify:\n', 'notify:\n  channel: "#deploys"\n'));
    const run = await deliver(dir, {
      'slack-webhook-url': '',
      'slack-token': slack.token,
      'slack-api-url': slack.apiUrl,
    });
    expect(run.errors).toEqual([]);
    expect(slack.messages).toHaveLength(1);
    const [message] = slack.messages;
    expect(message?.channel).toBe('C0DEPLOYS');
    expect(message?.history.map((h) => h.text)).toEqual([expect.stringContaining('Deploy started')]);
    expect(message?.text).toContain('Deploy succeeded');
    expect(run.outputs['slack-ts']).toBe(message?.ts);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '') + run.summary).not.toContain(slack.token);
  });

  it('Slack down only warns: the delivery is judged without it', async () => {
    slack.down();
    const run = await deliver(workspace(config()));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::Slack notification not sent: http_503/);
    expect(JSON.parse(run.outputs['stages'] as string)).toEqual({ smoke: 'succeeded', notify: 'skipped' });
  }, 20_000);

  it('a mistake in slipway.yml: one line naming file, line, path and expectation; nothing sent', async () => {
    const dir = workspace(config().replace('interval: 50ms', 'interval: 50ms\n      retries: 3'));
    const run = await deliver(dir);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      '::error title=Configuration error::slipway.yml:12:16: environments.staging.smoke.retries: expected no key "retries" here (known keys: base-url, checks, timeout, interval, request-timeout)',
    ]);
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
    expect(slack.requests).toHaveLength(0);
    expect(app.count('/health')).toBe(0);
  });

  it.each([
    [
      { environment: '' },
      `Input 'environment': expected an environment named in slipway.yml, such as "staging" (the input is required)`,
    ],
    [{ stages: 'deploy, verify' }, `Input 'stages': expected stages among deploy, smoke, canary, notify, got "verify"`],
    [
      { stages: 'deploy' },
      `Input 'image': expected the image to deliver, such as "ghcr.io/acme/web@sha256:…" (deploy and canary need it)`,
    ],
    [
      { stages: 'canary' },
      `Input 'stages': expected stages that environment "staging" configures (canary: no canary), got "canary"`,
    ],
    [
      { environment: 'prod' },
      `Input 'environment': expected one of the environments slipway.yml names (staging), got "prod"`,
    ],
    [
      { config: 'deploy/slipway.yml' },
      `Input 'config': expected a readable slipway.yml, got "deploy/slipway.yml" (ENOENT)`,
    ],
    [
      { 'slack-webhook-url': '' },
      `Input 'slack-webhook-url': expected a Slack incoming webhook URL (or slack-token) because the configuration has notify settings; leave notify out of stages to skip it`,
    ],
  ])('bad input %j stops before any side effect', async (inputs, message) => {
    const run = await deliver(workspace(config()), inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([`::error title=Configuration error::${message}`]);
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
    expect(slack.requests).toHaveLength(0);
  });
});

describe('dist/slipway GitHub Deployments (no cluster)', () => {
  /** A deploy stage towards a closed port: the deployment is created (or refused) before the pre-flight fails. */
  const deploy = async (inputs: Record<string, string>) =>
    runAction(
      'slipway',
      {
        environment: 'staging',
        stages: 'deploy',
        image: 'registry.example/web:2',
        kubeconfig: kubeconfigAt(await closedPort()),
        ...inputs,
      },
      {
        env: {
          PATH: fakeHelmPath(),
          GITHUB_WORKSPACE: workspace(config()),
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_SHA: 'a'.repeat(40),
          GITHUB_RUN_ID: '7',
        },
      },
    );

  it('deployment-fail-on-error: true: a refused deployment stops the delivery before any stage', async () => {
    const run = await deploy({ 'github-token': 'ghs_fork_read_only', 'deployment-fail-on-error': 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      '::error::GitHub Deployments: could not create the deployment: Create deployment: GitHub answered 403 (Resource not accessible by integration)',
    ]);
    expect(run.stdout).not.toContain('Pre-flight');
    expect(run.outputs['result']).toBeUndefined();
    expect(github.violations).toEqual([]);
  });

  it('by default a refused deployment is one warning; the deploy goes on and fails on its own', async () => {
    const run = await deploy({ 'github-token': 'ghs_fork_read_only' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::warning::GitHub Deployments: could not create the deployment: Create deployment: GitHub answered 403 (Resource not accessible by integration); the deploy is not affected (deployment-fail-on-error is false)',
    );
    expect(run.errors).toEqual([expect.stringContaining('Cannot reach the Kubernetes API')]);
    expect(run.outputs['deployment-id']).toBe('');
    expect(JSON.parse(run.outputs['stages'] as string)).toEqual({ deploy: 'failed' });
  });

  it('bad input deployment-fail-on-error: one line, nothing sent', async () => {
    const before = github.requests.length;
    const run = await deploy({ 'github-token': 'ghs_fork_read_only', 'deployment-fail-on-error': 'maybe' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^::error title=Configuration error::Input 'deployment-fail-on-error': /),
    ]);
    expect(github.requests.length).toBe(before);
  });
});

describe('dist/slipway strategy from slipway.yml (no cluster)', () => {
  it.each([
    [
      'a strategy helm-deploy does not know',
      '    strategy: blue-grene\n',
      'slipway.yml:9:15: environments.staging.strategy: expected one of "rolling", "blue-green", got "blue-grene"',
    ],
    [
      'blue-green beside a canary (a canary is its own strategy)',
      '    strategy: blue-green\n    canary: { provider: nginx }\n',
      'slipway.yml:9:15: environments.staging.strategy: expected strategy rolling in environment staging, which has a canary (a canary is its own strategy), got "blue-green"',
    ],
  ])('%s: one line, exit 1; no helm, no deployment, no message', async (_, lines, message) => {
    const before = github.requests.length;
    const run = await runAction(
      'slipway',
      {
        environment: 'staging',
        stages: 'deploy, notify',
        image: 'registry.example/web:2',
        kubeconfig: kubeconfigAt(await closedPort()),
        'github-token': 'ghs_contract_token',
        'slack-webhook-url': slack.webhookUrl,
      },
      {
        env: {
          PATH: fakeHelmPath(),
          GITHUB_WORKSPACE: workspace(config().replace('    namespace: staging\n', `    namespace: staging\n${lines}`)),
          GITHUB_API_URL: github.url,
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_SHA: 'a'.repeat(40),
          GITHUB_RUN_ID: '7',
        },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([`::error title=Configuration error::${message}`]);
    expect(run.stdout).not.toMatch(/Pre-flight|helm/i);
    expect(run.state).toEqual({ phase: 'post' });
    expect(github.requests.length).toBe(before);
    expect(slack.requests).toHaveLength(0);
  });
});
