import { ownValue } from '@slipway/kit';
import type { JsonSchema } from './json-schema';

/** Where a value sits in a document: keys and list indexes from the root. */
export type ValuePath = ReadonlyArray<string | number>;

export interface SchemaProblem {
  path: ValuePath;
  /** What the schema wanted there, in words ("an integer from 1 to 100"). */
  expected: string;
  /** What was found, already shown for a message; undefined when nothing was there. */
  got?: string;
}

const MAX_SHOWN = 60;

/**
 * Checks a parsed YAML value against the subset of JSON Schema that json-schema.ts builds, and
 * says what is wrong in words. Small on purpose: it runs at the action's start, where loading a
 * general validator would cost more than the whole action's start-up.
 */
export function validateValue(schema: JsonSchema, value: unknown, path: ValuePath = []): SchemaProblem[] {
  if (schema.anyOf) return validateAnyOf(schema.anyOf, value, path, schema);
  if (!schema.type) return [];
  if (!typeMatches(schema.type, value)) return [{ path, expected: describe(schema), got: shown(value) }];
  switch (schema.type) {
    case 'string':
      return validateString(schema, value as string, path);
    case 'integer':
    case 'number': {
      const n = value as number;
      const outside =
        (schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum);
      return outside ? [{ path, expected: describe(schema), got: shown(value) }] : [];
    }
    case 'array':
      return validateArray(schema, value as unknown[], path);
    case 'object':
      return validateObject(schema, value as Record<string, unknown>, path);
    default:
      return [];
  }
}

function validateString(schema: JsonSchema, text: string, path: ValuePath): SchemaProblem[] {
  const bad =
    (schema.enum && !schema.enum.includes(text)) ||
    (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) ||
    (schema.minLength !== undefined && [...text].length < schema.minLength) ||
    (schema.maxLength !== undefined && [...text].length > schema.maxLength);
  return bad ? [{ path, expected: describe(schema), got: shown(text) }] : [];
}

function validateArray(schema: JsonSchema, list: unknown[], path: ValuePath): SchemaProblem[] {
  if (schema.minItems !== undefined && list.length < schema.minItems)
    return [{ path, expected: describe(schema), got: list.length ? `${list.length} items` : 'an empty list' }];
  const items = schema.items;
  return items ? list.flatMap((item, index) => validateValue(items, item, [...path, index])) : [];
}

function validateObject(schema: JsonSchema, map: Record<string, unknown>, path: ValuePath): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const known = schema.properties ?? {};
  for (const key of schema.required ?? [])
    if (ownValue(map, key) === undefined || ownValue(map, key) === null)
      problems.push({ path: [...path, key], expected: `${describe(ownValue(known, key) ?? {})} (required)` });
  const keys = Object.keys(map);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties)
    problems.push({ path, expected: describe(schema), got: 'an empty map' });
  for (const key of keys) {
    const value = map[key];
    // Own keys only: a key named "constructor" is no property the schema knows.
    const own = ownValue(known, key);
    if (own) {
      if (value !== undefined && value !== null) problems.push(...validateValue(own, value, [...path, key]));
      continue;
    }
    if (schema.additionalProperties === false) {
      const names = Object.keys(known);
      problems.push({ path: [...path, key], expected: `no key "${key}" here (known keys: ${names.join(', ')})` });
      continue;
    }
    if (schema.propertyNames) {
      const [bad] = validateValue(schema.propertyNames, key, [...path, key]);
      if (bad) {
        problems.push({ ...bad, expected: `a key that is ${bad.expected}` });
        continue;
      }
    }
    if (typeof schema.additionalProperties === 'object')
      problems.push(...validateValue(schema.additionalProperties, value, [...path, key]));
  }
  return problems;
}

function validateAnyOf(options: JsonSchema[], value: unknown, path: ValuePath, whole: JsonSchema): SchemaProblem[] {
  const tried = options.map((option) => validateValue(option, value, path));
  if (tried.some((problems) => problems.length === 0)) return [];
  // When the value has the type of one option, that option's own complaint says most.
  const sameType = options.findIndex((o) => o.type && typeMatches(o.type, value));
  if (sameType >= 0) return tried[sameType] as SchemaProblem[];
  return [{ path, expected: describe(whole), got: shown(value) }];
}

function typeMatches(type: NonNullable<JsonSchema['type']>, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** The schema in words, for "expected …". */
export function describe(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(describe).join(', or ');
  const example = schema.examples?.[0];
  const like = example === undefined ? '' : ` such as ${JSON.stringify(example)}`;
  switch (schema.type) {
    case 'string':
      if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
      if (schema.pattern !== undefined) return `a text${like || ` matching /${schema.pattern}/`}`;
      if (schema.maxLength !== undefined)
        return `a text of ${schema.minLength ?? 0} to ${schema.maxLength} characters${like}`;
      return `a text${schema.minLength ? ' (not empty)' : ''}${like}`;
    case 'integer':
    case 'number': {
      const what = schema.type === 'integer' ? 'an integer' : 'a number';
      if (schema.minimum !== undefined && schema.maximum !== undefined)
        return `${what} from ${schema.minimum} to ${schema.maximum}`;
      if (schema.minimum !== undefined) return `${what} of at least ${schema.minimum}`;
      if (schema.maximum !== undefined) return `${what} of at most ${schema.maximum}`;
      return what;
    }
    case 'boolean':
      return 'true or false';
    case 'array':
      return schema.minItems ? `a list of at least ${schema.minItems} item${schema.minItems > 1 ? 's' : ''}` : 'a list';
    case 'object':
      if (schema.minProperties)
        return `a map with at least ${schema.minProperties} key${schema.minProperties > 1 ? 's' : ''}${like}`;
      return `a map${like}`;
    default:
      return 'a value';
  }
}

/** A found value as a message shows it: scalars quoted and bounded, structures by kind. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** `environments.production.canary.steps`, `smoke.checks[2].path`; odd keys quoted. */
export function formatPath(path: ValuePath): string {
  if (!path.length) return '(top level)';
  return path
    .map((part, i) =>
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_][\w-]*$/.test(part)
          ? `${i ? '.' : ''}${part}`
          : `[${JSON.stringify(part)}]`,
    )
    .join('');
}
