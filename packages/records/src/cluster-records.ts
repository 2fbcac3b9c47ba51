import type { KubeClient, KubeObject } from '@slipway/kube';
import { HISTORY_OF_LABEL, recordsIn } from './history-store';
import type { DeliveryRecord } from './record';

/** Every record of the namespace's release histories (one release, or all of them), oldest first. */
export async function readClusterRecords(
  client: Pick<KubeClient, 'get'>,
  namespace: string,
  release?: string,
): Promise<DeliveryRecord[]> {
  const selector = encodeURIComponent(release ? `${HISTORY_OF_LABEL}=${release}` : HISTORY_OF_LABEL);
  const list = await client.get<{ items?: KubeObject[] }>(
    `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps?labelSelector=${selector}`,
  );
  return (list.items ?? []).flatMap(recordsIn).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}
