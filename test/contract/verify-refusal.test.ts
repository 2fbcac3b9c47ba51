import { describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COSIGN_PIN, keyLabel } from '@slipway/image';
import { kubeconfigAt } from '../support/no-cluster';
import { runAction } from '../support/run-action';
import { closedPort } from '../support/test-server';

// helm-deploy, the canary and the root action verify through one stage: an unsigned image is refused
// with the same line, before helm is even asked its version, and nothing is left behind.
const publicKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();
const image = `127.0.0.1:5000/acme/shop@sha256:${'d'.repeat(64)}`;
const refusal = `::error title=Configuration error::Image ${image} refused by the verification policy (key ${keyLabel(publicKey)}): no signature`;

/** A PATH whose cosign finds no signature (as the real one says it) and whose helm records every run. */
function toolsPath(): { PATH: string; helmRuns: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-verify-tools-'));
  const helmRuns = join(dir, 'helm-runs');
  writeFileSync(
    join(dir, 'cosign'),
    `#!/bin/sh\nif [ "$1" = version ]; then echo 'GitVersion:    v${COSIGN_PIN.version}'; exit 0; fi\necho 'Error: no signatures found' >&2\nexit 1\n`,
  );
  writeFileSync(join(dir, 'helm'), `#!/bin/sh\necho "$@" >> ${helmRuns}\nprintf 'v3.14.2'\n`);
  for (const tool of ['cosign', 'helm']) chmodSync(join(dir, tool), 0o755);
  return { PATH: `${dir}:/usr/bin:/bin`, helmRuns };
}

/** What a user sees of the run: its exit code and error lines, whether helm ran, its outputs and post-step state. */
async function seen(action: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const tools = toolsPath();
  const run = await runAction(action, inputs, { env: { PATH: tools.PATH, ...env } });
  const { exitCode, errors, outputs, state } = run;
  return { exitCode, errors, helmRan: existsSync(tools.helmRuns), outputs, state };
}

/**
 * Refused in one line, exit 1, helm never ran, no output; the state holds only the marker that
 * sends the bundle's next run to post (no owner, active canary or kubeconfig).
 */
const refusedBeforeAnyChange = {
  exitCode: 1,
  errors: [refusal],
  helmRan: false,
  outputs: {},
  state: { phase: 'post' },
};

describe('an unsigned image is refused the same way by every action that deploys, before any change', () => {
  it('helm-deploy', async () => {
    const run = await seen('helm-deploy', {
      release: 'web',
      chart: './chart',
      image,
      kubeconfig: kubeconfigAt(await closedPort()),
      'verify-key': publicKey,
    });
    expect(run).toEqual(refusedBeforeAnyChange);
  });

  it('canary (action start)', async () => {
    const run = await seen('canary', {
      release: 'web',
      namespace: 'prod',
      image,
      chart: './chart',
      provider: 'nginx',
      steps: '10:1m, 100',
      'prometheus-url': `http://127.0.0.1:${await closedPort()}`,
      metrics: '- name: success\n  template: success-rate\n  min: 0.99',
      kubeconfig: kubeconfigAt(await closedPort()),
      'verify-key': publicKey,
    });
    expect(run).toEqual(refusedBeforeAnyChange);
  });

  it("the root action (slipway.yml's verify block)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-verify-root-'));
    const key = publicKey.trim().split('\n').join('\n    ');
    writeFileSync(
      join(dir, 'slipway.yml'),
      `release: web\nchart: ./chart\nverify:\n  key: |\n    ${key}\nenvironments:\n  staging:\n    namespace: staging\n`,
    );
    const run = await seen(
      'slipway',
      { environment: 'staging', stages: 'deploy', image, kubeconfig: kubeconfigAt(await closedPort()) },
      { GITHUB_WORKSPACE: dir },
    );
    expect(run).toEqual(refusedBeforeAnyChange);
  });
});
