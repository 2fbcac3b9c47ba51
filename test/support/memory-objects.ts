import { KubeApiError } from '@slipway/kube';
import type { KubeObject, ObjectRef, Objects } from '../../packages/canary/src/objects';

/**
 * An in-memory object store with the API server's optimistic concurrency: a replace whose
 * resourceVersion is stale fails with 409, a create of an existing name fails with 409. For tests.
 */
export class MemoryObjects implements Objects {
  readonly objects = new Map<string, KubeObject>();
  readonly log: string[] = [];
  private version = 0;

  static key(ref: ObjectRef): string {
    return `${ref.kind}/${ref.namespace}/${ref.name}`;
  }

  put(ref: ObjectRef, object: KubeObject): KubeObject {
    const stored = {
      ...structuredClone(object),
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: {
        ...object.metadata,
        name: ref.name,
        namespace: ref.namespace,
        resourceVersion: String(++this.version),
      },
    };
    this.objects.set(MemoryObjects.key(ref), stored);
    return structuredClone(stored);
  }

  peek(ref: ObjectRef): KubeObject | undefined {
    return this.objects.get(MemoryObjects.key(ref));
  }

  async get<T extends KubeObject = KubeObject>(ref: ObjectRef): Promise<T | undefined> {
    const found = this.objects.get(MemoryObjects.key(ref));
    return found ? (structuredClone(found) as T) : undefined;
  }

  async list<T extends KubeObject = KubeObject>(ref: Omit<ObjectRef, 'name'>): Promise<T[]> {
    const prefix = `${ref.kind}/${ref.namespace}/`;
    return [...this.objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, object]) => structuredClone(object) as T);
  }

  async create<T extends KubeObject = KubeObject>(ref: ObjectRef, object: KubeObject): Promise<T> {
    this.log.push(`create ${MemoryObjects.key(ref)}`);
    if (this.objects.has(MemoryObjects.key(ref))) throw new KubeApiError('already exists', 409, 'AlreadyExists');
    return this.put(ref, object) as T;
  }

  async replace<T extends KubeObject = KubeObject>(
    ref: ObjectRef,
    object: KubeObject,
    opts: { dryRun?: boolean } = {},
  ): Promise<T> {
    this.log.push(`replace${opts.dryRun ? ' (dry run)' : ''} ${MemoryObjects.key(ref)}`);
    const current = this.objects.get(MemoryObjects.key(ref));
    if (!current) throw new KubeApiError('not found', 404, 'NotFound');
    const wanted = object.metadata.resourceVersion;
    if (wanted && wanted !== current.metadata.resourceVersion)
      throw new KubeApiError('the object has been modified', 409, 'Conflict');
    if (opts.dryRun) return structuredClone(object) as T;
    return this.put(ref, object) as T;
  }

  async delete(ref: ObjectRef): Promise<boolean> {
    this.log.push(`delete ${MemoryObjects.key(ref)}`);
    return this.objects.delete(MemoryObjects.key(ref));
  }

  async update<T extends KubeObject = KubeObject>(ref: ObjectRef, change: (current: T) => T | undefined): Promise<T> {
    const current = await this.get<T>(ref);
    if (!current) throw new KubeApiError('not found', 404, 'NotFound');
    const next = change(current);
    return next ? this.replace<T>(ref, next) : current;
  }
}
