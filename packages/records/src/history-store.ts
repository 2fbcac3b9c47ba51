import { isConflict, type KubeObject, type ObjectClient, type ObjectRef } from '@slipway/kube';
import { parseRecord, type DeliveryRecord } from './record';

/**
 * Where the cluster keeps a release's delivery records: one ConfigMap per release,
 * `<release>-slipway-deliveries`, beside it, with the records as a JSON list (oldest first) in
 * one annotation.
 *
 * Not on helm's release Secrets: helm writes a new Secret for every revision (a rollback too)
 * and deletes the old ones beyond --history-max, so a history kept there would be scattered and
 * pruned. Helm never touches an object it did not render, so this ConfigMap survives every
 * upgrade, rollback and pruning (it carries no ownerReference for the same reason: its owner
 * would be a Secret helm deletes). Kubernetes caps all of an object's annotations together at
 * 256 KiB: the list is cut from the oldest end to stay under HISTORY_LIMIT_BYTES.
 */
export const HISTORY_ANNOTATION = 'slipway.dev/delivery-history';
export const HISTORY_OF_LABEL = 'slipway.dev/delivery-history-of';
export const HISTORY_LIMIT_BYTES = 200 * 1024;
export const HISTORY_MAX_RECORDS = 400;

export type HistoryObjects = Pick<ObjectClient, 'get' | 'create' | 'update'>;

export function historyName(release: string): string {
  return `${release}-slipway-deliveries`;
}

/** The newest records that fit both bounds, oldest first, as the annotation's text. */
export function boundedHistory(
  records: DeliveryRecord[],
  limitBytes = HISTORY_LIMIT_BYTES,
  maxRecords = HISTORY_MAX_RECORDS,
): string {
  const kept = records.slice(-maxRecords).map((r) => JSON.stringify(r));
  let bytes = kept.reduce((n, line) => n + Buffer.byteLength(line) + 1, 1);
  while (kept.length > 1 && bytes > limitBytes) bytes -= Buffer.byteLength(kept.shift() as string) + 1;
  return `[${kept.join(',')}]`;
}

/** The records in one history object's annotation; malformed entries are skipped. */
export function recordsIn(object: KubeObject | undefined): DeliveryRecord[] {
  const text = object?.metadata.annotations?.[HISTORY_ANNOTATION];
  if (!text) return [];
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(list) ? list.map(parseRecord).filter((r): r is DeliveryRecord => r !== undefined) : [];
}

export class DeliveryHistory {
  constructor(
    private readonly objects: HistoryObjects,
    readonly namespace: string,
    readonly release: string,
  ) {}

  private get ref(): ObjectRef {
    return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: historyName(this.release) };
  }

  async read(): Promise<DeliveryRecord[]> {
    return recordsIn(await this.objects.get(this.ref));
  }

  /** Adds a record; concurrent writers are serialised by resourceVersion (a 409 reads again). */
  async append(record: DeliveryRecord): Promise<void> {
    const withRecord = (object: KubeObject): KubeObject => ({
      ...object,
      metadata: {
        ...object.metadata,
        annotations: {
          ...object.metadata.annotations,
          [HISTORY_ANNOTATION]: boundedHistory([...recordsIn(object), record]),
        },
      },
    });
    if (!(await this.objects.get(this.ref))) {
      try {
        await this.objects.create(
          this.ref,
          withRecord({
            metadata: {
              labels: { [HISTORY_OF_LABEL]: this.release, 'app.kubernetes.io/managed-by': 'slipway' },
            },
          }),
        );
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    await this.objects.update(this.ref, withRecord);
  }
}
