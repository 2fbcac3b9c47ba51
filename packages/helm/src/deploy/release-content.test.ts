import { describe, expect, it } from '@jest/globals';
import type { Revision } from '../release-history';
import { describeContent, imagesInManifest, podImages, rollbackCandidates, sameContent } from './release-content';

const rev = (revision: number, status: string, chart: string, description = 'Upgrade complete'): Revision => ({
  revision,
  status,
  chart,
  appVersion: '',
  description,
  updated: '',
});

describe('rollbackCandidates', () => {
  it('after an automatic rollback: the rolled-back-from revision is no candidate, newest first', () => {
    // 1 (6.9.0), 2 (6.9.1), 3 broken (helm said deployed, the judge did not), 4 "Rollback to 2".
    const history = [
      rev(1, 'superseded', 'web-6.9.0'),
      rev(2, 'superseded', 'web-6.9.1'),
      rev(3, 'superseded', 'web-6.9.1'),
      rev(4, 'deployed', 'web-6.9.1', 'Rollback to 2'),
    ];
    expect(rollbackCandidates(history, 4).map((r) => r.revision)).toEqual([2, 1]);
  });
  it('skips failed revisions', () => {
    const history = [rev(1, 'superseded', 'a'), rev(2, 'failed', 'b'), rev(3, 'deployed', 'c')];
    expect(rollbackCandidates(history, 3).map((r) => r.revision)).toEqual([1]);
  });
});

describe('release content', () => {
  it('reads every container image of a manifest, Jobs and init containers included', async () => {
    const manifest = [
      'kind: Deployment\nspec:\n  template:\n    spec:\n      initContainers: [{image: "busybox:1"}]\n      containers: [{image: "shop:6.9.1"}, {image: "envoy:1"}]',
      'kind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{image: "shop:6.9.1"}]',
      'kind: Service\nspec:\n  ports: [{port: 80}]',
    ].join('\n---\n');
    expect(await imagesInManifest(manifest)).toEqual(['busybox:1', 'envoy:1', 'shop:6.9.1']);
  });
  it('says which container of which object runs each image: init, ordinary and ephemeral, a bare Pod too', async () => {
    const manifest = [
      'kind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      initContainers: [{name: migrate, image: "shop@sha256:' +
        'a'.repeat(64) +
        '"}]\n      containers: [{name: app, image: "shop:6.9.1"}, {name: log, image: "fluent-bit:3"}]',
      'kind: Pod\nmetadata: {name: debug}\nspec:\n  containers: [{name: main, image: "busybox:1"}]\n  ephemeralContainers: [{name: probe, image: "netshoot:1"}]',
      'kind: ConfigMap\nmetadata: {name: settings}\ndata: {image: "not-a-container:1"}',
    ].join('\n---\n');
    expect(await podImages(manifest)).toEqual([
      { image: `shop@sha256:${'a'.repeat(64)}`, usedBy: 'init container "migrate" of Deployment/web' },
      { image: 'shop:6.9.1', usedBy: 'container "app" of Deployment/web' },
      { image: 'fluent-bit:3', usedBy: 'container "log" of Deployment/web' },
      { image: 'busybox:1', usedBy: 'container "main" of Pod/debug' },
      { image: 'netshoot:1', usedBy: 'ephemeral container "probe" of Pod/debug' },
    ]);
  });
  it('is the same when chart, images and values are', () => {
    const a = { chart: 'web-1.0.0', images: ['shop:1'], values: '{"replicaCount":2}' };
    expect(sameContent(a, { ...a })).toBe(true);
    expect(sameContent(a, { ...a, images: ['shop:2'] })).toBe(false);
    expect(sameContent(a, { ...a, values: '{"replicaCount":3}' })).toBe(false);
    expect(describeContent(a)).toBe('chart web-1.0.0, image shop:1');
  });
});
