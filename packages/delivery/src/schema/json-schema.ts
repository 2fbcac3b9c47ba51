/**
 * A small builder for JSON Schema (draft 2020-12) whose values also carry the TypeScript type
 * they describe, so slipway.schema.json and the types the code reads come from one definition.
 * Only the keywords the validator in validate-value.ts understands can be built.
 */
export interface JsonSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  description?: string;
  examples?: unknown[];
  enum?: readonly (string | number | boolean)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  anyOf?: JsonSchema[];
}

/** A schema and, only for the compiler, the type of the values it accepts. */
export interface Schema<T> {
  readonly json: JsonSchema;
  readonly __type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Common = { description?: string; examples?: unknown[] };
type Expand<T> = { [K in keyof T]: T[K] } & {};

const make = <T>(json: JsonSchema): Schema<T> => ({ json: stripUndefined(json) });

function stripUndefined(json: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined)) as JsonSchema;
}

export const string = (o: Common & { pattern?: string; minLength?: number; maxLength?: number } = {}) =>
  make<string>({ type: 'string', ...o });

export const oneOf = <const V extends readonly string[]>(values: V, o: Common = {}) =>
  make<V[number]>({ type: 'string', enum: values, ...o });

export const integer = (o: Common & { minimum?: number; maximum?: number } = {}) =>
  make<number>({ type: 'integer', ...o });

export const number = (o: Common & { minimum?: number; maximum?: number } = {}) =>
  make<number>({ type: 'number', ...o });

export const boolean = (o: Common = {}) => make<boolean>({ type: 'boolean', ...o });

export const array = <T>(items: Schema<T>, o: Common & { minItems?: number } = {}) =>
  make<T[]>({ type: 'array', items: items.json, ...o });

/** Any YAML value (a values map, a check's body): checked further by the code that reads it. */
export const anything = (o: Common = {}) => make<unknown>({ ...o });

/** A map of free keys to values of one schema. */
export const record = <T>(values: Schema<T>, o: Common & { keys?: Schema<string>; minProperties?: number } = {}) =>
  make<Record<string, T>>({
    type: 'object',
    additionalProperties: values.json,
    propertyNames: o.keys?.json,
    minProperties: o.minProperties,
    description: o.description,
    examples: o.examples,
  });

/** A map with known keys only; `required` names the keys that must be there. */
export function object<P extends Record<string, Schema<unknown>>, const R extends keyof P & string = never>(
  properties: P,
  o: Common & { required?: readonly R[] } = {},
): Schema<Expand<{ [K in R]: Infer<P[K]> } & { [K in Exclude<keyof P, R>]?: Infer<P[K]> }>> {
  return make({
    type: 'object',
    description: o.description,
    examples: o.examples,
    properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.json])),
    required: o.required?.length ? [...o.required] : undefined,
    additionalProperties: false,
  });
}

/** A value matching any of the schemas (tried in order for the error message). */
export const either = <S extends Schema<unknown>[]>(options: S, o: Common = {}) =>
  make<Infer<S[number]>>({ anyOf: options.map((s) => s.json), ...o });
