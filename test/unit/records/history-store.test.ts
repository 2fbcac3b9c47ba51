import { describe, expect, it } from '@jest/globals';
import { MemoryObjects } from '../../support/memory-objects';
import {
  boundedHistory,
  DeliveryHistory,
  HISTORY_ANNOTATION,
  recordsIn,
} from '../../../packages/records/src/history-store';
import type { DeliveryRecord } from '../../../packages/records/src/record';

const record = (n: number): DeliveryRecord => ({
  kind: 'deploy',
  environment: 'prod',
  release: 'web',
  revision: n,
  image: `registry.example/web:${n}`,
  imageDigest: null,
  commit: 'a'.repeat(40),
  commitTime: null,
  startedAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
  finishedAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000 + 30_000).toISOString(),
  result: 'success',
});
const ref = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'prod', name: 'web-slipway-deliveries' };

describe('boundedHistory', () => {
  it('keeps the newest records under the byte limit and the count, oldest first', () => {
    const all = Array.from({ length: 50 }, (_, i) => record(i + 1));
    const one = Buffer.byteLength(JSON.stringify(all[49])) + 1;
    const text = boundedHistory(all, one * 10 + 1, 40);
    const kept = JSON.parse(text) as DeliveryRecord[];
    expect(kept.map((r) => r.revision)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(one * 10 + 1);
    expect((JSON.parse(boundedHistory(all, 1 << 20, 5)) as DeliveryRecord[]).map((r) => r.revision)).toEqual([
      46, 47, 48, 49, 50,
    ]);
  });
  it('400 records of a realistic size stay under 256 KiB of annotations', () => {
    const text = boundedHistory(
      Array.from({ length: 1000 }, (_, i) => ({
        ...record(i),
        runUrl: `https://github.com/acme/shop/actions/runs/${i}`,
      })),
    );
    expect(Buffer.byteLength(text)).toBeLessThan(200 * 1024);
  });
});

describe('DeliveryHistory', () => {
  it('creates the ConfigMap with its labels, then appends; a broken annotation reads as empty', async () => {
    const objects = new MemoryObjects();
    const history = new DeliveryHistory(objects, 'prod', 'web');
    expect(await history.read()).toEqual([]);
    await history.append(record(1));
    await history.append(record(2));
    expect((await history.read()).map((r) => r.revision)).toEqual([1, 2]);
    expect(objects.peek(ref)?.metadata.labels).toEqual({
      'slipway.dev/delivery-history-of': 'web',
      'app.kubernetes.io/managed-by': 'slipway',
    });
    expect(recordsIn({ metadata: { annotations: { [HISTORY_ANNOTATION]: '{not json' } } })).toEqual([]);
    expect(recordsIn({ metadata: { annotations: { [HISTORY_ANNOTATION]: '[{"kind":"deploy"}, 3]' } } })).toEqual([]);
  });
  it('a writer that loses the create race appends to what the other wrote', async () => {
    const objects = new MemoryObjects();
    const first = new DeliveryHistory(objects, 'prod', 'web');
    const racing = new DeliveryHistory(
      {
        ...objects,
        get: async () => undefined,
        create: objects.create.bind(objects),
        update: objects.update.bind(objects),
      },
      'prod',
      'web',
    );
    await first.append(record(1));
    await racing.append(record(2));
    expect((await first.read()).map((r) => r.revision)).toEqual([1, 2]);
  });
});
