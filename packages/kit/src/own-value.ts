/**
 * A value looked up by text a user wrote: own keys only, so "constructor", "__proto__" or
 * "toString" find nothing instead of something from Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` as an own, enumerable property even when it is "__proto__" (assignment would swap the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
