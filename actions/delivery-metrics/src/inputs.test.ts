import { describe, expect, it } from '@jest/globals';
import { InputReader, mapInputSource } from '@slipway/kit';
import { readInputs } from './inputs';

const NOW = Date.parse('2026-12-02T05:00:00Z');
const read = (inputs: Record<string, string>) => readInputs(new InputReader(mapInputSource(inputs)), NOW);

describe('delivery-metrics inputs', () => {
  it('source auto: github with a token, else the cluster; since defaults to 30 days', async () => {
    const github = await read({ environment: 'production', 'github-token': 'ghs_x', repository: 'acme/shop' });
    expect(github).toMatchObject({ source: 'github', sinceMs: NOW - 30 * 86_400_000, untilMs: NOW });
    expect(github.github).toMatchObject({ token: 'ghs_x', repository: 'acme/shop' });
    const cluster = await read({ environment: 'prod', namespace: 'prod', release: 'web' });
    expect(cluster).toMatchObject({
      source: 'cluster',
      github: undefined,
      cluster: { namespace: 'prod', release: 'web' },
    });
  });
  it('environment takes several (comma or newline), in order, once each', async () => {
    const inputs = await read({ environment: 'production, staging\nproduction', namespace: 'shop' });
    expect(inputs.environments).toEqual(['production', 'staging']);
    await expect(read({ environment: ' , ' })).rejects.toThrow(/^Input 'environment': expected an environment name/);
  });
  it('refuses what the source does not take, and github without a token or a repository', async () => {
    await expect(read({ environment: 'p', 'github-token': 't', repository: 'a/b', release: 'web' })).rejects.toThrow(
      `Input 'release': expected no value with source github (it is for source cluster), got "web"`,
    );
    await expect(read({ environment: 'p', repository: 'a/b' })).rejects.toThrow(
      `Input 'repository': expected no value with source cluster (it is for source github), got "a/b"`,
    );
    await expect(read({ environment: 'p', source: 'github' })).rejects.toThrow(
      `Input 'github-token': expected a token with deployments: read when source is github`,
    );
    await expect(read({ environment: 'p', 'github-token': 't', repository: 'acme' })).rejects.toThrow(
      /^Input 'repository': expected owner\/name/,
    );
    await expect(read({ environment: 'p', namespace: 'Prod' })).rejects.toThrow(/^Input 'namespace'/);
    await expect(read({})).rejects.toThrow(/^Input 'environment': expected an environment name/);
  });
});
