import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TOOL_VERSIONS } from '@slipway/scan';
import { repoRoot } from './run-action';
import { scannerCache } from './scanners';

const source = join(repoRoot, 'scripts', 'grype-db');
const dir = join(scannerCache, `grype-db-${TOOL_VERSIONS.grype.version}`);

/** The sum scripts/install-scanners.sh stamps beside the builder: its sources, as they are now. */
function sourceSum(): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(source, file)));
  return hash.digest('hex');
}

/** True when scripts/install-scanners.sh has built scripts/grype-db from these very sources. */
export function hasGrypeDbBuilder(): boolean {
  const stamp = join(dir, 'source.sha256');
  return (
    existsSync(join(dir, 'bin', 'grype-db')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceSum()
  );
}

/**
 * A schema-v6 grype database (vulnerability.db and import.json) in `out`, built by the builder
 * scripts/install-scanners.sh compiled, from the GitHub advisory records in
 * test/fixtures/scan/grype-db. 0.13 s here; the builder itself is never compiled here.
 */
export function buildGrypeDatabase(out: string): string {
  if (!hasGrypeDbBuilder())
    throw new Error('no grype-db builder for these sources: run bash scripts/install-scanners.sh grype-db');
  execFileSync(join(dir, 'bin', 'grype-db'), [join(repoRoot, 'test', 'fixtures', 'scan', 'grype-db'), out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

/** A database archive served as a mirror would (127.0.0.1): its URL pinned by SHA-256, as lint-scan's `grype-database` takes it. */
export interface GrypeMirror {
  /** The archive (vulnerability.db and import.json, gzipped tar) on disk. */
  archive: string;
  sha256: string;
  /** http://127.0.0.1:<port>/grype/vulnerability-db.tar.gz, without the checksum. */
  url: string;
  /** The URL with `?checksum=sha256:<hex>`. */
  pinned: string;
  close(): Promise<void>;
}

/** Packs a database built by buildGrypeDatabase into `archive` and serves it on 127.0.0.1. */
export async function serveGrypeDatabase(database: string, archive: string): Promise<GrypeMirror> {
  execFileSync('tar', ['-czf', archive, '-C', database, 'vulnerability.db', 'import.json']);
  const bytes = readFileSync(archive);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const server: Server = createServer((req, res) =>
    req.url?.startsWith('/grype/vulnerability-db.tar.gz')
      ? res.writeHead(200, { 'content-type': 'application/gzip' }).end(bytes)
      : res.writeHead(404).end(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/grype/vulnerability-db.tar.gz`;
  return {
    archive,
    sha256,
    url,
    pinned: `${url}?checksum=sha256:${sha256}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
