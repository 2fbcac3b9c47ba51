import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chart } from '../helm-deploy/helm-deploy-suite';
import { execOk, need } from '../sandbox/sandbox-helpers';

export type Revision = { revision: number; status: string };

/**
 * One release `web` in a namespace of its own, for the fault tests on helm-deploy: the action's
 * environment for helm v3 or v4, its inputs, and the release's history and serving image as helm
 * and the cluster report them.
 */
export function releaseFixture(major: '3' | '4', prefix: string) {
  const admin = need('SLIPWAY_KUBECONFIG_ADMIN');
  const helm = need(major === '3' ? 'HELM3' : 'HELM4');
  const ns = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const good = `${need('SLIPWAY_REGISTRY')}/hello:1.0.0`;
  const kubectl = (args: string[]) => execOk(need('KUBECTL'), [...args, '--kubeconfig', admin]);
  return {
    admin,
    helm,
    ns,
    good,
    broken: `${need('SLIPWAY_REGISTRY')}/hello:${need('SLIPWAY_BROKEN_IMAGE_TAG')}`,
    env: {
      PATH: `${dirname(helm)}:/usr/bin:/bin`,
      HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
      HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
      HELM_DATA_HOME: need('HELM_DATA_HOME'),
    },
    inputs: (extra: Record<string, string> = {}) => ({
      release: 'web',
      namespace: ns,
      chart,
      image: good,
      kubeconfig: readFileSync(admin, 'utf8'),
      'create-namespace': 'true',
      'check-image': 'false',
      timeout: '2m',
      ...extra,
    }),
    history: async (): Promise<Revision[]> =>
      JSON.parse((await execOk(helm, ['history', 'web', '-n', ns, '-o', 'json', '--kubeconfig', admin])).stdout),
    servingImage: async () =>
      (
        await kubectl([
          'get',
          'deployment',
          'web',
          '-n',
          ns,
          '-o',
          'jsonpath={.spec.template.spec.containers[0].image}',
        ])
      ).stdout.trim(),
    removeNamespace: () =>
      kubectl(['delete', 'namespace', ns, '--wait=false', '--ignore-not-found']).catch(() => undefined),
  };
}
