import { dirname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '@slipway/kit';
import { formatPath, validateValue, type SchemaProblem, type ValuePath } from './schema/validate-value';
import { slipwayFileSchema, type SlipwayFile } from './slipway-schema';
import { fleetProblems, requiredWithoutServices } from './fleet/fleet-checks';

/** A valid slipway.yml and a way to name places in it for later errors. */
export interface LoadedConfig {
  file: SlipwayFile;
  /** The path the user gave (shown in messages) and its folder (relative paths resolve there). */
  name: string;
  dir: string;
  /** `slipway.yml:12:5: environments.production.canary`: the file, the line and the path inside it. */
  at(path: ValuePath): string;
  /** A ConfigError naming the file, the line, the path inside it and what was expected there. */
  problem(path: ValuePath, expected: string, got?: string): ConfigError;
}

const MAX_LISTED = 3;

/** Reads, parses and validates slipway.yml against the published schema; throws one ConfigError. */
export async function loadConfig(path: string, shownAs = path): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`Input 'config': expected a readable slipway.yml, got "${shownAs}" (${code})`);
  }
  return parseConfig(text, shownAs, dirname(resolve(path)));
}

/** The same from text (tests, editors' previews). */
export async function parseConfig(text: string, name: string, dir: string): Promise<LoadedConfig> {
  // yaml (about 50 ms to load bundled, measured) only once slipway.yml is read.
  const { parseDocument, LineCounter, isNode } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new ConfigError(`${name}:${line}:${col}: expected valid YAML, ${syntax.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${name}: expected valid YAML, ${error instanceof Error ? error.message : String(error)}`);
  }
  const where = (path: ValuePath): string => {
    // The deepest node that exists: a missing key is reported where its map is.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return `${name}:${line}:${col}`;
      }
    }
    return name;
  };
  const at = (path: ValuePath) => `${where(path)}: ${formatPath(path)}`;
  const problem = (path: ValuePath, expected: string, got?: string) =>
    new ConfigError(`${at(path)}: expected ${expected}${got === undefined ? '' : `, got ${got}`}`);
  const problems = [...requiredWithoutServices(value), ...validateValue(slipwayFileSchema.json, value ?? null)];
  // Names that must match each other are checked once every value has its type.
  if (!problems.length) problems.push(...fleetProblems(value as SlipwayFile));
  if (problems.length) throw summarise(problems, problem);
  return { file: value as SlipwayFile, name, dir, at, problem };
}

function summarise(problems: SchemaProblem[], make: LoadedConfig['problem']): ConfigError {
  const [first, ...rest] = problems.map((p) => make(p.path, p.expected, p.got).message);
  if (!rest.length) return new ConfigError(first as string);
  const more = rest.length > MAX_LISTED ? `; and ${rest.length - MAX_LISTED} more` : '';
  return new ConfigError(`${first} (also: ${rest.slice(0, MAX_LISTED).join('; ')}${more})`);
}
