import type { CanaryOutcome } from './run-canary';
import { loadOutput } from './load-output';

/** The canary action's outputs, in the shapes the next step takes (weight is 0 unless paused mid-way). */
export function canaryOutputs({ result, state }: CanaryOutcome): Record<string, string | number> {
  const failed = state.failedCheck;
  return {
    result,
    'failed-check': failed?.metric ?? '',
    'observed-value': failed?.actual ?? failed?.value ?? '',
    threshold: failed?.threshold ?? '',
    step: state.step + 1,
    weight: state.phase === 'paused' ? state.weight : 0,
    state: `${state.namespace}/${state.release}-canary-state`,
    load: loadOutput(state),
  };
}

/** The one line an aborted canary fails with (the action, the delivery's stage, its GitHub deployment); else undefined. */
export function abortedLine({ result, state }: CanaryOutcome): string | undefined {
  return result === 'aborted' ? `Canary of ${state.release} aborted: ${state.abortReason ?? 'aborted'}` : undefined;
}
