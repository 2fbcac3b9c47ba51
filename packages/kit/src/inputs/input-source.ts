import { getInput } from '@actions/core';

/** Where raw input strings come from: the runner's INPUT_* variables, or a map in tests. */
export interface InputSource {
  get(name: string): string | undefined;
}

/** The runner exposes `with:` values as INPUT_<NAME> with spaces as underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The runner's inputs, read through `core.getInput`. Untrimmed: InputReader trims, except for
 * YAML, whose line numbers and indentation must stay as written.
 */
export function envInputSource(): InputSource {
  return { get: (name) => getInput(name, { trimWhitespace: false }) || undefined };
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => values[name] };
}
