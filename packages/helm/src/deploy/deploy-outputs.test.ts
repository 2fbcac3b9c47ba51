import { describe, expect, it } from '@jest/globals';
import type { DeployReport } from './deploy-types';
import { deployOutputs } from './deploy-outputs';

const report: DeployReport = {
  mode: 'deploy',
  release: 'web',
  namespace: 'prod',
  chart: './chart',
  image: 'ghcr.io/acme/web:2',
  status: 'deployed',
  revision: 5,
  previousRevision: 4,
  failedRevision: undefined,
  rolledBack: false,
  recovery: undefined,
  workloads: [],
  durationMs: 1000,
  failure: undefined,
  manifestPath: '/tmp/manifest.yaml',
  blueGreen: { service: 'web', from: 'blue', to: 'green', switched: true, previous: 'kept', smoke: undefined },
  plan: undefined,
};

describe("helm-deploy's outputs", () => {
  it('give the revisions, the status, the manifest and the colours, in the order the action writes them', () => {
    const outputs = deployOutputs(report);
    expect(Object.keys(outputs)).toEqual([
      'revision',
      'previous-revision',
      'status',
      'rolled-back',
      'manifest',
      'images',
      'previous-images',
      'chart-version',
      'previous-chart-version',
      'colour',
      'previous-colour',
    ]);
    expect(outputs).toMatchObject({
      revision: 5,
      'previous-revision': 4,
      status: 'deployed',
      'rolled-back': false,
      manifest: '/tmp/manifest.yaml',
      colour: 'green',
      'previous-colour': 'blue',
    });
  });

  it('are empty strings where the run has no such value (no rollback content, no blue-green)', () => {
    const rolling = { ...report, revision: undefined, manifestPath: undefined, blueGreen: undefined };
    expect(deployOutputs(rolling)).toMatchObject({
      revision: '',
      manifest: '',
      images: '',
      'previous-images': '',
      'chart-version': '',
      colour: '',
      'previous-colour': '',
    });
  });

  it("list a rollback's images and chart versions before and after", () => {
    const content = {
      from: { chart: '1.2.0', images: ['web:2', 'proxy:1'], values: '' },
      to: { chart: '1.1.0', images: ['web:1'], values: '' },
    };
    const outputs = deployOutputs({ ...report, mode: 'rollback', content });
    expect(outputs).toMatchObject({
      images: 'web:1',
      'previous-images': 'web:2,proxy:1',
      'chart-version': '1.1.0',
      'previous-chart-version': '1.2.0',
    });
  });
});
