import { errorMessage, type Logger } from '@slipway/kit';
import type { StepVerdict } from './analyse-step';
import { startCanary, transition, type CanaryEvent, type CanaryState, type StartRequest } from './canary-state';
import type { GateFailure, GateType } from './gate-spec';
import type { CanaryStateStore } from './state-store';
import type { TrafficProvider, TrafficTarget } from './traffic/traffic-provider';
import type { CanaryCapacity } from './weight-capacity';

export type CanaryAction = 'start' | 'resume' | 'promote' | 'abort';

/** The helm side: the canary release beside the stable one, and the promotion of stable. */
export interface CanaryReleases {
  /** `<release>-canary`: the same chart, canary values overlaid, the new image; healthy on return. */
  deployCanary(image: string): Promise<void>;
  /** Removes the canary release; nothing when it is absent. */
  removeCanary(): Promise<void>;
  /** Upgrades the stable release to the image, watching its rollout; throws when it fails. */
  promoteStable(image: string): Promise<void>;
  /** The judge's word on the canary release now: undefined when every replica is available, else why not. */
  canaryUnavailable?(): Promise<string | undefined>;
}

export interface CanaryRun {
  action: CanaryAction;
  /** action: start only. */
  start?: StartRequest;
  /** Who acts (a run id), recorded as the canary's owner. */
  owner: string;
  onInconclusive: 'pause' | 'abort';
  store: CanaryStateStore;
  /** The provider for a state (its name and target come from the stored state on later runs). */
  traffic: (state: CanaryState) => TrafficProvider;
  releases: CanaryReleases;
  /**
   * Capacity that follows the weight, for a provider and target (undefined: the canary keeps the
   * replicas it was deployed with, as with provider replicas, which splits traffic by pods itself).
   */
  capacity?: (provider: string, target: TrafficTarget | undefined) => CanaryCapacity | undefined;
  /** Analyses the current step of a progressing canary (holds for its pause meanwhile). */
  analyse: (state: CanaryState) => Promise<StepVerdict>;
  /**
   * Calls the gates of a type for the state: the first blocking failure, or undefined when all
   * passed (post-rollout and on-rollback failures only warn, and answer undefined).
   */
  gates?: (type: GateType, state: CanaryState, signal?: AbortSignal) => Promise<GateFailure | undefined>;
  /** Checks the queries answer before anything changes (a bad query is a ConfigError). */
  preflight?: () => Promise<void>;
  /** A start's checks, made already by checkStart (before its caller opened a GitHub deployment). */
  checked?: StartChecked;
  logger: Logger;
  now?: () => number;
  signal?: AbortSignal;
  /** Called with every state saved, so the action can leave a note for its post step. */
  onSaved?: (state: CanaryState) => void;
}

export interface CanaryOutcome {
  state: CanaryState;
  result: 'promoted' | 'aborted' | 'paused';
  /** When traffic went back to stable on an abort (for the latency bench and the summary). */
  trafficRestoredAt?: number;
}

/** What a start read before any change, kept in its first state. */
export interface StartChecked {
  /** The traffic provider's restore data (its prepare). */
  providerData: Record<string, unknown>;
  capacity?: CanaryState['capacity'];
}

/**
 * Every refusal of a start, before anything changes (no state, canary release, route edit or
 * GitHub deployment): the queries, the stable side's replicas and HPA, another active canary, the
 * routing the provider needs (reads and dry runs only). The run with its checks, which runCanary
 * does not repeat; any other run as it is.
 */
export async function checkStart(run: CanaryRun): Promise<CanaryRun> {
  if (run.action !== 'start' || run.checked) return run;
  if (!run.start) throw new Error('action start needs a start request');
  await run.preflight?.();
  const capacity = await run.capacity?.(run.start.provider, run.start.target)?.measure();
  await run.store.refuseActive();
  const providerData = await run.traffic(startCanary(run.start, (run.now ?? Date.now)())).prepare();
  return { ...run, checked: { providerData, ...(capacity ? { capacity } : {}) } };
}

/** Start, resume, promote or abort a canary, and drive it until it pauses or finishes. */
export async function runCanary(run: CanaryRun): Promise<CanaryOutcome> {
  const now = run.now ?? Date.now;
  const ctx = new Driver(run, now);
  if (run.action === 'start') {
    if (!run.start) throw new Error('action start needs a start request');
    const { providerData, capacity } = (await checkStart(run)).checked as StartChecked;
    const state: CanaryState = {
      ...startCanary(run.start, now()),
      provider_data: providerData,
      ...(capacity ? { capacity } : {}),
    };
    await run.store.claim(state);
    run.onSaved?.(state);
    return ctx.begin(state);
  }
  const existing = await run.store.load();
  if (!existing)
    throw new Error(
      `No canary of release ${run.store.release} in ${run.store.namespace} to ${run.action} (no ConfigMap ${run.store.name})`,
    );
  const event: CanaryEvent =
    run.action === 'abort'
      ? { type: 'abort', reason: `aborted by hand (${run.owner})` }
      : { type: run.action, owner: run.owner };
  const next = transition(existing, event, now());
  if (next.phase === 'aborted') return ctx.finishAbort(next);
  if (run.action === 'resume') await run.preflight?.();
  return ctx.drive(await ctx.save(next));
}

/** Puts every request back on stable, removes the canary, records it aborted (post step, cancel). */
export async function abortCanary(
  run: Pick<CanaryRun, 'store' | 'traffic' | 'releases' | 'capacity' | 'logger' | 'now' | 'onSaved' | 'gates'>,
  reason: string,
  options: { onlyOwner?: string } = {},
): Promise<CanaryOutcome | undefined> {
  const now = run.now ?? Date.now;
  const state = await run.store.load();
  if (!state || !['progressing', 'paused', 'promoting'].includes(state.phase)) return undefined;
  if (options.onlyOwner && state.owner !== options.onlyOwner) return undefined;
  const driver = new Driver({ ...run, analyse: async () => ({ verdict: 'inconclusive', samples: [] }) } as never, now);
  return driver.finishAbort(transition(state, { type: 'abort', reason }, now()));
}

/** A step failed by the judge of rollout health, so it aborts by the usual rules of a failed step. */
function unavailable(reason: string): StepVerdict {
  return {
    verdict: 'fail',
    samples: [],
    decidedBy: { metric: 'availability', value: undefined, threshold: 'every canary replica available', reason },
  };
}

class Driver {
  constructor(
    private readonly run: CanaryRun,
    private readonly now: () => number,
  ) {}

  private get logger(): Logger {
    return this.run.logger;
  }

  /** The capacity of a canary that recorded one at its start (with its record), else undefined. */
  private capacity(
    state: CanaryState,
  ): { scaler: CanaryCapacity; record: NonNullable<CanaryState['capacity']> } | undefined {
    const scaler = state.capacity ? this.run.capacity?.(state.provider, state.target) : undefined;
    return scaler && state.capacity ? { scaler, record: state.capacity } : undefined;
  }

  /**
   * Stable back to its replicas at the start, and available (scale-down-stable): before traffic
   * returns to it. Undefined when it is (or there was nothing to give back), else why not.
   */
  private async restoreStable(state: CanaryState): Promise<string | undefined> {
    const capacity = this.capacity(state);
    if (!capacity) return undefined;
    const why = await capacity.scaler.restoreStable(capacity.record);
    return why && `stable is not back to ${capacity.record.stableReplicas} available replicas: ${why}`;
  }

  /** The canary at zero replicas, once no traffic reaches it (it is removed next). */
  private async drainCanary(state: CanaryState): Promise<void> {
    try {
      await this.capacity(state)?.scaler.drainCanary();
    } catch (error) {
      this.logger.warning(`Could not scale the canary to zero: ${errorMessage(error)}`);
    }
  }

  async save(state: CanaryState): Promise<CanaryState> {
    await this.run.store.save(state);
    this.run.onSaved?.(state);
    return state;
  }

  /** A new canary (checked by checkStart): its release healthy before any traffic moves. */
  async begin(state: CanaryState): Promise<CanaryOutcome> {
    try {
      await this.logger.group(`Canary release ${this.run.store.release}-canary with ${state.image}`, () =>
        this.run.releases.deployCanary(state.image),
      );
    } catch (error) {
      if (this.run.signal?.aborted)
        return this.finishAbort(
          transition(state, { type: 'abort', reason: 'cancelled before traffic moved' }, this.now()),
        );
      const reason = `canary not started: ${errorMessage(error)}`;
      await this.finishAbort(transition(state, { type: 'abort', reason }, this.now()));
      throw error;
    }
    return this.drive(state);
  }

  /** The gates of a blocking type: undefined when they passed, else the state they lead to. */
  private async gate(type: GateType, state: CanaryState): Promise<CanaryState | undefined> {
    const failure = await this.run.gates?.(type, state, this.run.signal);
    return failure ? transition(state, { type: 'gated', failure }, this.now()) : undefined;
  }

  /** A paused or aborted state after a gate: saved (or aborted), and the run's outcome. */
  private async stopped(state: CanaryState): Promise<CanaryOutcome> {
    if (state.phase === 'aborted') return this.finishAbort(state);
    state = await this.save(state);
    this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
    return { state, result: 'paused' };
  }

  async drive(state: CanaryState): Promise<CanaryOutcome> {
    const traffic = this.run.traffic(state);
    const data = state.provider_data ?? {};
    try {
      // Before any traffic moves (again on a resume, when they paused the canary).
      if (this.run.gates && state.phase === 'progressing' && !state.preRolloutPassed && state.analyses.length === 0) {
        const stop = await this.gate('pre-rollout', state);
        if (stop) return await this.stopped(stop);
        state = await this.save({ ...state, preRolloutPassed: true });
      }
      while (state.phase === 'progressing') {
        const step = state.steps[state.step];
        // The canary's replicas follow the weight: scaled before traffic moves, judged available below.
        const capacity = this.capacity(state);
        if (capacity) {
          const current = await capacity.scaler.scaleCanary(state.weight, capacity.record);
          const { current: _previous, ...record } = capacity.record;
          state = { ...state, capacity: current ? { ...record, current } : record };
        }
        // Never more traffic to a canary the judge does not call fully available.
        const before = await this.run.releases.canaryUnavailable?.();
        let verdict: StepVerdict;
        if (before) verdict = unavailable(`the canary is not fully available before step ${state.step + 1}: ${before}`);
        else {
          await traffic.setWeight(state.weight, data);
          const current = state.capacity?.current;
          if (capacity && current) await capacity.scaler.scaleStable(current, capacity.record);
          const replicas = current ? ` (replicas: canary ${current.canary}, stable ${current.stable})` : '';
          this.logger.info(
            `Step ${state.step + 1} of ${state.steps.length}: ${state.weight}% of traffic on the canary${replicas}${step?.manual ? ' (manual pause after)' : ''}`,
          );
          // Each step's gates: after the weight is set, before its analysis (as Flagger's rollout hooks).
          const stop = await this.gate('rollout', state);
          if (stop) return await this.stopped(stop);
          verdict = await this.run.analyse(state);
          const during = verdict.verdict === 'fail' ? undefined : await this.run.releases.canaryUnavailable?.();
          if (during) verdict = unavailable(`the canary lost availability during step ${state.step + 1}: ${during}`);
        }
        state = transition(
          state,
          { type: 'analysed', result: verdict, onInconclusive: this.run.onInconclusive },
          this.now(),
        );
        if (state.phase === 'aborted') return await this.finishAbort(state);
        state = await this.save(state);
      }
    } catch (error) {
      if (!this.run.signal?.aborted) throw error;
      this.logger.warning('Cancelled mid-step: putting all traffic back on stable');
      return this.finishAbort(transition(state, { type: 'abort', reason: 'cancelled mid-step' }, this.now()));
    }
    if (state.phase === 'paused') {
      this.logger.info(`Paused: ${state.pausedReason}. Continue with action: resume, promote or abort`);
      return { state, result: 'paused' };
    }
    if (state.phase === 'promoting') return this.promote(state);
    throw new Error(`The canary of ${state.release} is ${state.phase}: nothing to drive`);
  }

  private async promote(state: CanaryState): Promise<CanaryOutcome> {
    const traffic = this.run.traffic(state);
    try {
      const stop = await this.gate('confirm-promotion', state);
      if (stop) return await this.stopped(stop);
    } catch (error) {
      if (!this.run.signal?.aborted) throw error;
      return this.finishAbort(transition(state, { type: 'abort', reason: 'cancelled before promotion' }, this.now()));
    }
    try {
      // Stable at full strength again before the canary's traffic goes back to it.
      const why = await this.restoreStable(state);
      if (why) throw new Error(why);
      await this.logger.group(`Promoting: ${state.release} upgraded to ${state.image}`, () =>
        this.run.releases.promoteStable(state.image),
      );
    } catch (error) {
      // Said once, in the run's closing error line ("Canary of … aborted: promotion failed: …").
      const reason = `promotion failed: ${errorMessage(error)}`;
      this.logger.info(reason);
      return this.finishAbort(transition(state, { type: 'abort', reason }, this.now()));
    }
    await traffic.restore(state.provider_data ?? {});
    await this.drainCanary(state);
    await this.removeCanary();
    state = await this.save(transition(state, { type: 'promoted' }, this.now()));
    this.logger.info(`Promoted: ${state.release} runs ${state.image}; all traffic on stable; canary removed`);
    await this.notify('post-rollout', state);
    return { state, result: 'promoted' };
  }

  /**
   * Stable's replicas back first when it was scaled down (and judged available, unless the run is
   * cancelled), then traffic back to stable (nothing else is as urgent), the canary at zero, the
   * record, the release.
   */
  async finishAbort(state: CanaryState): Promise<CanaryOutcome> {
    const traffic = this.run.traffic(state);
    const why = await this.restoreStable(state).catch((error: unknown) => errorMessage(error));
    if (why) this.logger.warning(`Traffic returns to stable anyway: ${why}`);
    await traffic.restore(state.provider_data ?? {});
    const trafficRestoredAt = this.now();
    this.logger.warning(`Aborted: ${state.abortReason}. All traffic is back on stable`);
    await this.drainCanary(state);
    state = await this.save(state);
    await this.removeCanary();
    await this.notify('on-rollback', state);
    return { state, result: 'aborted', trafficRestoredAt };
  }

  /** Gates after the end: their failures are warnings (runGates logs them); never the cancel signal. */
  private async notify(type: 'post-rollout' | 'on-rollback', state: CanaryState): Promise<void> {
    try {
      await this.run.gates?.(type, state);
    } catch (error) {
      this.logger.warning(`The ${type} gates could not run: ${errorMessage(error)}`);
    }
  }

  private async removeCanary(): Promise<void> {
    try {
      await this.logger.group(`Removing the canary release ${this.run.store.release}-canary`, () =>
        this.run.releases.removeCanary(),
      );
    } catch (error) {
      this.logger.warning(`Could not remove the canary release: ${errorMessage(error)}`);
    }
  }
}
