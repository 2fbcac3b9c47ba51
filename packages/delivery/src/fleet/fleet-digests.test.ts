import { describe, expect, it } from '@jest/globals';
import type { Logger } from '@slipway/kit';
import { parseConfig } from '../load-config';
import { digestsOutput, digestsSummary, fleetDigests, type ManifestLookup } from './fleet-digests';
import { planFleet } from './plan-fleet';

const yaml = `chart: ./chart
services:
  - name: api
    context: ./api
  - name: edge
    image: ghcr.io/acme/edge:1.4
  - name: web
    context: ./web
environments:
  production: { namespace: shop }
`;

const digest = (n: number) => `sha256:${String(n).repeat(64)}`;
const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {} } as unknown as Logger;

/** A registry of tag → digest per repository, recording every lookup (registry host, repository, reference). */
function registry(manifests: Record<string, string>) {
  const asked: string[] = [];
  const client = (host: string): ManifestLookup => ({
    async headManifest(repository, reference) {
      asked.push(`${host}/${repository}:${reference}`);
      const found = manifests[`${repository}:${reference}`];
      return found ? { digest: found, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 400 } : undefined;
    },
  });
  return { asked, client };
}

describe('fleetDigests', () => {
  it('resolves each built service once from the run tag to <registry>/<service>@sha256:…, given images left out', async () => {
    const plan = planFleet(await parseConfig(yaml, 'slipway.yml', '/repo'));
    const { asked, client } = registry({ 'acme/api:slipway-abc-7': digest(1), 'acme/web:slipway-abc-7': digest(2) });
    const digests = await fleetDigests(plan, { registry: 'ghcr.io/acme', tag: 'slipway-abc-7', logger: quiet, client });
    expect(asked).toEqual(['ghcr.io/acme/api:slipway-abc-7', 'ghcr.io/acme/web:slipway-abc-7']);
    expect(JSON.parse(digestsOutput(digests))).toEqual({
      api: `ghcr.io/acme/api@${digest(1)}`,
      web: `ghcr.io/acme/web@${digest(2)}`,
    });
    expect(digestsSummary(digests).render()).toContain(
      `| web | ghcr.io/acme/web:slipway-abc-7 | ghcr.io/acme/web@${digest(2)} |`,
    );
  });

  it('only the services asked for; a registry with a port and no path', async () => {
    const plan = planFleet(await parseConfig(yaml, 'slipway.yml', '/repo'), { services: ['web'] });
    const { client } = registry({ 'web:t': digest(3) });
    const digests = await fleetDigests(plan, { registry: '127.0.0.1:5000', tag: 't', logger: quiet, client });
    expect(digests).toEqual([
      { service: 'web', tagged: '127.0.0.1:5000/web:t', pinned: `127.0.0.1:5000/web@${digest(3)}` },
    ]);
  });

  it('a built service with nothing under the tag fails, naming the image', async () => {
    const plan = planFleet(await parseConfig(yaml, 'slipway.yml', '/repo'));
    const { client } = registry({ 'acme/api:slipway-abc-7': digest(1) });
    await expect(
      fleetDigests(plan, { registry: 'ghcr.io/acme', tag: 'slipway-abc-7', logger: quiet, client }),
    ).rejects.toThrow(
      'ghcr.io/acme/web:slipway-abc-7: no manifest in the registry (the build job pushed none under this tag); no wave deploys',
    );
  });
});
