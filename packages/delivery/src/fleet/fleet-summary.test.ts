import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../load-config';
import { fleetSummary } from './fleet-summary';
import { planFleet } from './plan-fleet';

describe('fleetSummary', () => {
  it('one row per wave, what follows each stage, long waves cut to a count', async () => {
    const clusters = Array.from({ length: 20 }, (_, i) => `      - name: c-${i + 1}`).join('\n');
    const text = `chart: ./c\nservices:\n  - name: api\n  - name: edge\n    image: ghcr.io/acme/edge:1\nenvironments:\n  staging: { namespace: s, soak: 10m }\n  production:\n    namespace: p\n    on-failure: rollback-stage\n    max-parallel: 10\n    clusters:\n${clusters}\n`;
    const markdown = fleetSummary(planFleet(await parseConfig(text, 'slipway.yml', '/r'))).render();
    expect(markdown).toContain('## Slipway plan: 42 deploy jobs, 2 services, 2 stages');
    expect(markdown).toContain('Built: api; given: edge (ghcr.io/acme/edge:1)');
    expect(markdown).toContain('| Stage | Wave | Clusters | Deploy jobs | After the stage (soak / on-failure) |');
    expect(markdown).toContain('| staging | 1 | staging | 2 | soak 10m / halt |');
    expect(markdown).toContain('| production | 1 | c-1, c-2, c-3, c-4, c-5, c-6, c-7, c-8 … (10 in all) | 20 |  |');
    expect(markdown).toContain(
      '|  | 2 | c-11, c-12, c-13, c-14, c-15, c-16, c-17, c-18 … (10 in all) | 20 | no soak / rollback-stage |',
    );
  });
});
