/** What one record is about: a helm-deploy deploy, a helm-deploy rollback, or a canary decision. */
export type DeliveryKind = 'deploy' | 'rollback' | 'canary';

/**
 * success: the change is live and healthy. failure: it failed and nothing was restored.
 * rolled-back: it failed and the previous revision was restored. aborted: a canary stopped and
 * all traffic went back to stable.
 */
export type DeliveryResult = 'success' | 'failure' | 'rolled-back' | 'aborted';

export const RESULTS: readonly DeliveryResult[] = ['success', 'failure', 'rolled-back', 'aborted'];
const KINDS: readonly DeliveryKind[] = ['deploy', 'rollback', 'canary'];

/** One deploy, rollback or canary decision, as the cluster history and GitHub Deployments keep it. */
export interface DeliveryRecord {
  kind: DeliveryKind;
  environment: string;
  release: string;
  /** The helm revision live at the end (null when unknown). */
  revision: number | null;
  image: string | null;
  /** sha256:… when the image was pinned by digest. */
  imageDigest: string | null;
  commit: string | null;
  /** ISO time of the commit, for lead time; null when the run could not tell. */
  commitTime: string | null;
  startedAt: string;
  /** null while there is no final status (a run that died, or one still going). */
  finishedAt: string | null;
  result: DeliveryResult | null;
  /** A rollback (or a failed deploy rolled back): what it brought back. */
  restored?: { revision: number | null; image: string | null };
  runUrl?: string | null;
  /**
   * The service delivered (slipway.yml's services). Records from before services were recorded
   * have none: delivery-metrics reads them as the service their release belongs to.
   */
  service?: string | null;
  /** The cluster of a fleet stage (slipway.yml's clusters); none: the environment's own. */
  cluster?: string | null;
  /**
   * The workflow run and attempt that made the record ("1234/1"): a fleet run's records of one
   * service, stage and kind are one delivery. None (older records, runs outside Actions): the
   * record is a delivery of its own.
   */
  run?: string | null;
}

const DIGEST = /@(sha256:[0-9a-f]{64})$/;

export function digestOf(image: string | null | undefined): string | null {
  return (image && DIGEST.exec(image)?.[1]) || null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const time = (v: unknown): string | null => {
  const s = str(v);
  return s && Number.isFinite(Date.parse(s)) ? s : null;
};

/** A record read back from storage; undefined for anything that is not one (kept out of the measures). */
export function parseRecord(value: unknown): DeliveryRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const kind = KINDS.find((k) => k === v['kind']);
  const environment = str(v['environment']);
  const startedAt = time(v['startedAt']);
  if (!kind || !environment || !startedAt) return undefined;
  const result = RESULTS.find((r) => r === v['result']) ?? null;
  const restored = v['restored'] as Record<string, unknown> | undefined;
  return {
    kind,
    environment,
    release: str(v['release']) ?? '',
    revision: int(v['revision']),
    image: str(v['image']),
    imageDigest: str(v['imageDigest']) ?? digestOf(str(v['image'])),
    commit: str(v['commit']),
    commitTime: time(v['commitTime']),
    startedAt,
    finishedAt: result ? time(v['finishedAt']) : null,
    result: time(v['finishedAt']) ? result : null,
    ...(restored && typeof restored === 'object'
      ? { restored: { revision: int(restored['revision']), image: str(restored['image']) } }
      : {}),
    ...(str(v['runUrl']) ? { runUrl: str(v['runUrl']) } : {}),
    ...fleetFields(v),
  };
}

/** service, cluster and run when the record has them (older records have none of them). */
export function fleetFields(v: Record<string, unknown>): Pick<DeliveryRecord, 'service' | 'cluster' | 'run'> {
  const service = str(v['service']);
  const cluster = str(v['cluster']);
  const run = str(v['run']);
  return { ...(service ? { service } : {}), ...(cluster ? { cluster } : {}), ...(run ? { run } : {}) };
}
