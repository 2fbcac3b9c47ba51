import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { publishedSchema, validateValue, slipwayFileSchema } from '@slipway/delivery';
import { METRIC_TEMPLATES, TRAFFIC_PROVIDERS } from '@slipway/canary';
import { schemaPath, schemaText } from '../../scripts/slipway-schema';

const root = new URL('../../', import.meta.url).pathname;
const fixture = parse(readFileSync(join(root, 'test', 'fixtures', 'slipway', 'slipway.yml'), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const ajvValidate = ajv.compile(publishedSchema());

/** Documents on both sides of the line, for the two validators to agree on. */
const documents: Array<[string, unknown]> = [
  ['the fixture', fixture],
  ['a minimal file', { release: 'web', chart: './c', environments: { s: { namespace: 's' } } }],
  ['no environments', { release: 'web', chart: './c', environments: {} }],
  ['a bad release name', { ...fixture, release: 'Web' }],
  ['an unknown top key', { ...fixture, image: 'x' }],
  ['a bad duration', { ...fixture, timeout: 'soon' }],
  ['a count of zero', { ...fixture, environments: { p: { namespace: 'p', canary: { count: 0 } } } }],
  ['a provider unknown', { ...fixture, environments: { p: { namespace: 'p', canary: { provider: 'istio' } } } }],
  ['a check as a number', { ...fixture, smoke: { checks: [5] } }],
  ['a check with an unknown key', { ...fixture, smoke: { checks: [{ path: '/', retries: 2 }] } }],
  ['an empty check list', { ...fixture, smoke: { checks: [] } }],
  ['a bad environment name', { ...fixture, environments: { '-x': { namespace: 'p' } } }],
  ['a namespace missing', { ...fixture, environments: { p: { url: 'https://x' } } }],
  ['a channel without #', { ...fixture, notify: { channel: 'deploys' } }],
  ['a non-http url', { ...fixture, environments: { p: { namespace: 'p', url: 'ftp://x' } } }],
];

describe('slipway.schema.json', () => {
  it('is the committed rendering of the one definition (npm run schema)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(schemaText());
  });

  it('is a valid JSON Schema 2020-12 that a standard validator compiles in strict mode', () => {
    expect(typeof ajvValidate).toBe('function');
  });

  it.each(documents)('the action and a standard validator agree on %s', (_, document) => {
    const ours = validateValue(slipwayFileSchema.json, document);
    expect(ours.length === 0).toBe(ajvValidate(document) === true);
  });

  it('the fixture is valid, and invalid documents are refused', () => {
    expect(validateValue(slipwayFileSchema.json, fixture)).toEqual([]);
    expect(documents.filter(([, d]) => validateValue(slipwayFileSchema.json, d).length === 0).map(([n]) => n)).toEqual([
      'the fixture',
      'a minimal file',
    ]);
  });

  it('lists the providers and metric templates the canary package knows', () => {
    const canary = slipwayFileSchema.json.properties?.['environments']?.additionalProperties;
    const props = typeof canary === 'object' ? canary.properties?.['canary']?.properties : undefined;
    expect(props?.['provider']?.enum).toEqual([...TRAFFIC_PROVIDERS]);
    expect(props?.['metrics']?.items?.properties?.['template']?.enum).toEqual(Object.keys(METRIC_TEMPLATES));
  });
});
