import { describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../support/run-action';
import { closedPort } from '../support/test-server';

/** A PATH whose helm only prints a version and records that it ran. */
function fakeHelmPath(): { PATH: string; calls: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-helm-'));
  const calls = join(dir, 'calls');
  writeFileSync(join(dir, 'helm'), `#!/bin/sh\necho "$@" >> ${calls}\nprintf 'v3.14.2'\n`);
  chmodSync(join(dir, 'helm'), 0o755);
  return { PATH: `${dir}:/usr/bin:/bin`, calls };
}

const TOKEN = 'kube-token-5f4e3d2c1b0a';
const kubeconfig = (port: number) => `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster: {server: "https://127.0.0.1:${port}"}
users:
  - name: u
    user: {token: ${TOKEN}}
contexts:
  - name: ctx
    context: {cluster: c, user: u}
current-context: ctx
`;

describe('dist/helm-deploy run as the runner runs it (Node 24)', () => {
  it('an unreachable API server: one clear error; kubeconfig 0600 under RUNNER_TEMP, token masked, deleted by post', async () => {
    const port = await closedPort();
    const helm = fakeHelmPath();
    const base64 = Buffer.from(kubeconfig(port)).toString('base64');
    const run = await runAction(
      'helm-deploy',
      { release: 'web', chart: './chart', kubeconfig: base64 },
      { env: { PATH: helm.PATH } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error::Pre-flight: Cannot reach the Kubernetes API at https://127.0.0.1:${port}: ECONNREFUSED. Is the cluster up and the kubeconfig's server right?`,
    ]);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout).toContain(`::add-mask::${base64}`);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
    const path = run.state['kubeconfig-path'] as string;
    expect(dirname(dirname(path))).toBe(run.runnerTemp);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(kubeconfig(port));
    expect(readFileSync(helm.calls, 'utf8')).toBe('version --template {{.Version}}\n');

    const post = await runAction('helm-deploy', {}, { state: run.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Deleted the kubeconfig written for this job');
    expect(existsSync(path)).toBe(false);
    expect(existsSync(dirname(path))).toBe(false);
  });

  it('never crosses a helm major: a v3 on PATH does not satisfy helm-version 4', async () => {
    const helm = fakeHelmPath();
    const run = await runAction(
      'helm-deploy',
      { release: 'web', chart: './chart', kubeconfig: kubeconfig(1), 'helm-version': '4' },
      { env: { PATH: helm.PATH } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain(`helm on PATH is v3.14.2, which does not satisfy "4"; give an exact version`);
  });
});

describe('bad input: one line naming the input, exit code 1, nothing changed', () => {
  const valid = { release: 'web', chart: './chart', kubeconfig: kubeconfig(1) };
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'release missing',
      { release: '' },
      /^::error title=Configuration error::Input 'release': expected a release name such as "web" \(the input is required\)$/,
    ],
    [
      'release with upper case',
      { release: 'Web' },
      /Input 'release': expected lower-case letters, digits and "-".*, got "Web"/,
    ],
    ['release with underscore', { release: 'my_app' }, /Input 'release': expected .*, got "my_app"/],
    ['release too long', { release: 'a'.repeat(54) }, /Input 'release': expected .*at most 53 characters/],
    [
      'chart missing',
      { chart: '' },
      /Input 'chart': expected a chart path, repo\/name or oci:\/\/ reference \(the input is required for deploy and plan\)/,
    ],
    ['set not YAML', { set: 'image: {tag: [' }, /Input 'set': expected valid YAML \(line \d+\)/],
    ['set not a map', { set: '- a\n- b' }, /Input 'set': expected a YAML map of values such as "replicaCount: 3"/],
    ['unknown strategy', { strategy: 'canary' }, /Input 'strategy': expected one of rolling, blue-green, got "canary"/],
    [
      'keep-previous ambiguous',
      { strategy: 'blue-green', 'keep-previous': '2' },
      /Input 'keep-previous': expected "until-next" \(or 1\), 0, or a duration up to 6h such as "15m", got "2"/,
    ],
    [
      'blue-green input without blue-green',
      { 'keep-previous': '0' },
      /Input 'keep-previous': expected no value unless strategy is blue-green, got "0"/,
    ],
    ['smoke-checks not checks', { strategy: 'blue-green', 'smoke-checks': 'path: 3' }, /Input 'smoke-checks': /],
    [
      'smoke-base-url not a URL',
      { strategy: 'blue-green', 'smoke-checks': '- /health', 'smoke-base-url': 'web-{colour}' },
      /Input 'smoke-base-url': expected an absolute http or https URL/,
    ],
    [
      'blue-green release too long',
      { strategy: 'blue-green', release: 'a'.repeat(48) },
      /Input 'release': expected at most 47 characters with strategy blue-green/,
    ],
    [
      'revision with blue-green',
      { strategy: 'blue-green', mode: 'rollback', revision: '2' },
      /Input 'revision': expected no value with strategy blue-green/,
    ],
    ['unknown mode', { mode: 'destroy' }, /Input 'mode': expected one of deploy, rollback, plan, got "destroy"/],
    [
      'image without tag or digest',
      { image: 'ghcr.io/acme/web' },
      /Input 'image': expected an image reference .*give a tag or, better, a digest/,
    ],
    ['image with a bad digest', { image: 'ghcr.io/acme/web@sha256:123' }, /Input 'image': .*sha256: and 64 hex digits/],
    [
      'image-values unknown key',
      { 'image-values': 'registry: image.registry' },
      /Input 'image-values': expected keys repository, tag and digest, got "registry"/,
    ],
    ['timeout not a duration', { timeout: 'soon' }, /Input 'timeout': expected a duration .*, got "soon"/],
    [
      'history-max negative',
      { 'history-max': '-1' },
      /Input 'history-max': expected an integer from 0 to 1000, got "-1"/,
    ],
    [
      'rollback-on-failure not a bool',
      { 'rollback-on-failure': 'maybe' },
      /Input 'rollback-on-failure': expected true or false, got "maybe"/,
    ],
    [
      'revision outside rollback',
      { revision: '3' },
      /Input 'revision': expected no value unless mode is rollback, got "3"/,
    ],
    [
      'revision zero',
      { mode: 'rollback', revision: '0' },
      /Input 'revision': expected an integer of at least 1, got "0"/,
    ],
    [
      'helm-version range',
      { 'helm-version': '>=3' },
      /Input 'helm-version': expected a major \("3"\), a minor \("3.14"\) or an exact version \("3.14.2"\), got ">=3"/,
    ],
    [
      'helm-download-url not a URL',
      { 'helm-download-url': 'get.helm.sh' },
      /Input 'helm-download-url': expected an absolute http or https URL/,
    ],
    ['namespace invalid', { namespace: 'Prod_1' }, /Input 'namespace': expected a namespace name/],
    [
      'kubeconfig not a kubeconfig',
      { kubeconfig: 'hello: world' },
      /Input 'kubeconfig': expected a kubeconfig as YAML or base64 .*\(value not shown\)/,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, expected) => {
    const helm = fakeHelmPath();
    const run = await runAction('helm-deploy', { ...valid, ...inputs }, { env: { PATH: helm.PATH } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(expected);
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
    expect(readdirSync(run.runnerTemp).sort()).toEqual(['env', 'output', 'state', 'summary.md']);
    expect(existsSync(helm.calls)).toBe(false);
  });
});
