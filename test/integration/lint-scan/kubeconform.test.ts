import { beforeAll, describe, expect, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxEnv } from '@slipway/sandbox';
import { clusterOpenApi } from '../../support/kube-openapi';
import { fixtureRepo, scannerPath } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { found, gate } from './gate-helpers';

jest.setTimeout(180_000);

/**
 * kubeconform on the fixture charts rendered by the sandbox's helm with the release's values,
 * against schemas made from the sandbox API server's own /openapi/v2 (fetched on 127.0.0.1 by
 * kubectl; kubeconform itself downloads nothing).
 */
const sandbox = loadSandboxEnv();
const env = { ...process.env, PATH: `${sandbox['SLIPWAY_BIN']}:${scannerPath()}` };
let openApi = '';
beforeAll(() => {
  openApi = join(mkdtempSync(join(tmpdir(), 'slipway-openapi-')), 'openapi-v2.json');
  writeFileSync(openApi, clusterOpenApi(sandbox));
});

describe('kubeconform on test/fixtures/scan/kube-*', () => {
  const maybe = withScanners('kubeconform');

  maybe('finds exactly the invalid objects the release values render, at their template lines', async () => {
    const { root } = fixtureRepo('kube-bad');
    const kube = { openApi, values: [join(root, 'deploy', 'staging.yaml')] };
    const result = await gate(root, ['kubeconform'], { kube, env });
    expect(result.counts).toEqual({ kubeconform: { error: 4 } });
    expect(result.passed).toBe(false);
    expect(found(result)).toEqual([
      'invalid:error:chart/templates/deployment.yaml:18',
      'invalid:error:chart/templates/deployment.yaml:6',
      'invalid:error:chart/templates/service.yaml:10',
      'unknown-kind:error:chart/templates/widget.yaml:2',
    ]);
    expect(result.findings.map((f) => f.message).sort()).toEqual([
      'Deployment release: /spec/replicas: got string, want null or integer',
      "Deployment release: /spec/template/spec/containers/0: additional properties 'imagePullPolicyy' not allowed",
      'Service release: /spec/ports/0/port: got string, want null or integer',
      'Widget release: example.com/v1 Widget is not served by the cluster (no schema in its OpenAPI document)',
    ]);
  });

  maybe("with the chart's own values the replicas are valid: the release values are what is checked", async () => {
    const { root } = fixtureRepo('kube-bad');
    const result = await gate(root, ['kubeconform'], { kube: { openApi, values: [] }, env });
    expect(result.counts).toEqual({ kubeconform: { error: 3 } });
    expect(found(result)).not.toContain('invalid:error:chart/templates/deployment.yaml:6');
  });

  maybe('passes the clean twin', async () => {
    const { root } = fixtureRepo('kube-clean');
    const kube = { openApi, values: [join(root, 'deploy', 'staging.yaml')] };
    const result = await gate(root, ['kubeconform'], { kube, env });
    expect(result.counts).toEqual({ kubeconform: {} });
    expect(result.passed).toBe(true);
  });

  maybe('without the OpenAPI document, or with one that is not, the gate fails: never a clean result', async () => {
    const { root } = fixtureRepo('kube-clean');
    await expect(gate(root, ['kubeconform'], { env })).rejects.toThrow(/Input 'kube-openapi'/);
    const bad = join(root, 'not-openapi.json');
    writeFileSync(bad, '{"swagger": "2.0"}');
    await expect(gate(root, ['kubeconform'], { kube: { openApi: bad }, env })).rejects.toThrow(/has no definitions/);
  });
});
