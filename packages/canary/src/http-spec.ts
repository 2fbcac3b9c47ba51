import { ConfigError, setOwn } from '@slipway/kit';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `Input 'gates': expected …, got "…"` (a long value cut, a secret never shown). */
export function specError(where: string, expected: string, got: unknown): ConfigError {
  const shown = typeof got === 'string' ? got : JSON.stringify(got);
  const text = shown === undefined ? 'nothing' : JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
  return new ConfigError(`Input '${where}': expected ${expected}, got ${text}`);
}

/** Whether a YAML value is a plain mapping. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A `headers` mapping of name to value. Values are often secrets (`${{ secrets.TOKEN }}`), so an
 * error names the header, never its value; the action masks every value.
 */
export function parseHeaders(value: unknown, where: string, owner: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isMapping(value)) throw specError(where, `a mapping of header names to values for ${owner}`, typeof value);
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) throw specError(where, `header names of letters, digits and - for ${owner}`, name);
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean')
      throw specError(where, `a text value for header "${name}" of ${owner}`, typeof raw);
    const text = String(raw);
    if (/[\r\n\0]/.test(text)) throw specError(where, `a one-line value for header "${name}" of ${owner}`, '(hidden)');
    setOwn(headers, name, text); // a header named __proto__ stays a header
  }
  return headers;
}

/** Every header value of every spec, for the action to mask (the Authorization forms included). */
export function headerSecrets(specs: ReadonlyArray<{ headers?: Record<string, string> }>): string[] {
  const values: string[] = [];
  for (const spec of specs)
    for (const value of Object.values(spec.headers ?? {})) {
      values.push(value);
      const bearer = /^(?:Bearer|Basic|Token)\s+(.+)$/i.exec(value)?.[1];
      if (bearer) values.push(bearer);
    }
  return values;
}

/** Every header value a canary sends (gates, web metrics, the generated load), for the action to mask. */
export function canaryHeaderSecrets(config: {
  metrics: ReadonlyArray<{ web?: { headers: Record<string, string> } }>;
  gates?: ReadonlyArray<{ headers: Record<string, string> }>;
  load?: { check: { headers: Record<string, string> } };
}): string[] {
  return headerSecrets([
    ...config.metrics.map((m) => ({ headers: m.web?.headers })),
    ...(config.gates ?? []),
    ...(config.load ? [{ headers: config.load.check.headers }] : []),
  ]);
}
