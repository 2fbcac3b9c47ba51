import { describe, expect, it } from '@jest/globals';
import { buildPushOutputs } from './build-outputs';
import { buildPushSummary } from './build-summary';
import type { BuildPushResult } from './build-push';
import type { ComputedTags } from './compute-tags';

const computed: ComputedTags = { tags: ['1.2.3', 'latest'], version: '1.2.3', latest: true, notes: [] };
const built = (refs: string[]): BuildPushResult => ({
  skipped: false,
  digest: '',
  imageRef: '',
  imageId: 'sha256:abc',
  refs,
  registries: [],
  buildMs: 1200,
  pushMs: 0,
  attempts: {},
});
const labels = { 'org.opencontainers.image.version': '1.2.3' };
const annotations = { 'org.opencontainers.image.title': 'shop' };

describe('buildPushOutputs: metadata-action shaped tags, annotations and json', () => {
  it('names every image:tag; json holds tags, labels and levelled annotations', () => {
    const out = buildPushOutputs(
      built(['ghcr.io/a/shop:1.2.3', 'ghcr.io/a/shop:latest']),
      computed,
      labels,
      annotations,
    );
    expect(out['tags']).toBe('ghcr.io/a/shop:1.2.3\nghcr.io/a/shop:latest');
    expect(out['annotations']).toBe('manifest:org.opencontainers.image.title=shop');
    expect(out['json']).toEqual({
      tags: ['ghcr.io/a/shop:1.2.3', 'ghcr.io/a/shop:latest'],
      labels,
      annotations: ['manifest:org.opencontainers.image.title=shop'],
    });
  });

  it('no image enabled: bare tags, as metadata-action without images', () => {
    const out = buildPushOutputs(built([]), computed, labels, annotations, ['manifest', 'index']);
    expect(out['tags']).toBe('1.2.3\nlatest');
    expect(out['version']).toBe('1.2.3');
    expect(out['annotations']).toBe(
      'manifest:org.opencontainers.image.title=shop\nindex:org.opencontainers.image.title=shop',
    );
  });
});

describe('buildPushSummary with no image enabled', () => {
  it('says built, not pushed, and lists the bare tags', () => {
    const text = buildPushSummary(built([]), false, ['1.2.3', 'latest']).render();
    expect(text).toContain('built (not pushed)');
    expect(text).toMatch(/\| 1\.2\.3 \|/);
    expect(text).toMatch(/\| latest \|/);
  });
});
