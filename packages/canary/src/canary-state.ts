import type { Sample, SampleVerdict, StepVerdict } from './analyse-step';
import type { CapacityAt } from './capacity-plan';
import type { GateFailure } from './gate-spec';
import type { LoadFigures } from './load-figures';
import type { CanaryStep } from './steps';
import type { TrafficTarget } from './traffic/traffic-provider';

/**
 * progressing: traffic is at `steps[step]` and a run is analysing it.
 * paused: waits for a later run (`action: resume|promote|abort`) — manual pause or inconclusive.
 * promoting: the stable release is being upgraded to the canary image.
 * promoted, aborted: finished.
 */
export type CanaryPhase = 'progressing' | 'paused' | 'promoting' | 'promoted' | 'aborted';
export type CanaryResult = 'promoted' | 'aborted' | 'paused';

export interface TimelineEntry {
  at: number;
  /** 0-based step index, -1 before the first. */
  step: number;
  weight: number;
  decision: string;
  detail: string;
}

export interface StepRecord {
  step: number;
  weight: number;
  verdict: SampleVerdict;
  samples: Array<Pick<Sample, 'metric' | 'index' | 'value' | 'verdict' | 'kind' | 'expected' | 'actual'>>;
  /** The replicas of each side while the step ran (capacity that follows the weight). */
  replicas?: CapacityAt;
  /** What the step's generated load came to. */
  load?: LoadFigures;
}

/**
 * The canary's capacity following the weight (gateway-api, nginx): what the stable side was when
 * the canary started, so any later run (resume, abort, the post step) can give it back.
 */
export interface CapacityRecord {
  /** The stable Deployment's spec.replicas at the start. */
  stableReplicas: number;
  /** Stable scales down as the canary takes traffic (fixed at the start). */
  scaleDownStable: boolean;
  /** The HorizontalPodAutoscaler scaling stable: its replicas are never written. */
  hpa?: string;
  /** The replicas set for the current step. */
  current?: CapacityAt;
}

export interface FailedCheck {
  metric: string;
  value: number | undefined;
  threshold: string;
  reason: string;
  /** A failed smoke check: what it got, in words ("500", "connection refused"). */
  actual?: string;
}

/**
 * The GitHub deployment a start opened for the canary: kept so that the run which promotes or
 * aborts it (a later resume, promote or abort) finishes that deployment instead of opening another.
 */
export interface KeptDeployment {
  id: number;
  environment: string;
  environmentUrl?: string;
}

/** Everything a later run needs to pick the canary up, stored in the cluster as JSON. */
export interface CanaryState {
  version: 1;
  release: string;
  namespace: string;
  image: string;
  provider: string;
  /** The objects traffic is split between, so any later run (or the post step) finds them. */
  target?: TrafficTarget;
  steps: CanaryStep[];
  phase: CanaryPhase;
  step: number;
  weight: number;
  /** paused: the step a resume starts from. */
  resumeStep?: number;
  pausedReason?: string;
  failedCheck?: FailedCheck;
  abortReason?: string;
  /** Who holds the canary now (a run id); informative. */
  owner: string;
  startedAt: number;
  updatedAt: number;
  timeline: TimelineEntry[];
  analyses: StepRecord[];
  /** Capacity that follows the weight; absent when the canary keeps its canary-values replicas. */
  capacity?: CapacityRecord;
  /** Whatever a traffic provider must remember to restore stable (e.g. replica counts). */
  provider_data?: Record<string, unknown>;
  /** The pre-rollout gates passed (a resume after they paused the canary calls them again). */
  preRolloutPassed?: boolean;
  /** paused by a gate: its name; a resume calls it again before going on. */
  pausedGate?: string;
  /** The GitHub deployment opened at the start, left in_progress while the canary pauses. */
  deployment?: KeptDeployment;
}

export type CanaryEvent =
  | { type: 'analysed'; result: StepVerdict; onInconclusive: 'pause' | 'abort' }
  | { type: 'gated'; failure: GateFailure }
  | { type: 'resume'; owner: string }
  | { type: 'promote'; owner: string }
  | { type: 'abort'; reason: string }
  | { type: 'promoted' };

/** What a start knows of the canary: the state's own fields, before any step ran. */
export type StartRequest = Pick<
  CanaryState,
  'release' | 'namespace' | 'image' | 'provider' | 'target' | 'steps' | 'owner' | 'deployment'
>;

/** Thrown for an action that makes no sense in the canary's phase (resume a promoted canary…). */
export class CanaryStateError extends Error {
  override name = 'CanaryStateError';
}

export const ACTIVE_PHASES: readonly CanaryPhase[] = ['progressing', 'paused', 'promoting'];
const MAX_SAMPLES_PER_STEP = 60;

export function isActive(state: CanaryState): boolean {
  return ACTIVE_PHASES.includes(state.phase);
}

/** A new canary at its first step. */
export function startCanary(request: StartRequest, now: number): CanaryState {
  if (request.steps.length === 0) throw new CanaryStateError('a canary needs at least one step');
  const first = request.steps[0] as CanaryStep;
  return {
    version: 1,
    ...request,
    steps: request.steps.map((s) => ({ ...s })),
    phase: 'progressing',
    step: 0,
    weight: first.weight,
    startedAt: now,
    updatedAt: now,
    timeline: [{ at: now, step: 0, weight: first.weight, decision: 'start', detail: `canary ${request.image}` }],
    analyses: [],
  };
}

function entered(state: CanaryState, step: number, now: number, decision: string, detail: string): CanaryState {
  if (step >= state.steps.length) return promoting(state, now, decision, detail);
  const weight = (state.steps[step] as CanaryStep).weight;
  return {
    ...state,
    phase: 'progressing',
    step,
    weight,
    resumeStep: undefined,
    pausedReason: undefined,
    pausedGate: undefined,
    updatedAt: now,
    timeline: [...state.timeline, { at: now, step, weight, decision, detail }],
  };
}

function promoting(state: CanaryState, now: number, decision: string, detail: string): CanaryState {
  return {
    ...state,
    phase: 'promoting',
    resumeStep: undefined,
    pausedReason: undefined,
    pausedGate: undefined,
    updatedAt: now,
    timeline: [...state.timeline, { at: now, step: state.step, weight: state.weight, decision, detail }],
  };
}

function paused(state: CanaryState, resumeStep: number, reason: string, now: number): CanaryState {
  return {
    ...state,
    phase: 'paused',
    resumeStep,
    pausedReason: reason,
    updatedAt: now,
    timeline: [
      ...state.timeline,
      { at: now, step: state.step, weight: state.weight, decision: 'pause', detail: reason },
    ],
  };
}

function aborted(state: CanaryState, reason: string, now: number, failedCheck?: FailedCheck): CanaryState {
  return {
    ...state,
    phase: 'aborted',
    weight: 0,
    abortReason: reason,
    failedCheck,
    resumeStep: undefined,
    updatedAt: now,
    timeline: [...state.timeline, { at: now, step: state.step, weight: 0, decision: 'abort', detail: reason }],
  };
}

function record(state: CanaryState, result: StepVerdict): CanaryState {
  const samples = result.samples
    .slice(-MAX_SAMPLES_PER_STEP)
    .map(({ metric, index, value, verdict, kind, expected, actual }) => ({
      metric,
      index,
      value,
      verdict,
      ...(kind ? { kind } : {}),
      ...(expected !== undefined ? { expected, actual } : {}),
    }));
  return {
    ...state,
    analyses: [
      ...state.analyses,
      {
        step: state.step,
        weight: state.weight,
        verdict: result.verdict,
        samples,
        ...(state.capacity?.current ? { replicas: { ...state.capacity.current } } : {}),
        ...(result.load ? { load: result.load } : {}),
      },
    ],
  };
}

function refuse(state: CanaryState, action: string): never {
  const where = `the canary of ${state.release} in ${state.namespace} is ${state.phase}`;
  const hint =
    state.phase === 'progressing'
      ? ` (a run is moving it; wait for it, or use action: abort)`
      : isActive(state)
        ? ''
        : '; start a new canary with action: start';
  throw new CanaryStateError(`Cannot ${action}: ${where}${hint}`);
}

/** The one pure transition function: the state after `event` at time `now`. */
export function transition(state: CanaryState, event: CanaryEvent, now: number): CanaryState {
  switch (event.type) {
    case 'analysed': {
      if (state.phase !== 'progressing') refuse(state, 'record an analysis');
      const next = record(state, event.result);
      const step = state.steps[state.step] as CanaryStep;
      const { verdict, decidedBy } = event.result;
      if (verdict === 'fail') {
        const check = decidedBy ?? { metric: 'analysis', value: undefined, threshold: '', reason: 'failed' };
        return aborted(next, `${check.reason}`, now, check);
      }
      if (verdict === 'inconclusive') {
        const reason = `inconclusive: ${decidedBy?.reason ?? 'no data'}`;
        return event.onInconclusive === 'abort'
          ? aborted(next, reason, now, decidedBy)
          : paused(next, state.step, reason, now);
      }
      const last = state.step === state.steps.length - 1;
      if (step.manual) return paused(next, state.step + 1, `manual pause after step ${state.step + 1}`, now);
      if (last) return promoting(next, now, 'promote', `all ${state.steps.length} steps passed`);
      return entered(next, state.step + 1, now, 'next', `step ${state.step + 1} passed`);
    }
    case 'gated': {
      if (state.phase !== 'progressing' && state.phase !== 'promoting') refuse(state, 'record a gate');
      const { failure } = event;
      const reason = `gate "${failure.name}" (${failure.type}) failed: expected ${failure.expected}, got ${failure.actual}`;
      if (failure.onFailure !== 'pause') {
        const check: FailedCheck = {
          metric: `gate:${failure.name}`,
          value: failure.status,
          threshold: failure.expected,
          reason,
          actual: failure.actual,
        };
        return aborted(state, reason, now, check);
      }
      // A resume goes back to where the gate stood: the same step, or the promotion.
      const resumeStep = state.phase === 'promoting' ? state.steps.length : state.step;
      return { ...paused({ ...state, phase: 'progressing' }, resumeStep, reason, now), pausedGate: failure.name };
    }
    case 'resume':
      if (state.phase !== 'paused') refuse(state, 'resume');
      return entered(
        { ...state, owner: event.owner },
        state.resumeStep ?? state.step,
        now,
        'resume',
        `resumed from ${state.pausedReason ?? 'pause'}`,
      );
    case 'promote':
      if (state.phase !== 'paused') refuse(state, 'promote');
      return promoting({ ...state, owner: event.owner }, now, 'promote', 'promoted by hand');
    case 'abort':
      if (!isActive(state)) refuse(state, 'abort');
      return aborted(state, event.reason, now);
    case 'promoted':
      if (state.phase !== 'promoting') refuse(state, 'finish a promotion');
      return {
        ...state,
        phase: 'promoted',
        weight: 0,
        updatedAt: now,
        timeline: [
          ...state.timeline,
          { at: now, step: state.step, weight: 0, decision: 'promoted', detail: `stable runs ${state.image}` },
        ],
      };
  }
}

/** The result output of a run that leaves the canary in this state. */
export function resultOf(state: CanaryState): CanaryResult | 'progressing' {
  if (state.phase === 'promoted') return 'promoted';
  if (state.phase === 'aborted') return 'aborted';
  if (state.phase === 'paused') return 'paused';
  return 'progressing';
}
