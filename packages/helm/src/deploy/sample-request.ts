import type { DeployRequest } from './deploy-types';

/** A rolling deploy of release web into prod, for the unit tests of runRelease. */
export const sampleRequest: DeployRequest = {
  mode: 'deploy',
  release: 'web',
  namespace: 'prod',
  chart: './chart',
  chartVersion: undefined,
  valuesFiles: [],
  set: {},
  image: undefined,
  imageValues: { repository: 'image.repository', tag: 'image.tag', digest: 'image.digest' },
  timeoutMs: 60_000,
  historyMax: 10,
  rollbackOnFailure: true,
  createNamespace: false,
  checkImage: false,
  strategy: 'rolling',
  blueGreen: undefined,
  revision: undefined,
};
