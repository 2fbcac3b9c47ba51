import type { RawFinding } from '../finding';
import { securityScore } from '../sarif';
import type { Level } from '../severity';
import { isWorkflow, parseToolJson, relativePath, type Adapter } from './adapter';

interface ZizmorLocation {
  symbolic: { key?: { Local?: { verbatim_path?: string; given_path?: string } }; kind: string; annotation?: string };
  concrete: { location: { start_point: { row: number; column: number }; end_point: { row: number } } };
}
interface ZizmorFinding {
  ident: string;
  desc: string;
  url?: string;
  determinations: { severity: string; confidence: string };
  locations: ZizmorLocation[];
}

const SEVERITY: Record<string, { level: Level; score?: number }> = {
  High: { level: 'error', score: securityScore('high') },
  Medium: { level: 'warning', score: securityScore('medium') },
  Low: { level: 'note', score: securityScore('low') },
};

/** zizmor: workflow security; its High/Medium/Low become security severities, Informational a note. */
export const zizmor: Adapter = {
  name: 'zizmor',
  binary: 'zizmor',
  category: 'zizmor',
  informationUri: 'https://docs.zizmor.sh',
  versionArgs: ['--version'],
  pinned: 'zizmor',
  detect: (files) => files.some(isWorkflow),
  async scan({ root, files, binary, exec, env, signal }) {
    const workflows = files.filter(isWorkflow);
    if (!workflows.length) return [];
    // --offline: no GitHub API calls; exit codes 10–14 only say findings were reported.
    const result = await exec(binary, ['--offline', '--no-progress', '--format', 'json', '--', ...workflows], {
      cwd: root,
      env,
      signal,
      ignoreExitCode: true,
    });
    if (result.exitCode !== 0 && (result.exitCode < 10 || result.exitCode > 14))
      throw new Error(`zizmor failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
    return parseZizmor(result.stdout, root);
  },
};

export function parseZizmor(stdout: string, root: string): RawFinding[] {
  const findings = parseToolJson<ZizmorFinding[]>('zizmor', stdout.trim() || '[]');
  return findings.map((f) => {
    const primary = f.locations.find((l) => l.symbolic.kind === 'Primary') ?? f.locations[0];
    const key = primary?.symbolic.key?.Local;
    const path = key?.given_path ?? key?.verbatim_path;
    const start = primary?.concrete.location.start_point;
    const mapped = SEVERITY[f.determinations.severity] ?? { level: 'note' as const };
    const annotation = primary?.symbolic.annotation ? `: ${primary.symbolic.annotation}` : '';
    return {
      ruleId: f.ident,
      ruleName: f.desc,
      message: `${f.desc}${annotation} (confidence ${f.determinations.confidence.toLowerCase()})`,
      level: mapped.level,
      ...(mapped.score !== undefined ? { securitySeverity: mapped.score } : {}),
      ...(path ? { file: relativePath(root, path) } : {}),
      ...(start ? { line: start.row + 1, column: start.column + 1 } : {}),
      ...(f.url ? { helpUri: f.url } : {}),
    };
  });
}
