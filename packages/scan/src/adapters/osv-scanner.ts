import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { levelOf, severityFromScore, type SecuritySeverity } from '../severity';
import { escapeRegExp, parseToolJson, relativePath, type Adapter } from './adapter';
import { namedSeverity, vulnerabilityMessage, vulnerabilityScore } from './vulnerability';

interface OsvPackage {
  package: { name: string; version?: string; ecosystem: string };
  vulnerabilities?: Array<{
    id: string;
    summary?: string;
    aliases?: string[];
    database_specific?: { severity?: string };
    affected?: Array<{ package?: { name?: string }; ranges?: Array<{ events?: Array<{ fixed?: string }> }> }>;
  }>;
  groups?: Array<{ ids: string[]; aliases?: string[]; max_severity?: string }>;
}
interface OsvReport {
  results?: Array<{ source: { path: string; type: string }; packages?: OsvPackage[] }>;
}

/** GitHub's advisory severity word beside the common ones, for a record that carries no CVSS score. */
const GITHUB_NAMES: Record<string, SecuritySeverity> = { moderate: 'medium' };

/**
 * osv-scanner (v2) on the repository's lockfiles of every ecosystem it reads (npm, pnpm, yarn,
 * PyPI requirements/poetry/uv, Go, Maven, Gradle, Cargo, …), fully offline (`--offline`: no API,
 * no download, no call analysis) against a local OSV database: the per-ecosystem exports
 * (`all.zip`) laid out as 2.5.0 reads them, `<dir>/osv-scalibr/<ecosystem>/all.zip` (its
 * offline-mode page still says `osv-scanner/`; the code that loads them says `osv-scalibr/`). One finding per advisory group and package, at the
 * lockfile line naming the package; the group's highest CVSS score is the security severity.
 * Opt-in (never `auto`): it needs `osv-database`.
 */
export const osvScanner: Adapter = {
  name: 'osv-scanner',
  binary: 'osv-scanner',
  category: 'osv-scanner',
  informationUri: 'https://google.github.io/osv-scanner',
  versionArgs: ['--version'],
  pinned: 'osv-scanner',
  detect: () => false,
  async scan({ root, binary, exec, env, signal, osvDatabase }) {
    if (!osvDatabase)
      throw new ConfigError(
        "Input 'osv-database': osv-scanner runs offline only and needs a local OSV database (<dir>/osv-scalibr/<ecosystem>/all.zip)",
      );
    if (!(await stat(join(osvDatabase, 'osv-scalibr')).catch(() => undefined))?.isDirectory())
      throw new ConfigError(`Input 'osv-database': ${osvDatabase} holds no osv-scalibr/<ecosystem>/all.zip databases`);
    const args = ['scan', 'source', '--offline', '--local-db-path', osvDatabase, '--no-call-analysis=go'];
    const result = await exec(binary, [...args, '--format', 'json', '--recursive', '--allow-no-lockfiles', '.'], {
      cwd: root,
      env,
      signal,
      ignoreExitCode: true,
    });
    // 0: none found, 1: vulnerabilities found, 128: no packages; anything else is the tool failing
    // (127, as when an ecosystem's database is missing or unreadable).
    const last = result.stderr.trim().split('\n').filter(Boolean);
    if (![0, 1, 128].includes(result.exitCode))
      throw new Error(`osv-scanner failed (exit ${result.exitCode}): ${last.pop() ?? 'no message'}`);
    // A database that cannot be loaded is logged and the package left unmatched: never a clean result.
    const unloaded = last.find((l) => /could not load db/i.test(l));
    if (unloaded) throw new Error(`osv-scanner could not use the OSV database in ${osvDatabase}: ${unloaded.trim()}`);
    if (result.exitCode === 128 || !result.stdout.trim()) return [];
    return parseOsvScanner(parseToolJson<OsvReport>('osv-scanner', result.stdout), root, await lockfileLines(root));
  },
};

type LockfileLines = (file: string) => Promise<string[]>;

async function lockfileLines(root: string): Promise<LockfileLines> {
  const cache = new Map<string, Promise<string[]>>();
  return (file) => {
    if (!cache.has(file))
      cache.set(
        file,
        readFile(join(root, file), 'utf8').then(
          (t) => t.split('\n'),
          () => [],
        ),
      );
    return cache.get(file) as Promise<string[]>;
  };
}

/**
 * The line (0-based; -1 if none) that declares a package: npm's lockfile names it by its
 * node_modules path, Cargo.lock, poetry.lock and uv.lock by `name = "<name>"`, a pom.xml by its
 * artifactId beside its groupId (Maven names are group:artifact); else the first line naming it
 * (requirements, go.mod, gradle.lockfile's `group:artifact:version=`).
 */
export function packageLine(text: string[], name: string): number {
  const [group, artifact] = name.split(':');
  const declared = [
    (l: string) => l.includes(`"node_modules/${name}"`),
    (l: string) => l.trim() === `name = "${name}"`,
    (l: string, i: number) =>
      !!artifact &&
      l.includes(`<artifactId>${artifact}</artifactId>`) &&
      dependencyBlock(text, i).some((g) => g.includes(`<groupId>${group}</groupId>`)),
  ]
    .map((test) => text.findIndex(test))
    .find((i) => i >= 0);
  if (declared !== undefined) return declared;
  const word = new RegExp(`(^|[^\\w.-])${escapeRegExp(name)}([^\\w.-]|$)`, 'i');
  return text.findIndex((l) => word.test(l));
}

/** The lines of the pom.xml `<dependency>` element around line `at`. */
function dependencyBlock(text: string[], at: number): string[] {
  let start = at;
  while (start > 0 && !text[start]?.includes('<dependency>')) start--;
  let end = at;
  while (end < text.length - 1 && !text[end]?.includes('</dependency>')) end++;
  return text.slice(start, end + 1);
}

export async function parseOsvScanner(report: OsvReport, root: string, lines: LockfileLines): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  for (const result of report.results ?? []) {
    const file = relativePath(root, result.source.path);
    const text = await lines(file);
    for (const pkg of result.packages ?? []) {
      const { name, version, ecosystem } = pkg.package;
      const line = packageLine(text, name) + 1;
      for (const group of pkg.groups ?? []) {
        const records = (pkg.vulnerabilities ?? []).filter((v) => group.ids.includes(v.id));
        const id = [...group.ids].sort()[0] as string;
        const cvss = Number.parseFloat(group.max_severity ?? '');
        const score = Number.isFinite(cvss) ? cvss : undefined;
        const named = records.map((r) => namedSeverity(r.database_specific?.severity, GITHUB_NAMES)).find(Boolean);
        // No CVSS score and no named severity (the Go database rates nothing): counted as medium.
        const severity = score !== undefined ? severityFromScore(score) : (named ?? 'medium');
        const fixed = records
          .flatMap((r) => r.affected ?? [])
          .filter((a) => !a.package?.name || a.package.name === name)
          .flatMap((a) => a.ranges ?? [])
          .flatMap((r) => r.events ?? [])
          .map((e) => e.fixed)
          .filter((v): v is string => !!v);
        const summary = records.find((r) => r.summary)?.summary ?? 'known vulnerability';
        const aliases = [...new Set([...group.ids, ...(group.aliases ?? [])])].filter((a) => a !== id);
        findings.push({
          ruleId: id,
          ruleName: summary,
          message: vulnerabilityMessage(`${ecosystem} ${name} ${version ?? ''}`, summary, aliases.sort(), [
            ...new Set(fixed),
          ]),
          level: levelOf(severity),
          securitySeverity: vulnerabilityScore(severity, score),
          file,
          ...(line > 0 ? { line } : {}),
          helpUri: `https://osv.dev/vulnerability/${id}`,
        });
      }
    }
  }
  return findings;
}
