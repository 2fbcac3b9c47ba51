import { describe, expect, it } from '@jest/globals';
import { jobQueue, kubernetesVersionStamp } from './binaries';
import { stampFlags } from './go-build';

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

describe('kubernetesVersionStamp', () => {
  it("stamps the version Kubernetes' own build stamps, for the servers and for kubectl", () => {
    const vars = kubernetesVersionStamp({ version: 'v1.36.3', time: '2026-10-14T09:21:07.123Z', commit: 'abc123' });
    expect(vars).toMatchObject({
      'k8s.io/component-base/version.gitVersion': 'v1.36.3',
      'k8s.io/component-base/version.gitMajor': '1',
      'k8s.io/component-base/version.gitMinor': '36',
      'k8s.io/component-base/version.gitCommit': 'abc123',
      'k8s.io/component-base/version.gitTreeState': 'clean',
      'k8s.io/component-base/version.buildDate': '2026-10-14T09:21:07Z',
      'k8s.io/client-go/pkg/version.gitVersion': 'v1.36.3',
    });
    expect(stampFlags({ 'k8s.io/component-base/version.gitVersion': 'v1.36.3' })).toBe(
      ' -X k8s.io/component-base/version.gitVersion=v1.36.3',
    );
  });
  it('leaves the commit out when the module proxy did not say it', () => {
    expect(
      Object.keys(kubernetesVersionStamp({ version: 'v1.36.3', time: undefined, commit: undefined })),
    ).not.toContain('k8s.io/component-base/version.gitCommit');
  });
});
