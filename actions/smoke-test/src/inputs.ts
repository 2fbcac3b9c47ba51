import { readFileSync } from 'node:fs';
import { ConfigError, InputReader, maskSecret, parseYamlText, setOwn } from '@slipway/kit';
import { parseChecks, type CheckSpec } from '@slipway/smoke';

export interface SmokeInputs {
  checks: CheckSpec[];
  deadlineMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  concurrency: number;
  insecureTls: boolean;
  failOnError: boolean;
  /** Values of the `headers` input, kept out of every report. */
  secrets: string[];
}

const HOUR = 3_600_000;

/** Every input read once, typed and validated, before any request is sent. */
export async function readInputs(reader: InputReader): Promise<SmokeInputs> {
  const deadlineMs = reader.duration('timeout', { default: 120_000, min: 1000, max: 6 * HOUR });
  const intervalMs = reader.duration('interval', { default: 2000, min: 1, max: HOUR });
  const maxIntervalMs = reader.duration('max-interval', { default: 15_000, min: 1, max: HOUR });
  const requestTimeoutMs = reader.duration('request-timeout', { default: 10_000, min: 1, max: HOUR });
  const concurrency = reader.int('concurrency', { default: 10, min: 1, max: 256 });
  const insecureTls = reader.bool('insecure-tls', { default: false });
  const failOnError = reader.bool('fail-on-error', { default: true });
  const baseUrl = reader.url('base-url');
  const headers = await readSecretHeaders(reader);

  const inline = reader.raw('checks');
  const file = reader.path('checks-file');
  if (inline && file) throw new ConfigError(`Input 'checks-file': expected either 'checks' or 'checks-file', not both`);
  if (!inline && !file)
    throw new ConfigError(`Input 'checks': expected a YAML list of checks (or set 'checks-file'), got nothing`);
  const where = inline ? `Input 'checks'` : `Input 'checks-file' (${file})`;
  const document = inline ? await reader.yaml('checks') : await parseYamlText(readChecksFile(file as string), where);
  const checks = parseChecks(document, { where, baseUrl, defaultRequestTimeoutMs: requestTimeoutMs });
  for (const check of checks) check.headers = { ...headers, ...check.headers };
  return {
    checks,
    deadlineMs,
    intervalMs,
    maxIntervalMs,
    concurrency,
    insecureTls,
    failOnError,
    secrets: Object.values(headers),
  };
}

async function readSecretHeaders(reader: InputReader): Promise<Record<string, string>> {
  const raw = reader.secret('headers');
  if (!raw) return {};
  maskSecret(raw);
  // yaml (about 50 ms to load bundled, measured) only when secret headers are given.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(raw, { uniqueKeys: true });
  let map: unknown;
  try {
    map = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
  } catch {
    map = undefined; // an alias bomb: refused below like any other text that is not a map
  }
  if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v === 'object')) {
    // The text may hold a secret: say what is wrong without echoing it.
    throw new ConfigError(
      `Input 'headers': expected a YAML map of header names to values such as "Authorization: Bearer …" (value not shown)`,
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(map)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      throw new ConfigError(`Input 'headers': expected HTTP header names, got "${name}"`);
    // A header value with a line break or NUL is refused by the HTTP client, which quotes it.
    if (/[\r\n\0]/.test(String(value)))
      throw new ConfigError(
        `Input 'headers': expected one-line header values, got a line break in "${name}" (value not shown)`,
      );
    setOwn(headers, name, String(value));
    maskSecret(String(value));
  }
  return headers;
}

function readChecksFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`Input 'checks-file': expected a readable YAML file, got "${path}" (${code})`);
  }
}
