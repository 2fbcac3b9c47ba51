import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { productFiles, readText } from '../support/source-imports';

const repoRoot = new URL('../../', import.meta.url).pathname;

/**
 * One writer of the GitHub deployment payload (packages/records' deploymentPayload): every file
 * that starts a deployment goes through it, and helm-deploy and the canary share one lifecycle.
 */
describe('the GitHub deployment payload has one writer', () => {
  const files = productFiles(repoRoot).map((file) => ({ file, text: readText(join(repoRoot, file)) }));

  it('only the shared lifecycle starts a DeploymentLifecycle, with deploymentPayload', () => {
    const starters = files
      .filter(({ file, text }) => !file.startsWith('packages/github/') && /new DeploymentLifecycle\(/.test(text))
      .map(({ file, text }) => ({ file, writer: /\bdeploymentPayload\(/.test(text) }));
    expect(starters).toEqual([{ file: 'packages/records/src/github-deployment.ts', writer: true }]);
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

  it('helm-deploy, the canary and the root action record through the one lifecycle of packages/records', () => {
    const through: Array<[string, RegExp]> = [
      ['actions/helm-deploy/src/', /import\('@slipway\/records'\)[\s\S]*recordedDeploy\(/],
      ['actions/canary/src/', /import\('@slipway\/records'\)[\s\S]*canaryStage\(/],
      ['packages/delivery/src/', /import\('@slipway\/records'\)[\s\S]*withGitHubDeployment\(/],
    ];
    for (const [dir, shared] of through) {
      const text = files
        .filter(({ file }) => file.startsWith(dir))
        .map(({ text }) => text)
        .join('\n');
      expect({ dir, shared: shared.test(text) }).toEqual({ dir, shared: true });
      expect({ dir, ownPayload: /deploymentPayload\(|new DeploymentLifecycle\(/.test(text) }).toEqual({
        dir,
        ownPayload: false,
      });
    }
  });

  it("the canary stage and helm-deploy's deploy record through withGitHubDeployment", () => {
    for (const file of ['packages/records/src/canary-stage.ts', 'packages/records/src/deploy-deployment.ts'])
      expect({ file, shared: /withGitHubDeployment\(/.test(readText(join(repoRoot, file))) }).toEqual({
        file,
        shared: true,
      });
  });

  it('no action holds deployment texts of its own: the descriptions come from startDescription', () => {
    const own = files
      .filter(({ file }) => file.startsWith('actions/') || file.startsWith('src/'))
      .filter(({ text }) => /withGitHubDeployment\(|DeploymentEnd\b/.test(text))
      .map(({ file }) => file);
    expect(own).toEqual([]);
  });
});
