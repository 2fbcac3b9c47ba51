import { isConflict } from '@slipway/kube';
import { isActive, type CanaryState } from './canary-state';
import { CANARY_OF_LABEL, type KubeObject, type Objects } from './objects';
import { formatDuration } from '@slipway/kit';

/** Another canary of the release holds the lock, or the state changed under this run. */
export class CanaryBusyError extends Error {
  override name = 'CanaryBusyError';
}

interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

const KEY = 'state.json';

/** "progressing at step 2 of 4 (25%), image web:2, started 3m ago by run 17" */
export function describeCanary(state: CanaryState, now: number): string {
  const where = `${state.phase} at step ${state.step + 1} of ${state.steps.length} (${state.weight}%)`;
  return `${where}, image ${state.image}, started ${formatDuration(Math.max(0, now - state.startedAt))} ago by ${state.owner}`;
}

/**
 * The canary's state as JSON in ConfigMap `<release>-canary-state`, beside the release. Every
 * write carries the resourceVersion this run last saw, so the API server itself refuses a
 * second canary of the release, or a second run acting on the same one: the object is the lock.
 */
export class CanaryStateStore {
  private resourceVersion: string | undefined;

  constructor(
    private readonly objects: Objects,
    readonly namespace: string,
    readonly release: string,
    private readonly now: () => number = Date.now,
  ) {}

  get name(): string {
    return `${this.release}-canary-state`;
  }

  private get ref() {
    return { apiVersion: 'v1', kind: 'ConfigMap', namespace: this.namespace, name: this.name };
  }

  /** The stored state (and remembers its version for the next save); undefined when none. */
  async load(): Promise<CanaryState | undefined> {
    const cm = await this.objects.get<ConfigMap>(this.ref);
    if (!cm) return undefined;
    this.resourceVersion = cm.metadata.resourceVersion;
    const text = cm.data?.[KEY];
    if (!text) return undefined;
    return JSON.parse(text) as CanaryState;
  }

  private body(state: CanaryState): ConfigMap {
    return {
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { [CANARY_OF_LABEL]: this.release, 'slipway.dev/canary-phase': state.phase },
        ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}),
      },
      data: { [KEY]: JSON.stringify(state) },
    };
  }

  private busy(existing: CanaryState | undefined): CanaryBusyError {
    const what = existing ? `: ${describeCanary(existing, this.now())}` : '';
    return new CanaryBusyError(
      `Another canary of release ${this.release} in ${this.namespace} is already running${what}. ` +
        `Finish it first (action: resume, promote or abort); state in ConfigMap ${this.name}`,
    );
  }

  /** Refuses (a read only) while another canary of the release is active: the first check of a start. */
  async refuseActive(): Promise<void> {
    const existing = await this.load();
    if (existing && isActive(existing)) throw this.busy(existing);
  }

  /** Takes the lock for a new canary: refused while another canary of the release is active. */
  async claim(state: CanaryState): Promise<void> {
    await this.refuseActive();
    try {
      const saved =
        this.resourceVersion === undefined
          ? await this.objects.create<ConfigMap>(this.ref, this.body(state))
          : await this.objects.replace<ConfigMap>(this.ref, this.body(state));
      this.resourceVersion = saved.metadata.resourceVersion;
    } catch (error) {
      if (!isConflict(error)) throw error;
      throw this.busy(await this.load().catch(() => undefined));
    }
  }

  /** Saves the next state; refused when someone else changed it since this run last saw it. */
  async save(state: CanaryState): Promise<void> {
    if (this.resourceVersion === undefined) throw new Error('save before load or claim');
    try {
      const saved = await this.objects.replace<ConfigMap>(this.ref, this.body(state));
      this.resourceVersion = saved.metadata.resourceVersion;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const current = await this.load().catch(() => undefined);
      throw new CanaryBusyError(
        `The canary of ${this.release} was changed by another run${current ? ` (now ${describeCanary(current, this.now())})` : ''}; this run stops here`,
      );
    }
  }
}
