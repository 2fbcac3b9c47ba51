import { ownValue } from '@slipway/kit';
import { KubeApiError, type KubeClient } from './kube-client';

/** Any object, addressed by apiVersion, kind, namespace (ignored for a cluster-scoped kind) and name. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name?: string;
    namespace?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

const IRREGULAR_PLURALS: Record<string, string> = {
  ingress: 'ingresses',
  ingressclass: 'ingressclasses',
  networkpolicy: 'networkpolicies',
  endpoints: 'endpoints',
  gatewayclass: 'gatewayclasses',
};

/** Kinds read here that live outside namespaces. */
const CLUSTER_SCOPED = new Set(['gatewayclass', 'ingressclass', 'namespace', 'node']);

/** The lower-case plural resource name of a kind: ConfigMap → configmaps, Ingress → ingresses. */
export function resourceOf(kind: string): string {
  const lower = kind.toLowerCase();
  return (
    ownValue(IRREGULAR_PLURALS, lower) ??
    // A consonant before the y: policies; a vowel: gateways.
    (lower.endsWith('s') ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`)
  );
}

/** The API path of the collection (no name) or of one object. */
export function objectPath(ref: Omit<ObjectRef, 'name'> & { name?: string }, subresource?: string): string {
  const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
  const scope = CLUSTER_SCOPED.has(ref.kind.toLowerCase()) ? '' : `/namespaces/${encodeURIComponent(ref.namespace)}`;
  const collection = `${base}${scope}/${resourceOf(ref.kind)}`;
  if (ref.name === undefined) return collection;
  return `${collection}/${encodeURIComponent(ref.name)}${subresource ? `/${subresource}` : ''}`;
}

/** True for the 409 the API server answers on a stale resourceVersion or an existing name. */
export function isConflict(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 409;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 404;
}

/**
 * Generic get / create / replace / delete of any namespaced object. `replace` sends the object's
 * metadata.resourceVersion, so the API server refuses it (409) when someone changed the object
 * since it was read: an optimistic lock.
 */
export class ObjectClient {
  constructor(private readonly client: KubeClient) {}

  /** undefined when the object does not exist. */
  async get<T extends KubeObject = KubeObject>(ref: ObjectRef): Promise<T | undefined> {
    return this.client.find<T>(objectPath(ref));
  }

  /** Every object of a kind in a namespace. */
  async list<T extends KubeObject = KubeObject>(ref: Omit<ObjectRef, 'name'>): Promise<T[]> {
    return (await this.client.request<{ items?: T[] }>({ path: objectPath(ref) })).items ?? [];
  }

  /** Creates the object; a 409 (already exists) is raised as a KubeApiError. */
  async create<T extends KubeObject = KubeObject>(ref: ObjectRef, object: KubeObject): Promise<T> {
    const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
    body.metadata = { ...object.metadata, name: ref.name, namespace: ref.namespace };
    return this.client.create<T>(objectPath({ ...ref, name: undefined }), body);
  }

  /**
   * Replaces the object (PUT); guarded by metadata.resourceVersion when it is set. With `dryRun`
   * the API server validates, defaults and prunes it and answers what it would store, storing nothing.
   */
  async replace<T extends KubeObject = KubeObject>(
    ref: ObjectRef,
    object: KubeObject,
    opts: { dryRun?: boolean } = {},
  ): Promise<T> {
    const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
    const path = opts.dryRun ? `${objectPath(ref)}?dryRun=All` : objectPath(ref);
    return this.client.request<T>({ method: 'PUT', path, body });
  }

  /** Deletes the object (background propagation); false when it was already gone. */
  async delete(ref: ObjectRef): Promise<boolean> {
    try {
      await this.client.request({ method: 'DELETE', path: `${objectPath(ref)}?propagationPolicy=Background` });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /**
   * Read, change, replace; on a conflict read again and retry (up to `attempts`). `change`
   * returns the new object, or undefined to leave it as it is. Throws when the object is absent.
   */
  async update<T extends KubeObject = KubeObject>(
    ref: ObjectRef,
    change: (current: T) => T | undefined,
    attempts = 5,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get<T>(ref);
      if (!current) throw new KubeApiError(`${ref.kind} ${ref.namespace}/${ref.name} not found`, 404, 'NotFound');
      const next = change(structuredClone(current));
      if (!next) return current;
      try {
        return await this.replace<T>(ref, next);
      } catch (error) {
        if (!isConflict(error) || attempt >= attempts) throw error;
      }
    }
  }
}
