import type { KubeObject, ObjectRef, Objects } from '../objects';
import { TrafficSetupError, type TrafficTarget } from './traffic-provider';

/** What every traffic provider works with: the cluster's objects and where traffic goes. */
export abstract class ClusterTraffic {
  constructor(
    protected readonly objects: Objects,
    protected readonly target: TrafficTarget,
  ) {}

  /**
   * The object traffic is split with (named by `input`), which must exist before the canary
   * starts; `missing` says where it was looked for (default: in its namespace).
   */
  protected async existing<T extends KubeObject>(
    ref: ObjectRef,
    input: string,
    missing = `not found in ${ref.namespace}`,
  ): Promise<T> {
    const object = await this.objects.get<T>(ref);
    if (!object)
      throw new TrafficSetupError(`Input '${input}': expected an existing ${ref.kind}, got "${ref.name}" (${missing})`);
    return object;
  }

  /** The routing object `where` has no `backend` to the stable Service. */
  protected noStableBackend(where: string, backend: string): TrafficSetupError {
    return new TrafficSetupError(`Input 'stable-service': ${where} has no ${backend} "${this.target.stableService}"`);
  }
}
