import type { KubeObject, ObjectClient, ObjectRef } from '@slipway/kube';

/** The object operations the canary needs; `ObjectClient` from @slipway/kube, or a fake in tests. */
export type Objects = Pick<ObjectClient, 'get' | 'list' | 'create' | 'replace' | 'delete' | 'update'>;
export type { KubeObject, ObjectRef };

/** Label put on every object the canary creates or records. */
export const CANARY_OF_LABEL = 'slipway.dev/canary-of';
