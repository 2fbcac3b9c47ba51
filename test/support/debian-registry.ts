import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './test-server';

export interface LocalRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  port: number;
  /** Pushes a one-layer OCI image (directly, not through any proxy); answers its digest. */
  push(repository: string, tag: string): Promise<string>;
  stop(): Promise<void>;
}

/** Debian's docker-registry (the sandbox's own package), anonymous and plain HTTP, on 127.0.0.1. */
export async function startRegistry(): Promise<LocalRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-registry-'));
  const port = await closedPort();
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${JSON.stringify(join(dir, 'data'))}\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  // docker-registry reads REGISTRY_* variables as configuration (buildah's REGISTRY_AUTH_FILE,
  // from the sandbox's environment, would break its `auth` section): it gets none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_')));
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore', env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`${base}/v2/`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('docker-registry did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const blob = async (repository: string, bytes: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const upload = await fetch(`${base}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    const location = new URL(upload.headers.get('location') as string, base);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', body: bytes });
    if (put.status !== 201) throw new Error(`blob upload answered ${put.status}`);
    return { digest, size: bytes.length };
  };
  return {
    host: `127.0.0.1:${port}`,
    port,
    push: async (repository, tag) => {
      const config = await blob(repository, Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux' })));
      const layer = await blob(repository, Buffer.from(`layer of ${repository}:${tag}`));
      const put = await fetch(`${base}/v2/${repository}/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
        body: JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
        }),
      });
      if (put.status !== 201) throw new Error(`manifest push answered ${put.status}: ${await put.text()}`);
      return put.headers.get('docker-content-digest') as string;
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
