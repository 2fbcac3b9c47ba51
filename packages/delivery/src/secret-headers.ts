import { ownValue } from '@slipway/kit';
import type { LoadedConfig } from './load-config';
import type { ValuePath } from './schema/validate-value';

const REFERENCE = /\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const EXPECTED =
  'a value naming an environment variable, such as "Bearer {{ env.GATE_TOKEN }}" (slipway.yml is committed: set the variable from a secret in the step\'s env:)';

/**
 * A canary's header values (gates, web metrics, the load) in slipway.yml: each names environment
 * variables as `{{ env.NAME }}`, filled from the step's environment, so no secret is committed.
 * A literal value is refused without being shown; so is a variable that is not set.
 */
export function secretHeaders(
  config: LoadedConfig,
  path: ValuePath,
  headers: Record<string, unknown> | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> | undefined {
  if (!headers) return undefined;
  const resolved: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers)) {
    const where = [...path, name];
    if (typeof value !== 'string') continue; // the schema refuses it
    const names = [...value.matchAll(REFERENCE)].map((match) => match[1] as string);
    if (!names.length) throw config.problem(where, EXPECTED, 'a literal value (not shown)');
    if (/\{\{|\}\}/.test(value.replace(REFERENCE, '')))
      throw config.problem(where, `${EXPECTED}, and only {{ env.NAME }} placeholders`, JSON.stringify(value));
    // Own variables only: "{{ env.constructor }}" names no variable.
    const valueOf = (variable: string) => ownValue(env, variable);
    const unset = names.find((variable) => !valueOf(variable));
    if (unset)
      throw config.problem(
        where,
        `the environment variable ${unset} to be set (from a secret, in the step's env:)`,
        'nothing',
      );
    resolved.push([name, value.replace(REFERENCE, (_, variable: string) => valueOf(variable) as string)]);
  }
  // fromEntries defines own keys, so a header named "__proto__" stays a header.
  return Object.fromEntries(resolved);
}
