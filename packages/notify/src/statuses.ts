/** The pipeline events a built-in message exists for. */
export const STATUSES = [
  'started',
  'succeeded',
  'failed',
  'cancelled',
  'rolled-back',
  'canary-step',
  'canary-promoted',
  'canary-aborted',
] as const;

export type Status = (typeof STATUSES)[number];

/** `${{ job.status }}` gives success, failure or cancelled. */
const JOB_STATUS: Record<string, Status> = { success: 'succeeded', failure: 'failed', cancelled: 'cancelled' };

/** Every word the `status` input accepts, for error messages. */
export const STATUS_WORDS: readonly string[] = [...STATUSES, 'success', 'failure'];

/** A pipeline status or a job.status value (any case) as a Status; undefined when unknown. */
export function normalizeStatus(word: string): Status | undefined {
  const lower = word.trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(lower)) return lower as Status;
  return Object.hasOwn(JOB_STATUS, lower) ? JOB_STATUS[lower] : undefined;
}

/** Only these ping people (`mention-on-failure`). */
export function isFailureStatus(status: Status | undefined): boolean {
  return status === 'failed' || status === 'rolled-back';
}
