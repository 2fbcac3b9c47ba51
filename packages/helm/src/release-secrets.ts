import type { KubeClient } from '@slipway/kube';
import type { Revision } from './release-history';

/** Reads a release's revisions, oldest first; empty when it does not exist. */
export interface ReleaseReader {
  history(release: string): Promise<Revision[]>;
}

type SecretMetadata = { metadata?: { name?: string; labels?: Record<string, string> } };

/**
 * helm's history, read from the Secrets helm keeps it in (storage driver "secret", the default
 * of helm v3 and v4: one `sh.helm.release.v1.<release>.v<n>` Secret per revision, labelled
 * owner=helm, name, version, status, modifiedAt). One metadata-only list call instead of
 * starting `helm history`; the release bodies (manifest, chart) are not transferred.
 */
export class SecretReleaseReader implements ReleaseReader {
  constructor(
    private readonly kube: KubeClient,
    private readonly namespace: string,
  ) {}

  async history(release: string): Promise<Revision[]> {
    const selector = encodeURIComponent(`owner=helm,name=${release}`);
    const listed = await this.kube.request<{ items?: SecretMetadata[] }>({
      path: `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/secrets?labelSelector=${selector}`,
      accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1, application/json',
    });
    return revisionsFromSecrets(listed.items ?? [], release);
  }
}

export function revisionsFromSecrets(items: SecretMetadata[], release: string): Revision[] {
  const prefix = `sh.helm.release.v1.${release}.v`;
  return items
    .filter((item) => item.metadata?.name?.startsWith(prefix))
    .map(({ metadata }) => {
      const labels = metadata?.labels ?? {};
      const modified = Number(labels['modifiedAt']);
      return {
        revision: Number(labels['version']),
        status: labels['status'] ?? '',
        chart: '',
        appVersion: '',
        description: '',
        updated: Number.isFinite(modified) && modified > 0 ? new Date(modified * 1000).toISOString() : '',
      };
    })
    .filter((r) => Number.isInteger(r.revision) && r.revision > 0)
    .sort((a, b) => a.revision - b.revision);
}

/** The Secrets can be read only when helm keeps its history there (HELM_DRIVER unset or secret). */
export function usesSecretStorage(env: NodeJS.ProcessEnv = process.env): boolean {
  const driver = (env['HELM_DRIVER'] ?? '').toLowerCase();
  return driver === '' || driver === 'secret' || driver === 'secrets';
}
