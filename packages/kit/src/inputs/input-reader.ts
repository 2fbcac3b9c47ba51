import { parseDurationMs } from '../duration';
import { parseYamlText } from '../yaml-text';
import { inputError } from './input-error';
import type { InputSource } from './input-source';
import { containedPath } from './workspace-path';
import { setOwn } from '../own-value';

interface Common<T> {
  required?: boolean;
  default?: T;
}
type Opt<T> = Common<T> & { required?: false };

const TRUE = ['true', 'yes', 'on', '1'];
/** A list input longer than this is a mistake or an attack; each item may cost a file lookup. */
const MAX_LIST_ITEMS = 1000;
const FALSE = ['false', 'no', 'off', '0'];

/**
 * Reads every input once, typed and validated. Each parser throws a ConfigError naming the
 * input, what was expected and what was given. The names read are recorded so a test can hold
 * them equal to the inputs declared in action.yml.
 */
export class InputReader {
  readonly names = new Set<string>();
  readonly secrets = new Set<string>();

  /** File inputs must lie inside this directory (the runner's GITHUB_WORKSPACE) unless they allow more. */
  readonly workspace: string | undefined;

  constructor(
    private readonly source: InputSource,
    options: { workspace?: string } = { workspace: process.env['GITHUB_WORKSPACE'] },
  ) {
    this.workspace = options.workspace || undefined;
  }

  /** The trimmed raw text, or undefined when empty (the runner passes unset inputs as ""). */
  raw(name: string): string | undefined {
    this.names.add(name);
    const value = this.source.get(name)?.trim();
    return value ? value : undefined;
  }

  private need(name: string, expected: string): never {
    throw inputError(name, `${expected} (the input is required)`);
  }

  string(name: string, opts: { required: true; pattern?: RegExp; expected?: string }): string;
  string(name: string, opts?: Opt<string> & { pattern?: RegExp; expected?: string }): string | undefined;
  string(name: string, opts: Common<string> & { pattern?: RegExp; expected?: string } = {}): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return opts.required ? this.need(name, opts.expected ?? 'a value') : opts.default;
    if (opts.pattern && !opts.pattern.test(raw))
      throw inputError(name, opts.expected ?? `text matching ${opts.pattern}`, raw);
    return raw;
  }

  /**
   * A file or directory path, resolved from the working directory (the runner's is the
   * workspace) and held inside the workspace, symlinks followed; `alsoInside` names the other
   * directories an input explicitly allows (RUNNER_TEMP for a report, say).
   */
  path(name: string, opts: { default: string; alsoInside?: (string | undefined)[] }): string;
  path(name: string, opts?: { alsoInside?: (string | undefined)[] }): string | undefined;
  path(name: string, opts: { default?: string; alsoInside?: (string | undefined)[] } = {}): string | undefined {
    const raw = this.raw(name) ?? opts.default;
    return raw === undefined ? undefined : this.inside(name, raw, opts.alsoInside);
  }

  /** Holds a path an action derived from input `name` (a list item, a file under a directory) inside the workspace. */
  inside(name: string, path: string, alsoInside: (string | undefined)[] = []): string {
    return containedPath(name, path, this.workspace ? [this.workspace, ...alsoInside] : []);
  }

  /**
   * A secret: never echoed in errors, and registered for masking by the caller's mask function.
   * With `token`, it must be one line of printable ASCII, as it goes into an HTTP header: an HTTP
   * client refusing a header value quotes it in its error, which would carry the secret out.
   */
  secret(name: string, opts: { required?: boolean; token?: boolean } = {}): string | undefined {
    this.names.add(name);
    const value = this.source.get(name)?.trim();
    if (!value) return opts.required ? this.need(name, 'a secret value') : undefined;
    if (opts.token && !/^[\x21-\x7e]+$/.test(value))
      throw inputError(name, 'a token: one line of printable ASCII without spaces (value not shown)');
    this.secrets.add(value);
    return value;
  }

  int(name: string, opts: Common<number> & { min?: number; max?: number } & { required: true }): number;
  int(name: string, opts: Common<number> & { min?: number; max?: number; default: number }): number;
  int(name: string, opts?: Common<number> & { min?: number; max?: number }): number | undefined;
  int(name: string, opts: Common<number> & { min?: number; max?: number } = {}): number | undefined {
    const raw = this.raw(name);
    const range = rangeText(opts.min, opts.max, String);
    if (raw === undefined) return opts.required ? this.need(name, `an integer${range}`) : opts.default;
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || outside(value, opts.min, opts.max))
      throw inputError(name, `an integer${range}`, raw);
    return value;
  }

  bool(name: string, opts: { default: boolean }): boolean {
    const raw = this.raw(name);
    if (raw === undefined) return opts.default;
    if (TRUE.includes(raw.toLowerCase())) return true;
    if (FALSE.includes(raw.toLowerCase())) return false;
    throw inputError(name, 'true or false', raw);
  }

  /** A duration such as "90s", "2m", "1h30m" or "500ms", in milliseconds. */
  duration(name: string, opts: Common<number> & { min?: number; max?: number; default: number }): number;
  duration(name: string, opts?: Common<number> & { min?: number; max?: number }): number | undefined;
  duration(name: string, opts: Common<number> & { min?: number; max?: number } = {}): number | undefined {
    const raw = this.raw(name);
    const expected = `a duration such as "90s", "2m" or "500ms"${rangeText(opts.min, opts.max, msText)}`;
    if (raw === undefined) return opts.required ? this.need(name, expected) : opts.default;
    const ms = parseDurationMs(raw);
    if (ms === undefined || outside(ms, opts.min, opts.max)) throw inputError(name, expected, raw);
    return ms;
  }

  /** Items separated by commas or newlines, trimmed, empties dropped; at most `max` (1000) of them. */
  list(name: string, opts: { item?: RegExp; expected?: string; max?: number } = {}): string[] {
    const raw = this.raw(name);
    if (raw === undefined) return [];
    const items = raw
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const max = opts.max ?? MAX_LIST_ITEMS;
    if (items.length > max) throw inputError(name, `at most ${max} items`, `${items.length} items`);
    for (const item of items) {
      if (opts.item && !opts.item.test(item))
        throw inputError(name, opts.expected ?? `items matching ${opts.item}`, item);
    }
    return items;
  }

  enum<T extends string>(name: string, allowed: readonly T[], opts: { default: T }): T;
  enum<T extends string>(name: string, allowed: readonly T[], opts?: { required?: boolean }): T | undefined;
  enum<T extends string>(
    name: string,
    allowed: readonly T[],
    opts: { default?: T; required?: boolean } = {},
  ): T | undefined {
    const raw = this.raw(name);
    const expected = `one of ${allowed.join(', ')}`;
    if (raw === undefined) return opts.required ? this.need(name, expected) : opts.default;
    if (!(allowed as readonly string[]).includes(raw)) throw inputError(name, expected, raw);
    return raw as T;
  }

  url(name: string, opts: { required: true; protocols?: string[] }): URL;
  url(name: string, opts?: { required?: boolean; protocols?: string[] }): URL | undefined;
  url(name: string, opts: { required?: boolean; protocols?: string[] } = {}): URL | undefined {
    const protocols = opts.protocols ?? ['http:', 'https:'];
    const expected = `an absolute ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL`;
    const raw = this.raw(name);
    if (raw === undefined) return opts.required ? this.need(name, expected) : undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw inputError(name, expected, raw);
    }
    if (!protocols.includes(url.protocol)) throw inputError(name, expected, raw);
    return url;
  }

  /** `key=value` pairs, one per line (or comma separated); later keys win. */
  keyValues(name: string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const item of this.list(name)) {
      const eq = item.indexOf('=');
      if (eq <= 0) throw inputError(name, 'key=value items such as "team=payments"', item);
      setOwn(result, item.slice(0, eq).trim(), item.slice(eq + 1).trim());
    }
    return result;
  }

  /** YAML (or JSON) text, parsed. Shape checks are the caller's. */
  async yaml(name: string): Promise<unknown> {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    // Parse the text as given: trimming would shift the reported line and break indentation.
    return parseYamlText(this.source.get(name) ?? raw, `Input '${name}'`);
  }
}

function outside(value: number, min?: number, max?: number): boolean {
  return (min !== undefined && value < min) || (max !== undefined && value > max);
}

function rangeText(min: number | undefined, max: number | undefined, show: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return ` from ${show(min)} to ${show(max)}`;
  if (min !== undefined) return ` of at least ${show(min)}`;
  if (max !== undefined) return ` of at most ${show(max)}`;
  return '';
}

function msText(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
