import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from './run-action';

/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON schema (test/fixtures/scan). The schema is
 * draft-04: its `id` becomes `$id` for ajv 8, and its one pattern that is not valid under the
 * `u` flag needs unicodeRegExp off.
 */
export function sarifValidator(): (log: unknown) => ErrorObject[] {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'test', 'fixtures', 'scan', 'sarif-schema-2.1.0.json'), 'utf8'),
  );
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []));
}
