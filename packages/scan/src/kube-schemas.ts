/**
 * JSON schemas in kubeconform's local layout (`<kind><-group><-version>.json`, as the
 * kubernetes-json-schema sets name them) from a cluster's OpenAPI v2 document
 * (`kubectl get --raw /openapi/v2`): so kubeconform validates against the cluster's own API,
 * CRDs included, without any download.
 */
type Schema = Record<string, unknown>;

export interface OpenApiV2 {
  definitions?: Record<string, Schema>;
}

export interface KubeSchemaFile {
  /** File name that kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}.json` template asks for. */
  name: string;
  schema: Schema;
}

interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

const INT_OR_STRING = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
const QUANTITY = { oneOf: [{ type: 'string' }, { type: 'number' }] };
const REF = '#/definitions/';

/** One schema per kind the API serves, each carrying the definitions it refers to (and no others). */
export function kubeSchemasFromOpenApi(document: OpenApiV2, options: { strict: boolean }): KubeSchemaFile[] {
  const definitions = document.definitions;
  if (!definitions || typeof definitions !== 'object' || !Object.keys(definitions).length)
    throw new Error('the OpenAPI document has no definitions (expected the output of /openapi/v2)');
  const converted = new Map<string, Schema>();
  const convert = (name: string): Schema => {
    let schema = converted.get(name);
    if (!schema) {
      schema = convertSchema(definitions[name] ?? {}, options.strict, true);
      if (name.endsWith('.util.intstr.IntOrString')) schema = { ...INT_OR_STRING };
      if (name.endsWith('.api.resource.Quantity')) schema = { ...QUANTITY };
      converted.set(name, schema);
    }
    return schema;
  };
  const files: KubeSchemaFile[] = [];
  for (const [name, definition] of Object.entries(definitions)) {
    for (const gvk of groupVersionKinds(definition)) {
      // Kinds shared by every group (DeleteOptions, WatchEvent) are not resources anyone applies.
      if (gvk.kind === 'DeleteOptions' || gvk.kind === 'WatchEvent') continue;
      const closure: Record<string, Schema> = {};
      const pending = [...refsIn(convert(name))];
      while (pending.length) {
        const next = pending.pop() as string;
        if (next in closure || !(next in definitions)) continue;
        closure[next] = convert(next);
        pending.push(...refsIn(closure[next]));
      }
      const suffix = `${gvk.group ? `-${(gvk.group.split('.')[0] as string).toLowerCase()}` : ''}-${gvk.version.toLowerCase()}`;
      files.push({
        name: `${gvk.kind.toLowerCase()}${suffix}.json`,
        schema: { ...convert(name), definitions: closure },
      });
    }
  }
  return files;
}

function groupVersionKinds(definition: Schema): GroupVersionKind[] {
  const list = definition['x-kubernetes-group-version-kind'];
  return Array.isArray(list) ? (list as GroupVersionKind[]).filter((g) => g && g.kind && g.version) : [];
}

/**
 * Draft 4 that kubeconform reads: optional scalar and list fields may be null (the API server
 * takes null for an absent field), and under strict an object with declared properties admits no others, unless
 * the API says it keeps unknown fields.
 */
function convertSchema(schema: Schema, strict: boolean, root: boolean): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([p, s]) => [p, convertSchema(s, strict, false)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = convertSchema(value as Schema, strict, false);
    } else if (key !== 'x-kubernetes-group-version-kind') out[key] = value;
  }
  if (!root && typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
  const keepsUnknown = schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (strict && out['properties'] && out['additionalProperties'] === undefined && !keepsUnknown)
    out['additionalProperties'] = false;
  return out;
}

function refsIn(schema: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) refsIn(item, found);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) found.add(value.slice(REF.length));
      else if (key !== 'definitions') refsIn(value, found);
    }
  }
  return found;
}
