import { describe, expect, it } from '@jest/globals';
import { kubernetesVersionStamp } from './binaries';
import { stampFlags } from './go-build';

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
