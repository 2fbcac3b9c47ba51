import { errorMessage, type Logger } from '@slipway/kit';
import { KubeClient, ObjectClient } from '@slipway/kube';
import { DeliveryHistory, historyName } from './history-store';
import type { DeliveryRecord } from './record';

export interface RecordTarget {
  kube: Pick<KubeClient, 'access'>;
  namespace: string;
  release: string;
}

/**
 * Appends a record to the release's history in the cluster. Bookkeeping never fails a deploy: a
 * refusal (no RBAC for ConfigMaps, API down) is one warning.
 */
export async function recordDelivery(
  target: RecordTarget,
  build: (history: DeliveryRecord[]) => DeliveryRecord | Promise<DeliveryRecord>,
  logger: Logger,
): Promise<DeliveryRecord | undefined> {
  const where = `ConfigMap ${target.namespace}/${historyName(target.release)}`;
  try {
    // A client of its own, without the run's cancellation signal: a cancelled deploy is still
    // worth its record.
    const client = new KubeClient(target.kube.access);
    const history = new DeliveryHistory(new ObjectClient(client), target.namespace, target.release);
    const record = await build(await history.read());
    await history.append(record);
    logger.info(
      `Delivery record: ${record.kind} ${record.result ?? 'unfinished'}, revision ${record.revision ?? '?'}, in ${where}`,
    );
    return record;
  } catch (error) {
    logger.warning(
      `Could not write the delivery record to ${where}: ${errorMessage(error)}; the deploy is not affected`,
    );
    return undefined;
  }
}
