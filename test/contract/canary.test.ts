import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/run-action';
import { json, selfSignedCert, TestServer } from '../support/test-server';

/** A PATH whose helm only prints a version and records that it ran. */
function fakeHelmPath(): { PATH: string; calls: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-helm-'));
  const calls = join(dir, 'calls');
  writeFileSync(join(dir, 'helm'), `#!/bin/sh\necho "$@" >> ${calls}\nprintf 'v3.14.2'\n`);
  chmodSync(join(dir, 'helm'), 0o755);
  return { PATH: `${dir}:/usr/bin:/bin`, calls };
}

const TOKEN = 'kube-token-9a8b7c6d5e4f';
const PROM_TOKEN = 'prom-token-1q2w3e4r5t';
const running = {
  version: 1,
  release: 'web',
  namespace: 'prod',
  image: 'web:2',
  provider: 'nginx',
  steps: [{ weight: 10, pauseMs: 60000, manual: false }],
  phase: 'progressing',
  step: 0,
  weight: 10,
  owner: 'run 41.1 (deploy)',
  startedAt: Date.now() - 120_000,
  updatedAt: Date.now(),
  timeline: [],
  analyses: [],
};

const kube = new TestServer();
const prometheus = new TestServer();
beforeAll(async () => {
  await kube
    .route('/api/v1/namespaces/prod/configmaps/web-canary-state', (_q, res) =>
      json(res, 200, {
        metadata: { name: 'web-canary-state', resourceVersion: '7' },
        data: { 'state.json': JSON.stringify(running) },
      }),
    )
    .start(selfSignedCert());
  await prometheus
    .route('/api/v1/query', (_q, res) =>
      json(res, 200, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, '1'] }] } }),
    )
    .start();
});
afterAll(async () => {
  await kube.stop();
  await prometheus.stop();
});

const kubeconfig = () => `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster: {server: "${kube.url}", insecure-skip-tls-verify: true}
users:
  - name: u
    user: {token: ${TOKEN}}
contexts:
  - name: ctx
    context: {cluster: c, user: u}
current-context: ctx
`;

const valid = () => ({
  release: 'web',
  namespace: 'prod',
  image: '127.0.0.1:5000/web:2.0.0',
  chart: './chart',
  provider: 'nginx',
  steps: '10:1m, 50:1m, 100',
  'prometheus-url': prometheus.url,
  'prometheus-token': PROM_TOKEN,
  metrics: '- name: success\n  template: success-rate\n  min: 0.99',
  'check-image': 'false',
  kubeconfig: kubeconfig(),
});

describe('dist/canary run as the runner runs it (Node 24)', () => {
  it.each([
    [
      'steps',
      { steps: '10:1m, 5:1m' },
      `Input 'steps': expected weights strictly increasing (5 after 10), got "10:1m, 5:1m"`,
    ],
    ['steps', { steps: '50, 150' }, /^Input 'steps': expected weights from 1 to 100 .*got "150"$/],
    ['steps', { steps: '10:2x' }, /^Input 'steps': expected a pause that is a duration up to 6h .*got "10:2x"$/],
    [
      'metrics',
      { metrics: '- name: a\n  query: up{x="{{ canry }}"}\n  max: 1' },
      /^Input 'metrics': expected placeholders among \{\{ canary \}\}.*got "\{\{ canry \}\}"$/,
    ],
    [
      'metrics',
      { metrics: '- name: a\n  query: up' },
      /^Input 'metrics': expected a "min" or "max" threshold for metric "a"/,
    ],
    ['provider', { provider: 'istio' }, /^Input 'provider': expected one of gateway-api, nginx, replicas/],
    ['on-inconclusive', { 'on-inconclusive': 'promote' }, /^Input 'on-inconclusive': expected one of pause, abort/],
    ['image', { image: '' }, /^Input 'image': expected the canary image/],
    ['interval', { interval: 'soon' }, /^Input 'interval': expected a duration/],
    ['failure-limit', { 'failure-limit': '-1' }, /^Input 'failure-limit': expected /],
    [
      'prometheus-url',
      { 'prometheus-url': '' },
      /^Input 'prometheus-url': expected the Prometheus base URL when metrics are set/,
    ],
    ['canary-header', { 'canary-header': 'bad header: x' }, /^Input 'canary-header': expected a header name/],
    ['canary-cookie', { 'canary-cookie': 'a;b' }, /^Input 'canary-cookie': expected a cookie name such as "canary"/],
    ['canary-mirror', { 'canary-mirror': '150%' }, /^Input 'canary-mirror': expected a share of requests above 0/],
    [
      'canary-mirror',
      // "%" is "%25" in the runner's ::error:: command.
      { 'canary-mirror': '5%', provider: 'nginx' },
      /^Input 'canary-mirror': expected no value unless provider is gateway-api, got "5%25"$/,
    ],
    ['release', { release: 'Web_App' }, /^Input 'release': expected lower-case letters/],
    [
      'smoke-checks',
      {
        'smoke-base-url': 'http://{{ canary }}.{{ namespace }}.svc:8080',
        'smoke-checks': '- path: /health\n  expect: { status: 7xx }',
      },
      /^Input 'smoke-checks': check 1: 'expect\.status' expected a code, a range such as "2xx"/,
    ],
    [
      'smoke-checks',
      { 'smoke-checks': '- path: /health' },
      /^Input 'smoke-checks': check 1: 'path' needs the input 'smoke-base-url'/,
    ],
    [
      'smoke-base-url',
      { 'smoke-base-url': 'http://{{ canary_host }}:8080', 'smoke-checks': '- path: /health' },
      /^Input 'smoke-base-url': expected placeholders among \{\{ canary \}\}.*got "\{\{ canary_host \}\}"$/,
    ],
    [
      'gates',
      { gates: '- { name: ok, type: confirm-rollout, url: "http://127.0.0.1:9/ok" }' },
      /^Input 'gates': expected a "type" among pre-rollout, rollout, confirm-promotion, post-rollout, on-rollback for gate "ok", got "confirm-rollout"$/,
    ],
    [
      'gates',
      { gates: '- { name: slow, type: rollout, url: "http://127.0.0.1:9/ok", timeout: forever }' },
      /^Input 'gates': expected a "timeout" from 100ms to 10m such as "10s" for gate "slow", got "forever"$/,
    ],
    [
      'metrics',
      { metrics: '- { name: dd, provider: web, url: "http://127.0.0.1:9/q", max: 1 }' },
      /^Input 'metrics': expected a "json-path" to the number such as "\$\.data\.value" for metric "dd"/,
    ],
  ])('bad %s: one error line, exit 1, nothing sent', async (_name, override, message) => {
    const helm = fakeHelmPath();
    const before = kube.requests.length + prometheus.requests.length;
    const run = await runAction('canary', { ...valid(), ...override }, { env: { PATH: helm.PATH } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const text = (run.errors[0] as string).replace(/^::error[^:]*::/, '');
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
    expect(kube.requests.length + prometheus.requests.length).toBe(before);
    expect(run.state).toEqual({ phase: 'post' });
  });

  it('refuses a second canary of a release while one runs, changing nothing; secrets masked', async () => {
    const helm = fakeHelmPath();
    kube.requests.length = 0;
    const run = await runAction('canary', valid(), { env: { PATH: helm.PATH } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^::error::Another canary of release web in prod is already running: progressing at step 1 of 1 \(10%25\), image web:2, started 2m( \d+s)? ago by run 41\.1 \(deploy\)\. Finish it first \(action: resume, promote or abort\)/,
    );
    // Reads only: the stable side's replicas (measured before the claim), then the state that refuses it.
    expect(new Set(kube.requests.map((r) => r.method))).toEqual(new Set(['GET']));
    expect(kube.requests.map((r) => r.url.split('?')[0])).toContain(
      '/api/v1/namespaces/prod/configmaps/web-canary-state',
    );
    expect(run.stdout).toContain(`::add-mask::${PROM_TOKEN}`);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(PROM_TOKEN);
    expect(prometheus.requests[0]?.headers['authorization']).toBe(`Bearer ${PROM_TOKEN}`);
    expect(run.outputs['result']).toBeUndefined();
  });

  it('post with no active canary only deletes the kubeconfig it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-canary-post-'));
    const path = join(dir, 'kubeconfig');
    writeFileSync(path, 'x', { mode: 0o600 });
    const run = await runAction('canary', valid(), { state: { phase: 'post', 'kubeconfig-path': path } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Deleted the kubeconfig written for this job (${path})`);
  });
});
