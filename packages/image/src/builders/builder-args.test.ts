import { describe, expect, it } from '@jest/globals';
import type { BuildRequest } from '../build-request';
import { buildahBuildArgs, buildahPushArgs } from './buildah-args';
import { buildxArgs } from './buildx-args';
import { dockerBuildArgs, dockerPushArgs } from './docker-args';
import { checkBuilderSupport, selectBuilder } from './select-builder';

const req: BuildRequest = {
  context: 'app',
  file: 'app/Dockerfile',
  tags: ['ghcr.io/acme/shop:1.2.3', 'ghcr.io/acme/shop:latest'],
  labels: { 'org.opencontainers.image.version': '1.2.3', team: 'payments' },
  annotations: { 'org.opencontainers.image.version': '1.2.3' },
  buildArgs: { VERSION: '1.2.3', FLAGS: 'a,b c' },
  secrets: [{ id: 'npm_token', file: '/runner/tmp/slipway-build-x/secret-0' }],
  target: 'runtime',
  platforms: ['linux/amd64', 'linux/arm64'],
  cacheFrom: ['type=registry,ref=ghcr.io/acme/shop:cache'],
  cacheTo: ['type=registry,ref=ghcr.io/acme/shop:cache,mode=max'],
  provenance: 'mode=max',
  sbom: 'true',
  push: true,
  load: false,
  iidFile: '/runner/tmp/slipway-build-x/iid',
  metadataFile: '/runner/tmp/slipway-build-x/metadata.json',
};

describe('builder command lines', () => {
  it('buildx: exactly this argv, secrets by file only', () => {
    expect(buildxArgs(req)).toEqual([
      'buildx',
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'ghcr.io/acme/shop:1.2.3',
      '--tag',
      'ghcr.io/acme/shop:latest',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'team=payments',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'FLAGS=a,b c',
      '--target',
      'runtime',
      '--annotation',
      'org.opencontainers.image.version=1.2.3',
      '--secret',
      'id=npm_token,src=/runner/tmp/slipway-build-x/secret-0',
      '--platform',
      'linux/amd64,linux/arm64',
      '--cache-from',
      'type=registry,ref=ghcr.io/acme/shop:cache',
      '--cache-to',
      'type=registry,ref=ghcr.io/acme/shop:cache,mode=max',
      '--provenance=mode=max',
      '--sbom=true',
      '--iidfile',
      '/runner/tmp/slipway-build-x/iid',
      '--metadata-file',
      '/runner/tmp/slipway-build-x/metadata.json',
      '--push',
      'app',
    ]);
  });

  it('buildx: minimal, load without push', () => {
    const minimal: BuildRequest = {
      ...req,
      tags: ['app:dev'],
      labels: {},
      annotations: {},
      buildArgs: {},
      secrets: [],
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      push: false,
      load: true,
    };
    delete minimal.target;
    delete minimal.provenance;
    delete minimal.sbom;
    expect(buildxArgs(minimal)).toEqual([
      'buildx',
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'app:dev',
      '--iidfile',
      '/runner/tmp/slipway-build-x/iid',
      '--metadata-file',
      '/runner/tmp/slipway-build-x/metadata.json',
      '--load',
      'app',
    ]);
  });

  it('docker (classic builder) with a target: --label flags, and its push', () => {
    const one = { ...req, platforms: ['linux/amd64'], secrets: [], cacheTo: [] };
    expect(dockerBuildArgs(one)).toEqual([
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'ghcr.io/acme/shop:1.2.3',
      '--tag',
      'ghcr.io/acme/shop:latest',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'team=payments',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'FLAGS=a,b c',
      '--target',
      'runtime',
      '--platform',
      'linux/amd64',
      '--cache-from',
      'type=registry,ref=ghcr.io/acme/shop:cache',
      '--iidfile',
      '/runner/tmp/slipway-build-x/iid',
      'app',
    ]);
    expect(dockerPushArgs('ghcr.io/acme/shop:1.2.3')).toEqual(['push', 'ghcr.io/acme/shop:1.2.3']);
  });

  it('docker with a labelled Dockerfile: that file, no --label flag, the user context', () => {
    const one = { ...req, platforms: [], secrets: [], cacheFrom: [], cacheTo: [] };
    delete one.target;
    expect(dockerBuildArgs(one, '/runner/tmp/slipway-build-x/Dockerfile')).toEqual([
      'build',
      '--file',
      '/runner/tmp/slipway-build-x/Dockerfile',
      '--tag',
      'ghcr.io/acme/shop:1.2.3',
      '--tag',
      'ghcr.io/acme/shop:latest',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'FLAGS=a,b c',
      '--iidfile',
      '/runner/tmp/slipway-build-x/iid',
      'app',
    ]);
  });

  it('buildah build and push', () => {
    const one = { ...req, platforms: ['linux/amd64'], cacheFrom: [], cacheTo: [] };
    expect(buildahBuildArgs(one)).toEqual([
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'ghcr.io/acme/shop:1.2.3',
      '--tag',
      'ghcr.io/acme/shop:latest',
      '--label',
      'org.opencontainers.image.version=1.2.3',
      '--label',
      'team=payments',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'FLAGS=a,b c',
      '--target',
      'runtime',
      '--annotation',
      'org.opencontainers.image.version=1.2.3',
      '--secret',
      'id=npm_token,src=/runner/tmp/slipway-build-x/secret-0',
      '--platform',
      'linux/amd64',
      '--iidfile',
      '/runner/tmp/slipway-build-x/iid',
      'app',
    ]);
    expect(buildahPushArgs('127.0.0.1:5000/shop:1', '/t/digest')).toEqual([
      'push',
      '--digestfile',
      '/t/digest',
      '127.0.0.1:5000/shop:1',
      'docker://127.0.0.1:5000/shop:1',
    ]);
  });
  it("buildah with a registry cache: --layers, and buildx's type=registry,ref=X lines as the bare repository X", () => {
    const cached = {
      ...req,
      platforms: [],
      secrets: [],
      cacheFrom: ['type=registry,ref=127.0.0.1:5000/acme/shop-cache', 'ghcr.io/acme/shop-cache'],
      cacheTo: ['type=registry,ref=127.0.0.1:5000/acme/shop-cache,mode=max'],
    };
    const args = buildahBuildArgs(cached);
    expect(args.slice(args.indexOf('--layers'), args.indexOf('--iidfile'))).toEqual([
      '--layers',
      '--cache-from',
      '127.0.0.1:5000/acme/shop-cache',
      '--cache-from',
      'ghcr.io/acme/shop-cache',
      '--cache-to',
      '127.0.0.1:5000/acme/shop-cache',
    ]);
  });
});

describe('builder choice and support', () => {
  const fakeExec = (present: string[]) => {
    const calls: string[] = [];
    const exec = (async (file: string, args: readonly string[]) => {
      const line = [file, ...args].join(' ');
      calls.push(line);
      return { exitCode: present.some((p) => line.startsWith(p)) ? 0 : 1, stdout: '', stderr: '' };
    }) as unknown as Parameters<typeof selectBuilder>[1];
    return { exec, calls };
  };

  it('auto: buildx, else docker, else buildah', async () => {
    expect(await selectBuilder('auto', fakeExec(['docker buildx', 'docker version', 'buildah']).exec, {})).toBe(
      'buildx',
    );
    expect(await selectBuilder('auto', fakeExec(['docker version', 'buildah']).exec, {})).toBe('docker');
    const only = fakeExec(['buildah']);
    expect(await selectBuilder('auto', only.exec, {})).toBe('buildah');
    expect(only.calls).toEqual([
      'docker buildx version',
      'docker version --format {{.Server.Version}}',
      'buildah --version',
    ]);
  });

  it('a named builder that is missing is a ConfigError naming the probe', async () => {
    await expect(selectBuilder('buildx', fakeExec([]).exec, {})).rejects.toThrow(
      "Input 'builder': expected buildx to be available on the runner (tried: docker buildx version)",
    );
  });

  it('what a builder cannot do is refused before building', () => {
    expect(() => checkBuilderSupport('buildx', req)).not.toThrow();
    expect(() =>
      checkBuilderSupport('docker', { ...req, provenance: undefined, sbom: undefined, platforms: [] }),
    ).toThrow("Input 'secrets': a build secret needs builder buildx or buildah (the docker builder was selected)");
    expect(() => checkBuilderSupport('buildah', req)).toThrow("Input 'provenance'");
    expect(() =>
      checkBuilderSupport('buildah', { ...req, provenance: undefined, sbom: undefined, platforms: [], load: true }),
    ).toThrow("Input 'load': loading into the docker engine needs builder buildx or docker");
    const buildah = { ...req, provenance: undefined, sbom: undefined, platforms: [] };
    expect(() => checkBuilderSupport('buildah', buildah)).toThrow(
      `Input 'cache-from': expected with builder buildah a registry cache repository without a tag`,
    );
    expect(() => checkBuilderSupport('buildah', { ...buildah, cacheFrom: [] })).toThrow(`Input 'cache-to': expected`);
  });

  it('DOCKER_METADATA_ANNOTATIONS_LEVELS: buildx gets each level, other builders refuse a level but the manifest', () => {
    const levelled = buildxArgs({ ...req, annotationLevels: ['manifest', 'index'] });
    const values = levelled.filter((_a, i) => levelled[i - 1] === '--annotation');
    expect(values).toEqual([
      'manifest:org.opencontainers.image.version=1.2.3',
      'index:org.opencontainers.image.version=1.2.3',
    ]);
    const plain = buildxArgs({ ...req, annotationLevels: ['manifest'] });
    expect(plain.filter((_a, i) => plain[i - 1] === '--annotation')).toEqual([
      'org.opencontainers.image.version=1.2.3',
    ]);
    const buildah = { ...req, provenance: undefined, sbom: undefined, platforms: [], cacheFrom: [], cacheTo: [] };
    expect(() => checkBuilderSupport('buildah', { ...buildah, annotationLevels: ['manifest'] })).not.toThrow();
    expect(() => checkBuilderSupport('buildah', { ...buildah, annotationLevels: ['index'] })).toThrow(
      'DOCKER_METADATA_ANNOTATIONS_LEVELS: index annotations need builder buildx (the buildah builder was selected)',
    );
  });
});
