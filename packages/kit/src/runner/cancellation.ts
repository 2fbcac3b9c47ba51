import { CancelledError } from '../errors';

/**
 * The runner cancels a job with SIGINT, then SIGTERM. Both become one AbortSignal that every
 * long operation takes, so work stops, cleans up, and the entry reports the cancellation.
 */
export function signalOnTermination(process_: NodeJS.Process = process): AbortSignal {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => () => controller.abort(new CancelledError(`Cancelled by ${name}`));
  process_.once('SIGINT', onSignal('SIGINT'));
  process_.once('SIGTERM', onSignal('SIGTERM'));
  return controller.signal;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new CancelledError('Cancelled');
}
