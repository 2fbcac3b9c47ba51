import { describe, expect, it } from '@jest/globals';
import { kubeSchemasFromOpenApi } from './kube-schemas';

// A slice of an API server's /openapi/v2 document, in its own shape.
const document = {
  definitions: {
    'io.k8s.api.apps.v1.Deployment': {
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        spec: { $ref: '#/definitions/io.k8s.api.apps.v1.DeploymentSpec' },
      },
      'x-kubernetes-group-version-kind': [{ group: 'apps', kind: 'Deployment', version: 'v1' }],
    },
    'io.k8s.api.apps.v1.DeploymentSpec': {
      type: 'object',
      properties: {
        replicas: { type: 'integer' },
        maxSurge: { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
      },
    },
    'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: 'string', format: 'int-or-string' },
    'io.k8s.api.core.v1.ConfigMap': {
      type: 'object',
      properties: { data: { type: 'object', additionalProperties: { type: 'string' } } },
      'x-kubernetes-group-version-kind': [{ group: '', kind: 'ConfigMap', version: 'v1' }],
    },
    'io.k8s.api.networking.v1.Ingress': {
      type: 'object',
      properties: { extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: {} } } },
      'x-kubernetes-group-version-kind': [{ group: 'networking.k8s.io', kind: 'Ingress', version: 'v1' }],
    },
    'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions': {
      type: 'object',
      'x-kubernetes-group-version-kind': [{ group: '', kind: 'DeleteOptions', version: 'v1' }],
    },
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test walks schemas of any shape
type Schema = any;

describe("kubeconform's schemas from the cluster's OpenAPI v2 document", () => {
  const files = kubeSchemasFromOpenApi(document, { strict: true });
  const named = (name: string) => files.find((f) => f.name === name)?.schema as Schema;

  it('names each kind as kubeconform asks for it (<kind>-<group head>-<version>), DeleteOptions left out', () => {
    expect(files.map((f) => f.name).sort()).toEqual([
      'configmap-v1.json',
      'deployment-apps-v1.json',
      'ingress-networking-v1.json',
    ]);
  });

  it('carries only the definitions a kind refers to; IntOrString takes both; strict objects admit no other fields', () => {
    const deployment = named('deployment-apps-v1.json');
    expect(Object.keys(deployment['definitions']).sort()).toEqual([
      'io.k8s.api.apps.v1.DeploymentSpec',
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    ]);
    expect(deployment['definitions']['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toEqual({
      oneOf: [{ type: 'string' }, { type: 'integer' }],
    });
    const spec = deployment['definitions']['io.k8s.api.apps.v1.DeploymentSpec'];
    expect(spec.additionalProperties).toBe(false);
    expect(spec.properties.replicas.type).toEqual(['integer', 'null']);
    expect(deployment['additionalProperties']).toBe(false);
    expect(deployment['x-kubernetes-group-version-kind']).toBeUndefined();
  });

  it('keeps maps open and fields the API preserves unknown; not strict adds no additionalProperties', () => {
    expect(named('configmap-v1.json')['properties'].data.additionalProperties).toEqual({ type: ['string', 'null'] });
    expect(named('ingress-networking-v1.json')['properties'].extra.additionalProperties).toBeUndefined();
    const loose = kubeSchemasFromOpenApi(document, { strict: false });
    expect(loose.find((f) => f.name === 'deployment-apps-v1.json')?.schema['additionalProperties']).toBeUndefined();
  });

  it('refuses a document without definitions (never an empty schema set that passes everything)', () => {
    expect(() => kubeSchemasFromOpenApi({}, { strict: true })).toThrow(/no definitions/);
    expect(() => kubeSchemasFromOpenApi({ definitions: {} }, { strict: true })).toThrow(/no definitions/);
  });
});
