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
/** Two services, production on three clusters in two waves. */
const fleet = {
  chart: './chart',
  services: [
    { name: 'api', context: './api', environments: { production: { set: { replicas: 3 } } } },
    { name: 'edge', image: 'ghcr.io/acme/edge:1.4' },
  ],
  environments: {
    staging: { namespace: 'staging', soak: '10m' },
    production: {
      namespace: 'shop',
      'github-environment': 'prod',
      'on-failure': 'rollback-stage',
      clusters: [
        { name: 'eu-1', region: 'eu-west-1', 'kubeconfig-secret': 'KC_EU_1' },
        { name: 'eu-2', url: 'https://eu-2.example.com', context: 'eu-2' },
        { name: 'us-1' },
      ],
      waves: [['eu-1'], ['eu-2', 'us-1']],
    },
  },
};
/** The fleet delivered blue-green: the strategy layered at the top, a service and a service in an environment. */
const blueGreen = {
  ...fleet,
  strategy: 'blue-green',
  'keep-previous': 0,
  services: [
    { name: 'api', route: 'api', environments: { production: { 'keep-previous': '15m', strategy: 'blue-green' } } },
    { name: 'edge', image: 'ghcr.io/acme/edge:1.4', strategy: 'rolling' },
  ],
};
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
  ['a fleet', fleet],
  ['a service without a name', { ...fleet, services: [{ context: './api' }] }],
  ['no services', { ...fleet, services: [] }],
  ['a max-parallel of zero', { ...fleet, environments: { p: { namespace: 'p', 'max-parallel': 0 } } }],
  ['a wave-percent over 100', { ...fleet, environments: { p: { namespace: 'p', 'wave-percent': 101 } } }],
  ['an empty wave', { ...fleet, environments: { p: { namespace: 'p', waves: [[]] } } }],
  ['an on-failure unknown', { ...fleet, environments: { p: { namespace: 'p', 'on-failure': 'retry' } } }],
  ['a cluster without a name', { ...fleet, environments: { p: { namespace: 'p', clusters: [{ region: 'eu' }] } } }],
  ['a blue-green fleet', blueGreen],
  ['a strategy unknown', { ...fixture, strategy: 'canary' }],
  ['a keep-previous without a unit', { ...blueGreen, 'keep-previous': '15 minutes' }],
  ['a keep-previous below 0', { ...blueGreen, 'keep-previous': -1 }],
  ['a route that is no name', { ...blueGreen, environments: { p: { namespace: 'p', route: 'Web_Route' } } }],
  [
    'a bad kubeconfig secret name',
    { ...fleet, environments: { p: { namespace: 'p', clusters: [{ name: 'a', 'kubeconfig-secret': 'KC-A' }] } } },
  ],
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
      'a fleet',
      'a blue-green fleet',
    ]);
  });

  it('lists the providers and metric templates the canary package knows', () => {
    const canary = slipwayFileSchema.json.properties?.['environments']?.additionalProperties;
    const props = typeof canary === 'object' ? canary.properties?.['canary']?.properties : undefined;
    expect(props?.['provider']?.enum).toEqual([...TRAFFIC_PROVIDERS]);
    expect(props?.['metrics']?.items?.properties?.['template']?.enum).toEqual(Object.keys(METRIC_TEMPLATES));
  });
});
