import type { KubeObject, ObjectClient, ObjectRef } from '@slipway/kube';

/** The object operations the canary needs; `ObjectClient` from @slipway/kube, or a fake in tests. */
export type Objects = Pick<ObjectClient, 'get' | 'list' | 'create' | 'replace' | 'delete' | 'update'>;
export type { KubeObject, ObjectRef };

/** Label put on every object the canary creates or records. */
export const CANARY_OF_LABEL = 'slipway.dev/canary-of';

/** A Deployment's replicas, as the canary reads and scales them. */
export interface ScaledDeployment extends KubeObject {
  spec?: { replicas?: number; [key: string]: unknown };
}

export function deploymentRef(namespace: string, name: string): ObjectRef {
  return { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name };
}

/** Sets a Deployment's spec.replicas; true when it changed (already at `replicas`: no write). */
export async function scaleDeployment(objects: Objects, ref: ObjectRef, replicas: number): Promise<boolean> {
  let changed = false;
  await objects.update<ScaledDeployment>(ref, (d) => {
    if (d.spec?.replicas === replicas) return undefined;
    changed = true;
    d.spec = { ...d.spec, replicas };
    return d;
  });
  return changed;
}
