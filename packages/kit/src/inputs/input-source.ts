/** Where raw input strings come from: the runner's INPUT_* variables, or a map in tests. */
export interface InputSource {
  get(name: string): string | undefined;
}

/** The runner exposes `with:` values as INPUT_<NAME> with spaces as underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return { get: (name) => env[inputEnvName(name)] };
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => values[name] };
}
