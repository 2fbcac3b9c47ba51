import { ownValue } from '@slipway/kit';
import { headerSecrets } from '@slipway/canary';
import type { LoadedConfig } from './load-config';
import type { ValuePath } from './schema/validate-value';

const REFERENCE = /\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const EXPECTED =
  'a value naming an environment variable, such as "Bearer {{ env.GATE_TOKEN }}" (slipway.yml is committed: set the variable from a secret in the step\'s env:)';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A canary's header values (gates, web metrics, the load) in slipway.yml: each names environment
 * variables as `{{ env.NAME }}`, filled from the step's environment, so no secret is committed.
 * A literal value is refused without being shown; so is a variable that is not set.
 */
export function secretHeaders(
  config: LoadedConfig,
  path: ValuePath,
  headers: Record<string, unknown> | undefined,
  env: Env,
): Record<string, string> | undefined {
  return headers && envHeaders(config, path, headers, env, 'refuse').headers;
}

/**
 * A smoke check's headers in slipway.yml: a literal value (`Accept: application/json`) stays as
 * written; a value naming environment variables (`Bearer {{ env.SMOKE_TOKEN }}`) is filled from the
 * step's environment as the canary's are, and its filled forms are secrets (to mask and redact).
 */
export function smokeHeaders(
  config: LoadedConfig,
  path: ValuePath,
  headers: Record<string, unknown> | undefined,
  env: Env,
): { headers: Record<string, string>; secrets: string[] } | undefined {
  return headers && envHeaders(config, path, headers, env, 'keep');
}

/** The one reading of `{{ env.NAME }}` in header values, for the canary's and the smoke checks'. */
function envHeaders(
  config: LoadedConfig,
  path: ValuePath,
  headers: Record<string, unknown>,
  env: Env,
  literal: 'refuse' | 'keep',
): { headers: Record<string, string>; secrets: string[] } {
  const resolved: Array<[string, string]> = [];
  const filled: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers)) {
    const where = [...path, name];
    if (typeof value !== 'string') continue; // the schema refuses it
    const names = [...value.matchAll(REFERENCE)].map((match) => match[1] as string);
    if (!names.length && literal === 'refuse') throw config.problem(where, EXPECTED, 'a literal value (not shown)');
    if (/\{\{|\}\}/.test(value.replace(REFERENCE, '')))
      throw config.problem(where, `${EXPECTED}, and only {{ env.NAME }} placeholders`, JSON.stringify(value));
    if (!names.length) {
      resolved.push([name, value]);
      continue;
    }
    // Own variables only: "{{ env.constructor }}" names no variable.
    const valueOf = (variable: string) => ownValue(env, variable);
    const unset = names.find((variable) => !valueOf(variable));
    if (unset)
      throw config.problem(
        where,
        `the environment variable ${unset} to be set (from a secret, in the step's env:)`,
        'nothing',
      );
    const entry: [string, string] = [
      name,
      value.replace(REFERENCE, (_, variable: string) => valueOf(variable) as string),
    ];
    resolved.push(entry);
    filled.push(entry);
  }
  // fromEntries defines own keys, so a header named "__proto__" stays a header.
  return {
    headers: Object.fromEntries(resolved),
    secrets: headerSecrets([{ headers: Object.fromEntries(filled) }]),
  };
}
