import { ConfigError, setOwn } from '@slipway/kit';

export type RuleType = 'schedule' | 'semver' | 'pep440' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

/** One line of the `tags` input, parsed: `type=…,key=value,…`. */
export interface TagRule {
  type: RuleType;
  attrs: Record<string, string>;
  priority: number;
  /** Where it came from, for error messages: `Input 'tags' line 3`. */
  where: string;
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixOnLatest: boolean;
  suffix: string;
  suffixOnLatest: boolean;
}

const COMMON = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const KEYS: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};
export const DEFAULT_PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};
/** metadata-action's defaults when `tags` is empty. */
export const DEFAULT_TAG_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

/** Splits one CSV line; a field in double quotes may hold commas ("" is a literal quote). */
export function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

function keyValue(field: string): [string, string] | undefined {
  const eq = field.indexOf('=');
  return eq > 0 ? [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()] : undefined;
}

/** A rule's regular expression: `/source/flags` or a bare source, as metadata-action reads it; undefined when invalid. */
export function ruleRegExp(text: string): RegExp | undefined {
  const literal = /^\/(.+)\/(.*)$/.exec(text);
  try {
    return literal ? new RegExp(literal[1] as string, literal[2]) : new RegExp(text);
  } catch {
    return undefined;
  }
}

/** Parses the `tags` input: one rule per line, `#` comments, a bare word is `type=raw,value=word`. */
export function parseTagRules(text: string | undefined, input = 'tags'): TagRule[] {
  const lines = text?.trim() ? text.split('\n') : DEFAULT_TAG_RULES;
  const rules: TagRule[] = [];
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const where = text?.trim() ? `Input '${input}' line ${index + 1}` : `default tag rule "${line}"`;
    const fail = (why: string): never => {
      throw new ConfigError(`${where}: expected ${why}, got "${line}"`);
    };
    const fields = splitCsv(line);
    const attrs: Record<string, string> = {};
    const bare: string[] = [];
    for (const field of fields) {
      const kv = keyValue(field);
      if (!kv) {
        if (field) bare.push(field);
        continue;
      }
      if (Object.hasOwn(attrs, kv[0])) fail(`each key once (repeated '${kv[0]}')`);
      setOwn(attrs, kv[0], kv[1]);
    }
    const type = (attrs['type'] ?? 'raw') as RuleType;
    if (!Object.hasOwn(KEYS, type)) fail(`type=schedule|semver|pep440|match|edge|ref|raw|sha`);
    if (bare.length) {
      if (type !== 'raw' || bare.length > 1 || attrs['value'] !== undefined)
        fail(`key=value attributes (stray "${bare[0]}")`);
      attrs['value'] = bare[0] as string;
    }
    const allowed = [...COMMON, ...KEYS[type]];
    for (const key of Object.keys(attrs))
      if (!allowed.includes(key)) fail(`attributes of type=${type} among ${allowed.join(', ')} (unknown '${key}')`);
    if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs['event'] ?? ''))
      fail('type=ref with event=branch, event=tag or event=pr');
    // As metadata-action: the key must be there; an empty value renders empty and the rule is skipped.
    if ((type === 'semver' || type === 'pep440' || type === 'match') && !Object.hasOwn(attrs, 'pattern'))
      fail(`type=${type} with a pattern=`);
    if (type === 'raw' && !Object.hasOwn(attrs, 'value')) fail('type=raw with a value=');
    if (type === 'sha' && attrs['format'] !== undefined && !['short', 'long'].includes(attrs['format']))
      fail('format=short or format=long');
    if (type === 'match') {
      if (attrs['group'] !== undefined && !/^\d+$/.test(attrs['group'])) fail('group= a capture group number');
      if (!ruleRegExp(attrs['pattern'] as string)) fail('pattern= a valid regular expression');
    }
    if (attrs['match']) {
      try {
        new RegExp(attrs['match']);
      } catch {
        fail('match= a valid regular expression');
      }
    }
    let priority = DEFAULT_PRIORITY[type];
    if (attrs['priority'] !== undefined) {
      if (!/^-?\d+$/.test(attrs['priority'])) fail('priority= an integer');
      priority = Number(attrs['priority']);
    }
    if (type === 'ref' && attrs['event'] === 'pr' && attrs['prefix'] === undefined) attrs['prefix'] = 'pr-';
    if (type === 'sha' && attrs['prefix'] === undefined) attrs['prefix'] = 'sha-';
    rules.push({ type, attrs, priority, where });
  });
  return rules;
}

/** Parses the `flavor` input: `latest=auto|true|false`, `prefix=…[,onlatest=true]`, `suffix=…[,onlatest=true]`. */
export function parseFlavor(text: string | undefined, input = 'flavor'): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
  for (const rawLine of text?.split('\n') ?? []) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const fail = (why: string): never => {
      throw new ConfigError(`Input '${input}': expected ${why}, got "${line}"`);
    };
    const fields = splitCsv(line).map((f) => keyValue(f) ?? fail('key=value items such as "latest=false"'));
    const [key, value] = fields[0] as [string, string];
    const onLatest = fields.slice(1);
    if (key === 'latest') {
      if (!['auto', 'true', 'false'].includes(value)) fail('latest=auto, latest=true or latest=false');
      if (onLatest.length) fail('latest= alone on its line');
      flavor.latest = value as Flavor['latest'];
    } else if (key === 'prefix' || key === 'suffix') {
      let on = false;
      for (const [k, v] of onLatest) {
        if (k !== 'onlatest' || !['true', 'false'].includes(v)) fail(`${key}=<text>,onlatest=true|false`);
        on = v === 'true';
      }
      if (key === 'prefix') [flavor.prefix, flavor.prefixOnLatest] = [value, on];
      else [flavor.suffix, flavor.suffixOnLatest] = [value, on];
    } else fail('latest=, prefix= or suffix=');
  }
  return flavor;
}
