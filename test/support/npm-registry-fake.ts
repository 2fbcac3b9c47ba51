import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { compareVersions } from '@slipway/kit';

/**
 * An npm registry stand-in on 127.0.0.1 for the two calls `npm audit` makes (npm 10 and 11):
 *
 * - `POST /-/npm/v1/security/advisories/bulk` — the Bulk Advisory endpoint npm documents in
 *   `npm help audit`: a gzip-encoded (`content-encoding: gzip`) `application/json` body mapping
 *   each package name to the versions in the tree, `{ "minimist": ["1.2.5"] }`. The answer is
 *   `application/json` keyed by package name, listing only the advisories that affect at least
 *   one submitted version, each `{ id, url, title, severity, vulnerable_versions, cwe, cvss }`.
 *   A body that is not gzip, not JSON, not an object of non-empty version-string arrays, or a
 *   name that is not a valid package name, is answered 400 `{ "error": … }` and recorded in
 *   `violations`. Another method is answered 405 with `Allow: POST`.
 * - `GET /<name>` — the package document (packument) npm reads to weigh each advisory; served
 *   in the abbreviated form npm asks for (`application/vnd.npm.install-v1+json`). Unknown
 *   packages: 404 `{ "error": "Not found" }`.
 * - `POST /-/npm/v1/security/audits/quick` — npm 10 falls back to it when the bulk call fails;
 *   the public registry has retired it and answers 405 with an empty body, as this fake does.
 *
 * Faults: `fail(status, times)` answers the next `times` bulk calls with that status and an
 * empty body (what the public registry answered this machine: 405, `Allow: GET,HEAD`).
 */

export interface FakeAdvisory {
  id: number;
  url: string;
  title: string;
  severity: 'critical' | 'high' | 'moderate' | 'low' | 'info';
  /** A range of the forms `<a`, `>=a <b`, `=a`, joined by `||`. */
  vulnerable_versions: string;
  cwe: string[];
  cvss: { score: number; vectorString: string | null };
}

export interface NpmRegistryData {
  /** Published versions per package (the packument's `versions`), and its latest. */
  packages: Record<string, { versions: string[]; latest: string }>;
  advisories: Record<string, FakeAdvisory[]>;
}

export interface NpmFakeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The decoded bulk request, when it was one. */
  bulk?: Record<string, string[]>;
  status: number;
}

const BULK = '/-/npm/v1/security/advisories/bulk';
const QUICK = '/-/npm/v1/security/audits/quick';
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export class NpmRegistryFake {
  readonly requests: NpmFakeRequest[] = [];
  readonly violations: string[] = [];
  url = '';
  private server!: Server;
  private readonly faults: number[] = [];

  constructor(private readonly data: NpmRegistryData) {}

  /** The next `times` bulk calls are answered `status` with an empty body. */
  fail(status: number, times = 1): this {
    for (let i = 0; i < times; i++) this.faults.push(status);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://fake').pathname);
    const method = req.method ?? 'GET';
    const record: NpmFakeRequest = { method, path, headers: req.headers, status: 0 };
    this.requests.push(record);
    const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (body === undefined) res.writeHead(status, { 'content-length': '0', ...headers }).end();
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const refuse = (why: string) => {
      this.violations.push(`${method} ${path}: ${why}`);
      answer(400, { error: why });
    };
    if (path === QUICK) return answer(405, undefined, { allow: 'GET,HEAD' });
    if (path === BULK) {
      if (method !== 'POST') return answer(405, undefined, { allow: 'POST' });
      const fault = this.faults.shift();
      if (fault) return answer(fault, undefined, fault === 405 ? { allow: 'GET,HEAD' } : {});
      const parsed = parseBulk(req, raw);
      if (typeof parsed === 'string') return refuse(parsed);
      record.bulk = parsed;
      return answer(200, this.advisoriesFor(parsed));
    }
    if (method !== 'GET' && method !== 'HEAD') return answer(405, undefined, { allow: 'GET,HEAD' });
    const name = path.slice(1);
    const pkg = this.data.packages[name];
    if (!pkg) return answer(404, { error: 'Not found' });
    const accept = req.headers.accept ?? '';
    const abbreviated = accept.includes('application/vnd.npm.install-v1+json');
    answer(200, this.packument(name, pkg), {
      'content-type': abbreviated ? 'application/vnd.npm.install-v1+json' : 'application/json',
    });
  }

  private advisoriesFor(bulk: Record<string, string[]>): Record<string, FakeAdvisory[]> {
    const out: Record<string, FakeAdvisory[]> = {};
    for (const [name, versions] of Object.entries(bulk)) {
      const hits = (this.data.advisories[name] ?? []).filter((a) =>
        versions.some((v) => satisfies(v, a.vulnerable_versions)),
      );
      if (hits.length) out[name] = hits;
    }
    return out;
  }

  private packument(name: string, pkg: { versions: string[]; latest: string }) {
    const base = this.url.replace(/\/$/, '');
    return {
      name,
      'dist-tags': { latest: pkg.latest },
      modified: '2022-10-10T00:00:00.000Z',
      versions: Object.fromEntries(
        pkg.versions.map((version) => [
          version,
          { name, version, dist: { tarball: `${base}/${name}/-/${name.split('/').pop()}-${version}.tgz` } },
        ]),
      ),
    };
  }
}

/** The bulk request's body, or why it breaks the contract. */
function parseBulk(req: IncomingMessage, raw: Buffer): Record<string, string[]> | string {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return `content-type must be application/json, got ${req.headers['content-type'] ?? 'none'}`;
  let text: string;
  if (req.headers['content-encoding'] === 'gzip') {
    try {
      text = gunzipSync(raw).toString('utf8');
    } catch {
      return 'content-encoding says gzip but the body is not gzip';
    }
  } else if (req.headers['content-encoding']) return `unsupported content-encoding ${req.headers['content-encoding']}`;
  else text = raw.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body must be an object of name → versions';
  for (const [name, versions] of Object.entries(body)) {
    if (!PACKAGE_NAME.test(name)) return `invalid package name ${JSON.stringify(name)}`;
    if (!Array.isArray(versions) || !versions.length) return `${name}: versions must be a non-empty array`;
    for (const v of versions as unknown[])
      if (typeof v !== 'string' || !VERSION.test(v)) return `${name}: invalid version ${JSON.stringify(v)}`;
    if (new Set(versions).size !== versions.length) return `${name}: versions repeat`;
  }
  return body as Record<string, string[]>;
}

/** `version` in a range of `<a`, `<=a`, `>a`, `>=a`, `=a` comparators (space = and, `||` = or). */
export function satisfies(version: string, range: string): boolean {
  return range.split('||').some((part) =>
    part
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const match = /^(<=|>=|<|>|=)?v?(\d+\.\d+\.\d+)$/.exec(comparator);
        if (!match) throw new Error(`fake: unsupported range ${range}`);
        const d = compareVersions(version.split('-')[0] as string, match[2] as string);
        return { '<': d < 0, '<=': d <= 0, '>': d > 0, '>=': d >= 0, '=': d === 0 }[match[1] ?? '='];
      }),
  );
}
