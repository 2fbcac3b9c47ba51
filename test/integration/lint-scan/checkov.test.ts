import { describe, expect, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSandboxEnv } from '@slipway/sandbox';
import { parseAllowList } from '@slipway/scan';
import { fixtureRepo, scannerPath } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { found, gate } from './gate-helpers';

jest.setTimeout(300_000);

/**
 * checkov's Kubernetes policies on the fixture charts as the sandbox's helm renders them with the
 * release's values: findings at the chart's template files, through the same gate as every scanner.
 */
const sandbox = loadSandboxEnv();
const env = { ...process.env, PATH: `${sandbox['SLIPWAY_BIN']}:${scannerPath()}` };

describe('checkov on test/fixtures/scan/policy-*', () => {
  const maybe = withScanners('checkov');

  maybe('finds exactly the planted policy failures the release values render, at their template lines', async () => {
    const { root } = fixtureRepo('policy-bad');
    const result = await gate(root, ['checkov'], { kube: { values: [join(root, 'deploy', 'staging.yaml')] }, env });
    expect(result.counts).toEqual({ checkov: { error: 7 } });
    expect(result.passed).toBe(false);
    expect(found(result)).toEqual([
      'CKV2_K8S_6:error:chart/templates/deployment.yaml:2',
      'CKV_K8S_11:error:chart/templates/deployment.yaml:39',
      'CKV_K8S_13:error:chart/templates/deployment.yaml:39',
      'CKV_K8S_16:error:chart/templates/deployment.yaml:47',
      'CKV_K8S_19:error:chart/templates/deployment.yaml:2',
      'CKV_K8S_22:error:chart/templates/deployment.yaml:44',
      'CKV_K8S_43:error:chart/templates/deployment.yaml:25',
    ]);
    const privileged = result.findings.find((f) => f.ruleId === 'CKV_K8S_16');
    expect(privileged?.message).toBe('Deployment release: Container should not be privileged');
    expect(result.runs[0]?.version).toBe('3.3.30');
  });

  maybe(
    "with the chart's own values the container is not privileged: the release values are what is checked",
    async () => {
      const { root } = fixtureRepo('policy-bad');
      const result = await gate(root, ['checkov'], { kube: { values: [] }, env });
      expect(result.counts).toEqual({ checkov: { error: 6 } });
      expect(found(result).map((f) => f.split(':')[0])).not.toContain('CKV_K8S_16');
    },
  );

  maybe("the repository's .checkov.yaml, and the allow list apply as for every scanner", async () => {
    const { root, commit } = fixtureRepo('policy-bad');
    writeFileSync(join(root, '.checkov.yaml'), 'skip-check:\n  - CKV2_K8S_6\n');
    commit('checkov: no network policies here');
    const result = await gate(root, ['checkov'], {
      kube: { values: [join(root, 'deploy', 'staging.yaml')] },
      allow: parseAllowList(
        [{ rule: 'CKV_K8S_43', tool: 'checkov', reason: 'digest pinned at deploy', expires: '2026-12-31' }],
        'allow',
      ),
      env,
    });
    expect(result.findings.map((f) => `${f.ruleId}:${f.verdict}`).sort()).toEqual([
      'CKV_K8S_11:failing',
      'CKV_K8S_13:failing',
      'CKV_K8S_16:failing',
      'CKV_K8S_19:failing',
      'CKV_K8S_22:failing',
      'CKV_K8S_43:allowed',
    ]);
  });

  maybe('passes the clean twin', async () => {
    const { root } = fixtureRepo('policy-clean');
    const result = await gate(root, ['checkov'], { kube: { values: [join(root, 'deploy', 'staging.yaml')] }, env });
    expect(result.counts).toEqual({ checkov: {} });
    expect(result.passed).toBe(true);
  });
});
