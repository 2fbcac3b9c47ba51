import { mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, runnerDirs } from '@slipway/kit';
import type { RawFinding } from '../finding';
import { levelOf, severityFromScore, type SecuritySeverity } from '../severity';
import { parseToolJson, type Adapter, type Exec } from './adapter';
import { namedSeverity, vulnerabilityMessage, vulnerabilityScore } from './vulnerability';

/** A vulnerability record's rating as grype reports it. */
interface GrypeRating {
  severity?: string;
  cvss?: Array<{ version?: string; metrics?: { baseScore?: number } }>;
}
interface GrypeMatch {
  vulnerability: GrypeRating & {
    id: string;
    description?: string;
    dataSource?: string;
    fix?: { versions?: string[]; state?: string };
  };
  /** The same vulnerability in other records (NVD's for a distribution's CVE), each with its rating. */
  relatedVulnerabilities?: Array<GrypeRating & { id: string }>;
  artifact: { name: string; version: string; type: string; locations?: Array<{ path: string }> };
}
interface GrypeReport {
  matches?: GrypeMatch[];
  descriptor?: { version?: string };
}

/** grype's own severity word; Unknown is none (a related record's rating, else medium, as osv-scanner's unrated records). */
const GRYPE_NAMES: Record<string, SecuritySeverity> = { negligible: 'low' };

/**
 * grype on a built image, addressed by digest and pulled from its registry (`registry:` source:
 * never a local daemon), against a vulnerability database given as a local file, archive or
 * directory (`grype-database`): imported with `grype db import` into a fresh cache directory of
 * this run, checked with `grype db status` (schema, xxh64 digest), and never updated (no
 * download, no update check). Registry credentials and trust come from the environment grype
 * reads (DOCKER_CONFIG, GRYPE_REGISTRY_AUTH_*, GRYPE_REGISTRY_CA_CERT, SSL_CERT_FILE).
 * One finding per vulnerability and package, at the package's path inside the image.
 * Opt-in (never `auto`): it needs `image-ref` and `grype-database`.
 */
export const grype: Adapter = {
  name: 'grype',
  binary: 'grype',
  category: 'grype',
  informationUri: 'https://github.com/anchore/grype',
  versionArgs: ['version'],
  pinned: 'grype',
  detect: () => false,
  async scan({ binary, exec, env, signal, image, reportVersion }) {
    if (!image?.ref)
      throw new ConfigError("Input 'image-ref': grype scans a built image: its reference by digest (repo@sha256:…)");
    if (!image.database)
      throw new ConfigError(
        "Input 'grype-database': grype runs offline only and needs a local vulnerability database (vulnerability.db, its archive or directory)",
      );
    const cache = await mkdtemp(join(runnerDirs(env).temp, 'slipway-grype-db-'));
    try {
      const grypeEnv = offlineEnv(env, cache);
      await importDatabase(binary, image.database, { exec, env: grypeEnv, ...(signal ? { signal } : {}) });
      const args = ['--output', 'json', '--quiet', ...(image.ignoreUnfixed ? ['--only-fixed'] : [])];
      const result = await exec(binary, [`registry:${image.ref}`, ...args], {
        env: grypeEnv,
        ...(signal ? { signal } : {}),
        ignoreExitCode: true,
      });
      if (result.exitCode !== 0)
        throw new Error(`grype failed on ${image.ref} (exit ${result.exitCode}): ${lastLine(result.stderr)}`);
      const report = parseToolJson<GrypeReport>('grype', result.stdout);
      if (report.descriptor?.version) reportVersion?.(report.descriptor.version.replace(/^v/, ''));
      return parseGrype(report, image.ref);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  },
};

/** Only the given database: no download, no update check, its digest checked on start. */
function offlineEnv(env: NodeJS.ProcessEnv, cache: string): NodeJS.ProcessEnv {
  return {
    ...env,
    GRYPE_DB_CACHE_DIR: cache,
    GRYPE_DB_AUTO_UPDATE: 'false',
    GRYPE_DB_REQUIRE_UPDATE_CHECK: 'false',
    GRYPE_DB_VALIDATE_BY_HASH_ON_START: 'true',
    GRYPE_DB_VALIDATE_AGE: 'true',
    GRYPE_CHECK_FOR_APP_UPDATE: 'false',
  };
}

async function importDatabase(
  binary: string,
  database: string,
  { exec, env, signal }: { exec: Exec; env: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<void> {
  const file = MIRROR.test(database) ? database : await localDatabase(database);
  const run = (args: string[]) => exec(binary, args, { env, ...(signal ? { signal } : {}), ignoreExitCode: true });
  const imported = await run(['db', 'import', file]);
  if (imported.exitCode !== 0)
    throw new Error(`grype cannot import the database ${database}: ${lastLine(imported.stderr)}`);
  const status = await run(['db', 'status', '--output', 'json']);
  const valid = status.exitCode === 0 && parseToolJson<{ valid?: boolean }>('grype', status.stdout).valid === true;
  if (!valid) throw new Error(`grype rejects the database ${database}: ${lastLine(status.stderr || status.stdout)}`);
}

/** A mirror's archive URL: grype downloads it (go-getter, which checks a `?checksum=sha256:…` query). */
const MIRROR = /^https?:\/\//i;

/** The file to import: the given one, or a directory's vulnerability.db (the layout grype keeps). */
async function localDatabase(database: string): Promise<string> {
  const info = await stat(database).catch(() => undefined);
  if (!info) throw new ConfigError(`Input 'grype-database': ${database} does not exist`);
  if (!info.isDirectory()) return database;
  const file = join(database, 'vulnerability.db');
  if (!(await stat(file).catch(() => undefined))?.isFile())
    throw new ConfigError(`Input 'grype-database': ${database} holds no vulnerability.db`);
  return file;
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .pop()
    ?.trim() ?? 'no message';

/** A record's named severity (none for Unknown) and its highest CVSS base score. */
function rating(record: GrypeRating): { severity?: SecuritySeverity; score?: number } {
  const scores = (record.cvss ?? []).map((c) => c.metrics?.baseScore).filter((s): s is number => Number.isFinite(s));
  const severity = namedSeverity(record.severity, GRYPE_NAMES);
  return { ...(severity ? { severity } : {}), ...(scores.length ? { score: Math.max(...scores) } : {}) };
}

export function parseGrype(report: GrypeReport, ref: string): RawFinding[] {
  return (report.matches ?? []).map(({ vulnerability: v, artifact, relatedVulnerabilities }) => {
    // grype's own rating decides; a record it rates Unknown (Debian's tracker rates most CVEs so)
    // takes the rating of the same CVE's related record (NVD's), as grype's own SARIF scores it.
    // The CVSS score is kept when it says the same; rated nowhere: medium.
    const own = rating(v);
    const { severity: named, score } = own.severity
      ? own
      : ((relatedVulnerabilities ?? []).map(rating).find((r) => r.severity) ?? own);
    const severity = named ?? (score === undefined ? 'medium' : severityFromScore(score));
    const path = artifact.locations?.[0]?.path;
    const fixedIn = v.fix?.state === 'fixed' ? (v.fix.versions ?? []) : [];
    const aliases = [...new Set((relatedVulnerabilities ?? []).map((r) => r.id))].filter((a) => a !== v.id).sort();
    const summary = v.description?.trim() || 'known vulnerability';
    return {
      ruleId: v.id,
      ruleName: summary,
      message: vulnerabilityMessage(
        `${artifact.type} ${artifact.name} ${artifact.version} in ${ref}`,
        summary,
        aliases,
        fixedIn,
      ),
      level: levelOf(severity),
      securitySeverity: vulnerabilityScore(severity, score),
      // The package's path inside the image, not a repository file: stable across rebuilds for baselines.
      ...(path ? { file: path.replace(/^\/+/, '') } : {}),
      ...(v.dataSource ? { helpUri: v.dataSource } : {}),
    };
  });
}
