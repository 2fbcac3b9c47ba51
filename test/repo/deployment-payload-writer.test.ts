import { describe, expect, it } from '@jest/globals';
import { join, relative } from 'node:path';
import { readText, sourceFiles } from '../support/source-imports';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Product sources (tests excluded) of the actions, the root action and the packages. */
const productFiles = () =>
  ['actions', 'src', 'packages']
    .flatMap((dir) => sourceFiles(join(repoRoot, dir)))
    .map((file) => relative(repoRoot, file))
    .filter((file) => !file.endsWith('.test.ts') && !file.startsWith('packages/sandbox/'));

/**
 * One writer of the GitHub deployment payload (packages/records' deploymentPayload): every file
 * that starts a deployment goes through it, and helm-deploy and the canary share one lifecycle.
 */
describe('the GitHub deployment payload has one writer', () => {
  const files = productFiles().map((file) => ({ file, text: readText(join(repoRoot, file)) }));

  it('only the shared lifecycle and the root action start a DeploymentLifecycle, each with deploymentPayload', () => {
    const starters = files
      .filter(({ file, text }) => !file.startsWith('packages/github/') && /new DeploymentLifecycle\(/.test(text))
      .map(({ file, text }) => ({ file, writer: /\bdeploymentPayload\(/.test(text) }));
    expect(starters).toEqual([
      { file: 'packages/delivery/src/run-delivery.ts', writer: true },
      { file: 'packages/records/src/github-deployment.ts', writer: true },
    ]);
  });

  it('no product file outside packages/github creates a deployment directly', () => {
    const direct = files
      .filter(({ file }) => !file.startsWith('packages/github/'))
      .filter(({ text }) =>
        /\bcreateDeployment\(|repos\/create-deployment['`]|POST \/repos\/[^'`]*\/deployments['`]/.test(text),
      )
      .map(({ file }) => file);
    expect(direct).toEqual([]);
  });

  it('helm-deploy and the canary record through the one withGitHubDeployment of packages/records', () => {
    for (const action of ['helm-deploy', 'canary']) {
      const text = files
        .filter(({ file }) => file.startsWith(`actions/${action}/src/`))
        .map(({ text }) => text)
        .join('\n');
      expect({ action, shared: /import\('@slipway\/records'\)[\s\S]*withGitHubDeployment\(/.test(text) }).toEqual({
        action,
        shared: true,
      });
      expect({ action, ownPayload: /deploymentPayload\(|new DeploymentLifecycle\(/.test(text) }).toEqual({
        action,
        ownPayload: false,
      });
    }
  });
});
