import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@slipway/kit';
import { buildAndPush, type BuildPushOptions } from './build-push';
import type { Exec } from './builders/select-builder';
import { parseImageRef } from './image-ref';

interface Call {
  file: string;
  args: string[];
  /** The Dockerfile the build was given, read while the build ran. */
  dockerfile?: string;
  /** The auth file buildah was pointed at and what it held while the build ran. */
  authFile?: string;
  auth?: string;
}

/** Every builder call recorded; a probe for the named builder succeeds. */
function fakeExec(calls: Call[]): Exec {
  return (async (file: string, args: readonly string[], options?: { env?: NodeJS.ProcessEnv }) => {
    const call: Call = { file, args: [...args] };
    const f = args.indexOf('--file');
    if (args[0] === 'build' && f >= 0) call.dockerfile = readFileSync(args[f + 1] as string, 'utf8');
    const authFile = options?.env?.['REGISTRY_AUTH_FILE'];
    if (authFile) call.authFile = authFile;
    if (authFile && existsSync(authFile)) call.auth = readFileSync(authFile, 'utf8');
    calls.push(call);
    return { exitCode: 0, stdout: '', stderr: '' };
  }) as unknown as Exec;
}

function options(over: Partial<BuildPushOptions> = {}): BuildPushOptions {
  const context = mkdtempSync(join(tmpdir(), 'slipway-ctx-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY app /app');
  return {
    images: [parseImageRef('127.0.0.1:5000/acme/shop', 'test', { allowTag: false })],
    tags: ['1.2.3'],
    labels: {
      'org.opencontainers.image.version': '1.2.3',
      note: 'say "hi" to C:\\dir for $5',
    },
    annotations: {},
    context,
    file: join(context, 'Dockerfile'),
    buildArgs: { VERSION: '1.2.3' },
    secrets: {},
    secretFiles: {},
    platforms: [],
    cacheFrom: [],
    cacheTo: [],
    push: false,
    load: false,
    builder: 'docker',
    logins: [],
    skipIfExists: false,
    retry: { attempts: 1, deadlineMs: 1000, baseDelayMs: 1, maxDelayMs: 1 },
    tempDir: mkdtempSync(join(tmpdir(), 'slipway-temp-')),
    ...over,
  };
}

describe('buildAndPush with the classic docker builder', () => {
  it('builds a copy of the Dockerfile with one LABEL line, no --label flag, and removes the copy', async () => {
    const calls: Call[] = [];
    const opts = options();
    const result = await buildAndPush(opts, { exec: fakeExec(calls), logger: memoryLogger(), env: {} });
    expect(result.builder).toBe('docker');
    const build = calls.find((c) => c.args[0] === 'build') as Call;
    expect(readdirSync(opts.tempDir)).toEqual([]);
    const generated = build.args[2] as string;
    expect(generated).toMatch(new RegExp(`^${opts.tempDir}/slipway-build-[0-9a-f-]{36}/Dockerfile$`));
    expect(build.args).toEqual([
      'build',
      '--file',
      generated,
      '--tag',
      '127.0.0.1:5000/acme/shop:1.2.3',
      '--build-arg',
      'VERSION=1.2.3',
      '--iidfile',
      join(generated, '..', 'iid'),
      opts.context,
    ]);
    expect(build.dockerfile).toBe(
      'FROM scratch\nCOPY app /app\n' +
        'LABEL "org.opencontainers.image.version"="1.2.3" "note"="say \\"hi\\" to C:\\\\dir for \\$5"\n',
    );
    // The user's Dockerfile is untouched and the copy is gone with the work dir.
    expect(readFileSync(opts.file, 'utf8')).toBe('FROM scratch\nCOPY app /app');
    expect(existsSync(generated)).toBe(false);
  });

  it('with a target: the user Dockerfile and --label flags (a LABEL at the end would land in the last stage)', async () => {
    const calls: Call[] = [];
    const opts = options({ target: 'runtime' });
    await buildAndPush(opts, { exec: fakeExec(calls), logger: memoryLogger(), env: {} });
    const build = calls.find((c) => c.args[0] === 'build') as Call;
    expect(build.args.slice(0, 11)).toEqual([
      'build',
      '--file',
      opts.file,
      '--tag',
      '127.0.0.1:5000/acme/shop:1.2.3',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'note=say "hi" to C:\\dir for $5',
      '--build-arg',
      'VERSION=1.2.3',
    ]);
    expect(build.args).toContain('--target');
    expect(build.dockerfile).toBe('FROM scratch\nCOPY app /app');
  });

  it('buildah keeps --label flags and the user Dockerfile', async () => {
    const calls: Call[] = [];
    const opts = options({ builder: 'buildah' });
    await buildAndPush(opts, { exec: fakeExec(calls), logger: memoryLogger(), env: {} });
    const build = calls.find((c) => c.file === 'buildah' && c.args[0] === 'build') as Call;
    expect(build.args.slice(0, 9)).toEqual([
      'build',
      '--file',
      opts.file,
      '--tag',
      '127.0.0.1:5000/acme/shop:1.2.3',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'note=say "hi" to C:\\dir for $5',
    ]);
  });

  it('a DOCKER_CONFIG folder without config.json means no credentials: buildah gets an empty auth file, not a refusal', async () => {
    const calls: Call[] = [];
    const userConfig = mkdtempSync(join(tmpdir(), 'slipway-empty-docker-'));
    const opts = options({ builder: 'buildah' });
    await buildAndPush(opts, { exec: fakeExec(calls), logger: memoryLogger(), env: { DOCKER_CONFIG: userConfig } });
    const build = calls.find((c) => c.file === 'buildah' && c.args[0] === 'build') as Call;
    expect(build.authFile).toMatch(new RegExp(`^${opts.tempDir}/slipway-docker-[0-9a-f-]{36}/config.json$`));
    expect(JSON.parse(build.auth as string)).toEqual({ auths: {} });
    expect(readdirSync(userConfig)).toEqual([]);
    expect(readdirSync(opts.tempDir)).toEqual([]);
  });

  it("buildah's own REGISTRY_AUTH_FILE is left as it is", async () => {
    const calls: Call[] = [];
    const authFile = join(mkdtempSync(join(tmpdir(), 'slipway-auth-')), 'auth.json');
    writeFileSync(authFile, '{"auths":{"127.0.0.1:5000":{"auth":"dTpw"}}}');
    const env = { DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'slipway-empty-docker-')), REGISTRY_AUTH_FILE: authFile };
    await buildAndPush(options({ builder: 'buildah' }), { exec: fakeExec(calls), logger: memoryLogger(), env });
    const build = calls.find((c) => c.file === 'buildah' && c.args[0] === 'build') as Call;
    expect(build.authFile).toBe(authFile);
  });
});
