import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@slipway/kit';
import { refuseWorkloadsWithoutColours, workloadsWithoutColours } from './colour-workloads';

const doc = (kind: string, name: string) => `---\napiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

describe('workloads blue-green cannot run as two colours', () => {
  it('accepts Deployments, Jobs and Services, and empty documents', async () => {
    const manifest = `${doc('Service', 'web')}---\n# Source: empty.yaml\n${doc('Deployment', 'web-green')}${doc('Job', 'migrate')}`;
    expect(await workloadsWithoutColours(manifest)).toBeUndefined();
  });

  it('names every StatefulSet and DaemonSet, grouped by kind, with why', async () => {
    const manifest =
      doc('StatefulSet', 'db') + doc('Deployment', 'web') + doc('DaemonSet', 'agent') + doc('StatefulSet', 'cache');
    expect(await workloadsWithoutColours(manifest)).toBe(
      'StatefulSet/db, StatefulSet/cache (a second colour would claim volumes of its own, so the switch would change the data served) and DaemonSet/agent (both colours would run a pod on every node)',
    );
  });

  it('a kind named after an Object.prototype member is just another kind', async () => {
    expect(await workloadsWithoutColours(doc('constructor', 'x') + doc('toString', 'y'))).toBeUndefined();
  });

  it('refuses in one ConfigError line naming the input and the way out', async () => {
    const refusal = refuseWorkloadsWithoutColours('web-green', doc('DaemonSet', 'web-green'));
    await expect(refusal).rejects.toThrow(ConfigError);
    await expect(refuseWorkloadsWithoutColours('web-green', doc('DaemonSet', 'web-green'))).rejects.toThrow(
      /^Input 'strategy': blue-green cannot deliver release web-green: it renders DaemonSet\/web-green \(both colours would run a pod on every node\); use strategy rolling$/,
    );
    await expect(refuseWorkloadsWithoutColours('web-green', doc('Deployment', 'web-green'))).resolves.toBeUndefined();
  });
});
