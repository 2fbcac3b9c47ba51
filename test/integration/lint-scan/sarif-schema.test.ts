import { describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifValidator } from '../../support/sarif-schema';
import { fixtureRepo } from '../../support/scanners';
import { withScanners } from '../../support/with-scanners';
import { gate } from './gate-helpers';

jest.setTimeout(180_000);
const validate = sarifValidator();
const all = withScanners('actionlint', 'zizmor', 'shellcheck', 'gitleaks');

describe('the merged SARIF against the SARIF 2.1.0 JSON schema (ajv)', () => {
  it('the validator refuses what the schema forbids', () => {
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }],
      }),
    ).toEqual([expect.objectContaining({ instancePath: '/runs/0/results/0/level', keyword: 'enum' })]);
    expect(validate({ version: '2.0.0', runs: [] })).not.toEqual([]);
  });

  all('real findings of four tools plus a foreign SARIF file validate, one run per tool', async () => {
    const repo = fixtureRepo('workflows-bad');
    writeFileSync(join(repo.root, 'deploy.sh'), '#!/bin/sh\ncd $1\n');
    const foreignDir = mkdtempSync(join(tmpdir(), 'foreign-'));
    const foreign = join(foreignDir, 'trivy.sarif');
    writeFileSync(
      foreign,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Trivy',
                version: '0.50.0',
                rules: [{ id: 'CVE-2024-1', properties: { 'security-severity': '9.8' } }],
              },
            },
            automationDetails: { id: 'trivy-fs/run-1' },
            results: [
              {
                ruleId: 'CVE-2024-1',
                level: 'error',
                message: { text: 'vulnerable' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'go.mod' }, region: { startLine: 3 } } }],
              },
            ],
          },
        ],
      }),
    );
    const result = await gate(repo.root, ['actionlint', 'zizmor', 'shellcheck', 'gitleaks'], { sarifFiles: [foreign] });
    const log = JSON.parse(readFileSync(result.sarifPath, 'utf8'));
    expect(validate(log)).toEqual([]);
    expect(log.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'actionlint/',
      'zizmor/',
      'shellcheck/',
      'gitleaks/',
      'trivy-fs/',
    ]);
    expect(result.counts['Trivy']).toEqual({ critical: 1 });
  });
});
