import type { DeliveryRecord, DeliveryResult } from './record';

/** What delivery-metrics counts: one delivery of one service to one environment. */
export interface Delivery extends DeliveryRecord {
  service: string;
  /** The records behind it: one per cluster of a fleet stage, else 1. */
  records: number;
}

const ms = (iso: string) => Date.parse(iso);
/** Worse first: a delivery is as bad as its worst cluster. */
const WORST: readonly DeliveryResult[] = ['failure', 'aborted', 'rolled-back', 'success'];

/**
 * The records as deliveries, oldest first. A fleet run writes one record per cluster; the records
 * of one run (and attempt), environment, service and kind, each of another cluster, are one
 * delivery: from the first cluster's start to the last one's end, its commit time the earliest,
 * its result the worst (a failed or rolled-back cluster fails the stage's delivery). It is
 * unfinished while a cluster is, unless another already failed. A record without a run or a
 * cluster (before they were recorded, helm-deploy's own, a run outside Actions) is a delivery of
 * its own, as before; so is a cluster's second record in one run (a redeploy).
 *
 * A record without a service (before services were recorded, helm-deploy's own) belongs to the
 * service the newest record of its release names, else to the service named as its release.
 */
export function fleetDeliveries(records: readonly DeliveryRecord[]): Delivery[] {
  const sorted = [...records].sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
  const serviceOfRelease = new Map<string, string>();
  for (const r of sorted) if (r.service) serviceOfRelease.set(r.release, r.service);
  const groups: DeliveryRecord[][] = [];
  const open = new Map<string, DeliveryRecord[]>();
  for (const r of sorted) {
    const record = { ...r, service: r.service ?? serviceOfRelease.get(r.release) ?? r.release };
    if (!r.run || !r.cluster) {
      groups.push([record]);
      continue;
    }
    const key = JSON.stringify([r.run, r.environment, record.service, r.kind]);
    const group = open.get(key);
    // A cluster delivered twice in one run (a redeploy): the second is the next delivery.
    if (group && !group.some((m) => m.cluster === r.cluster)) group.push(record);
    else {
      const next = [record];
      open.set(key, next);
      groups.push(next);
    }
  }
  return groups.map(combine).sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
}

function combine(members: DeliveryRecord[]): Delivery {
  const first = members[0] as DeliveryRecord;
  const service = first.service as string;
  if (members.length === 1) return { ...first, service, records: 1 };
  const finished = members.filter((r) => r.result !== null && r.finishedAt !== null);
  const result = WORST.find((worst) => finished.some((r) => r.result === worst)) ?? null;
  const done = finished.length === members.length || (result !== null && result !== 'success');
  const commitTimes = members.flatMap((r) => (r.commitTime ? [r.commitTime] : []));
  const last = [...finished].sort((a, b) => ms(a.finishedAt as string) - ms(b.finishedAt as string)).at(-1);
  const restored = members.find((r) => r.restored)?.restored;
  return {
    ...first,
    service,
    cluster: null,
    revision: last?.revision ?? first.revision,
    commitTime: commitTimes.sort((a, b) => ms(a) - ms(b))[0] ?? null,
    finishedAt: done && last ? (last.finishedAt as string) : null,
    result: done ? result : null,
    ...(restored ? { restored } : {}),
    records: members.length,
  };
}
