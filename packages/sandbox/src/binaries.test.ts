import { describe, expect, it } from '@jest/globals';
import { jobQueue } from './binaries';

describe('jobQueue', () => {
  it('runs at most two builds at once, starting the next queued one as soon as a slot frees', async () => {
    const queue = jobQueue(2);
    const started: string[] = [];
    const finish: Record<string, () => void> = {};
    const job = (name: string) => () =>
      new Promise<string>((resolve) => {
        started.push(name);
        finish[name] = () => resolve(name);
      });
    const results = ['kubernetes', 'etcd', 'kwok', 'helm3'].map((name) => queue(job(name)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['kubernetes', 'etcd']);
    finish['etcd']!();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['kubernetes', 'etcd', 'kwok']);
    finish['kwok']!();
    finish['kubernetes']!();
    await Promise.all(results.slice(0, 3));
    await new Promise((resolve) => setImmediate(resolve));
    finish['helm3']!();
    expect(await Promise.all(results)).toEqual(['kubernetes', 'etcd', 'kwok', 'helm3']);
  });
});
