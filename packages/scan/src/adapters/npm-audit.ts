import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TransientError } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { securityScore } from '../sarif';
import type { Level, SecuritySeverity } from '../severity';
import { parseToolJson, type Adapter } from './adapter';

interface AuditVia {
  source?: number;
  title?: string;
  url?: string;
  severity?: string;
  range?: string;
  cvss?: { score?: number };
}
interface AuditVulnerability {
  name: string;
  severity: string;
  via: Array<AuditVia | string>;
  range?: string;
  fixAvailable?: unknown;
}

const SCALE: Record<string, { level: Level; name: SecuritySeverity }> = {
  critical: { level: 'error', name: 'critical' },
  high: { level: 'error', name: 'high' },
  moderate: { level: 'warning', name: 'medium' },
  low: { level: 'note', name: 'low' },
  info: { level: 'note', name: 'low' },
};

/** npm audit on package-lock.json: one finding per advisory, at the package's entry in the lockfile. */
export const npmAudit: Adapter = {
  name: 'npm-audit',
  binary: 'npm',
  category: 'npm-audit',
  informationUri: 'https://docs.npmjs.com/cli/commands/npm-audit',
  versionArgs: ['--version'],
  detect: (files) => files.includes('package-lock.json'),
  async scan({ root, binary, exec, env, signal, npmRegistry }) {
    const args = ['audit', '--json', '--package-lock-only', '--audit-level=none'];
    if (npmRegistry) args.push('--registry', npmRegistry);
    const result = await exec(binary, args, {
      cwd: root,
      env,
      signal,
      ignoreExitCode: true,
    });
    const report = parseToolJson<{
      vulnerabilities?: Record<string, AuditVulnerability>;
      error?: { summary?: string };
      message?: string;
      statusCode?: number;
    }>('npm audit', result.stdout.trim() || '{}');
    if (!report.vulnerabilities) {
      // npm prints an error object (exit 1) when the registry refuses the advisories request:
      // the dependencies were not checked, which must never read as "no findings".
      const why = report.message || report.error?.summary || result.stderr.trim().split('\n').pop() || 'no report';
      const status = report.statusCode ?? 0;
      const message = `npm audit got no advisories from the registry (${why}); the dependencies were not checked`;
      throw status >= 500 || status === 429 ? new TransientError(message) : new Error(message);
    }
    return parseNpmAudit(report.vulnerabilities, lockLines(root));
  },
};

function lockLines(root: string): string[] {
  try {
    return readFileSync(join(root, 'package-lock.json'), 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** Advisories (the `via` objects) become findings; a package only vulnerable through another is left to that one. */
export function parseNpmAudit(vulnerabilities: Record<string, AuditVulnerability>, lock: string[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const vulnerability of Object.values(vulnerabilities)) {
    const line = lock.findIndex((l) => l.includes(`"node_modules/${vulnerability.name}": {`)) + 1;
    for (const via of vulnerability.via) {
      if (typeof via === 'string') continue;
      const scale = SCALE[via.severity ?? vulnerability.severity] ?? SCALE['moderate']!;
      const score = securityScore(scale.name);
      const id = via.url?.split('/').pop() ?? `npm-${via.source ?? vulnerability.name}`;
      findings.push({
        ruleId: id,
        ruleName: via.title ?? id,
        message:
          `${vulnerability.name} ${via.range ?? vulnerability.range ?? ''}: ${via.title ?? 'vulnerable'}`.replace(
            /\s+:/,
            ':',
          ),
        level: scale.level,
        securitySeverity: score,
        file: 'package-lock.json',
        ...(line > 0 ? { line } : {}),
        ...(via.url ? { helpUri: via.url } : {}),
      });
    }
  }
  return findings;
}
