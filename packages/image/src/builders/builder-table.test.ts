import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecError, memoryLogger } from '@slipway/kit';
import type { BuildRequest } from '../build-request';
import { parseImageRef } from '../image-ref';
import type { BuildJob } from './builder';
import { BUILDERS } from './builder-table';
import { buildahBuildArgs } from './buildah-args';
import { buildxArgs } from './buildx-args';
import { dockerBuildArgs } from './docker-args';
import type { Exec } from './select-builder';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const images = ['127.0.0.1:5000/acme/shop', 'ghcr.io/acme/shop'].map((i) =>
  parseImageRef(i, 'test', { allowTag: false }),
);
const refs = images.map((i) => `${i.name}:1.2.3`);

interface Call {
  file: string;
  args: string[];
  timeoutMs?: number;
}

/**
 * Records each command; each push answers as its tool does (docker prints the digest, buildah
 * writes --digestfile, buildx its metadata file); the first `failFirst[ref or 'buildx']` runs fail with a 503.
 */
function fakeExec(calls: Call[], failFirst: Record<string, number> = {}): Exec {
  return (async (file: string, args: readonly string[], options?: { timeoutMs?: number }) => {
    calls.push({ file, args: [...args], ...(options?.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    const ref = args[0] === 'push' ? (args.at(file === 'buildah' ? -2 : -1) as string) : '';
    const key = ref || args[0] || '';
    if ((failFirst[key] ?? 0) > 0) {
      failFirst[key] = (failFirst[key] as number) - 1;
      const stderr = 'received unexpected HTTP status: 503 Service Unavailable';
      throw new ExecError('push failed', { exitCode: 1, stdout: '', stderr });
    }
    if (file === 'buildah' && args[0] === 'push') writeFileSync(args[2] as string, `${DIGEST}\n`);
    const meta = args.indexOf('--metadata-file');
    if (meta >= 0) writeFileSync(args[meta + 1] as string, JSON.stringify({ 'containerimage.digest': DIGEST }));
    const stdout = file === 'docker' && ref ? `1.2.3: digest: ${DIGEST} size: 528\n` : '';
    return { exitCode: 0, stdout, stderr: '' };
  }) as unknown as Exec;
}

function job(calls: Call[], push: boolean, failFirst?: Record<string, number>): BuildJob {
  const work = mkdtempSync(join(tmpdir(), 'slipway-builder-'));
  const req: BuildRequest = {
    context: 'app',
    file: 'app/Dockerfile',
    tags: refs,
    labels: {},
    annotations: {},
    buildArgs: {},
    secrets: [],
    platforms: [],
    cacheFrom: [],
    cacheTo: [],
    push,
    load: false,
    iidFile: join(work, 'iid'),
    metadataFile: join(work, 'metadata.json'),
  };
  let clock = 0;
  return {
    req,
    images,
    registries: images.map((i) => i.registry),
    work,
    exec: fakeExec(calls, failFirst),
    env: {},
    logger: memoryLogger(),
    policy: { attempts: 3, deadlineMs: 60_000, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {}, now: () => 0 },
    now: () => (clock += 10),
  };
}

describe('each builder strategy: the commands it runs and the digest it reports', () => {
  it('buildx: one command builds and pushes every tag; the digest from its metadata file', async () => {
    const calls: Call[] = [];
    const j = job(calls, true);
    const report = await BUILDERS.buildx.run(j);
    expect(calls).toEqual([{ file: 'docker', args: buildxArgs(j.req) }]);
    expect(BUILDERS.buildx.env).toEqual({});
    expect(report).toEqual({ toolDigest: DIGEST, attempts: { '127.0.0.1:5000': 1, 'ghcr.io': 1 }, pushMs: 0 });
  });

  it('docker: the classic builder (DOCKER_BUILDKIT=0), then `docker push` per tag; the digest it prints', async () => {
    const calls: Call[] = [];
    const j = job(calls, true);
    const report = await BUILDERS.docker.run(j);
    expect(calls.map((c) => [c.file, c.args])).toEqual([
      ['docker', dockerBuildArgs(j.req)],
      ...refs.map((r) => ['docker', ['push', r]]),
    ]);
    expect(BUILDERS.docker.env).toEqual({ DOCKER_BUILDKIT: '0' });
    expect(report).toEqual({ toolDigest: DIGEST, attempts: { '127.0.0.1:5000': 1, 'ghcr.io': 1 }, pushMs: 10 });
  });

  it('buildah: build, then `buildah push` per tag to docker://; the digest from --digestfile', async () => {
    const calls: Call[] = [];
    const j = job(calls, true);
    const report = await BUILDERS.buildah.run(j);
    const digestFile = join(j.work, 'digest');
    expect(calls.map((c) => [c.file, c.args])).toEqual([
      ['buildah', buildahBuildArgs(j.req)],
      ...refs.map((r) => ['buildah', ['push', '--digestfile', digestFile, r, `docker://${r}`]]),
    ]);
    expect(BUILDERS.buildah.env).toEqual({});
    expect(report).toEqual({ toolDigest: DIGEST, attempts: { '127.0.0.1:5000': 1, 'ghcr.io': 1 }, pushMs: 10 });
  });

  it.each(['buildx', 'docker', 'buildah'] as const)('%s without push: the build only, no digest', async (kind) => {
    const calls: Call[] = [];
    const report = await BUILDERS[kind].run(job(calls, false));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).not.toContain('--push');
    expect(report).toEqual({ toolDigest: '', attempts: {}, pushMs: 0 });
  });

  it('buildx retries the whole command and counts it for every registry', async () => {
    const calls: Call[] = [];
    const report = await BUILDERS.buildx.run(job(calls, true, { buildx: 1 }));
    expect(calls).toHaveLength(2);
    expect(report.attempts).toEqual({ '127.0.0.1:5000': 2, 'ghcr.io': 2 });
  });

  it.each(['docker', 'buildah'] as const)('%s retries only the failed push, counted for its registry', async (kind) => {
    const calls: Call[] = [];
    const report = await BUILDERS[kind].run(job(calls, true, { [refs[1] as string]: 2 }));
    expect(calls.filter((c) => c.args[0] === 'push')).toHaveLength(4);
    // Each push has what is left of the deadline as its timeout.
    expect(calls.filter((c) => c.args[0] === 'push').every((c) => c.timeoutMs === 60_000)).toBe(true);
    expect(report.attempts).toEqual({ '127.0.0.1:5000': 1, 'ghcr.io': 3 });
  });
});
