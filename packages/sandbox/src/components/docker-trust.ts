import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Docker's per-registry trust folder (also read by buildah/containers-image). */
export const dockerCertsDir = '/etc/docker/certs.d';

function hosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Trusts the sandbox CA for the TLS registry only, through /etc/docker/certs.d/<host:port>/ca.crt.
 * The system trust store is never touched.
 */
export function trustRegistryCa(port: number, caPath: string): string[] {
  const ca = readFileSync(caPath);
  return hosts(port).map((host) => {
    const dir = join(dockerCertsDir, host);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ca.crt'), ca);
    return dir;
  });
}

/** Removes what trustRegistryCa wrote, and only when it still holds the sandbox's CA. */
export function untrustRegistryCa(port: number, caPath: string | undefined): void {
  const ours = caPath && existsSync(caPath) ? readFileSync(caPath, 'utf8') : undefined;
  for (const host of hosts(port)) {
    const dir = join(dockerCertsDir, host);
    const file = join(dir, 'ca.crt');
    if (!existsSync(file)) continue;
    if (ours !== undefined && readFileSync(file, 'utf8') !== ours) continue;
    rmSync(file, { force: true });
    try {
      rmdirSync(dir);
    } catch {
      // not empty: someone else's files stay
    }
  }
}
