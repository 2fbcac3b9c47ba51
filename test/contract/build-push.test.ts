import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../support/run-action';

const context = join(repoRoot, 'test', 'fixtures', 'app');
const valid = { images: '127.0.0.1:1/shop', context, tags: 'type=sha', push: 'false' };
const env = {
  GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
};

describe('bad input: one line naming the input, exit code 1, nothing built', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'image with a bad enable attribute',
      { images: 'ghcr.io/acme/shop,enable=maybe' },
      /^::error title=Configuration error::Input 'images': expected enable=true or enable=false, got "ghcr.io\/acme\/shop,enable=maybe"/,
    ],
    [
      'image with a bad character',
      { images: 'ghcr.io/acme/shop!' },
      /Input 'images': expected an image reference .*invalid path component "shop!"/,
    ],
    [
      'image with a tag',
      { images: 'ghcr.io/acme/shop:1.0' },
      /Input 'images': .*no tag here: tags come from the tag rules/,
    ],
    ['image with a digest', { images: 'ghcr.io/acme/shop@sha256:12' }, /Input 'images': .*\(no digest here\)/],
    [
      'missing Dockerfile',
      { file: 'Nope.Dockerfile' },
      /Input 'file': expected an existing Dockerfile, got "Nope.Dockerfile"/,
    ],
    [
      'context not a directory',
      { context: '/nope/ctx' },
      /Input 'context': expected an existing directory, got "\/nope\/ctx"/,
    ],
    [
      'unknown tag rule type',
      { tags: 'type=branch' },
      /Input 'tags' line 1: expected type=schedule\|semver\|pep440\|match\|edge\|ref\|raw\|sha, got "type=branch"/,
    ],
    [
      'ref rule without event',
      { tags: 'type=sha\ntype=ref' },
      /Input 'tags' line 2: expected type=ref with event=branch, event=tag or event=pr/,
    ],
    [
      'unknown rule key',
      { tags: 'type=sha,lenght=12' },
      /Input 'tags' line 1: expected attributes of type=sha .*unknown 'lenght'/,
    ],
    ['semver without pattern', { tags: 'type=semver' }, /Input 'tags' line 1: expected type=semver with a pattern=/],
    [
      'unknown expression',
      { tags: 'type=raw,value={{nope}}' },
      /Input 'tags' line 1: expected an expression among .*got "\{\{nope\}\}"/,
    ],
    [
      'rule that yields no valid tag',
      { tags: 'type=raw,value=...' },
      /Input 'tags' line 1: expected a tag of 1 to 128/,
    ],
    [
      'no rule applies',
      { tags: 'type=ref,event=pr' },
      /Input 'tags': expected a rule that applies to this event \(push on refs\/heads\/main\)/,
    ],
    ['bad flavor', { flavor: 'latest=sometimes' }, /Input 'flavor': expected latest=auto, latest=true or latest=false/],
    [
      'secret in build-args form',
      { 'build-args': 'NPM_TOKEN=abc123' },
      /Input 'build-args': expected no secrets .*got "NPM_TOKEN": pass it in 'secrets'/,
    ],
    ['build-arg without =', { 'build-args': 'VERSION' }, /Input 'build-args': expected NAME=value lines/],
    ['label without =', { labels: 'team' }, /Input 'labels': expected key=value lines such as "team=payments"/],
    [
      'label with a line break inside',
      { labels: 'team=pay\rments' },
      /Input 'labels': expected key=value lines with no line break inside a key or value, got "team=pay\\rments"/,
    ],
    [
      'bad builder',
      { builder: 'kaniko' },
      /Input 'builder': expected one of auto, buildx, docker, buildah, got "kaniko"/,
    ],
    ['bad platform', { platforms: 'amd64' }, /Input 'platforms': expected platforms such as "linux\/amd64"/],
    [
      'bad retry-attempts',
      { 'retry-attempts': '50' },
      /Input 'retry-attempts': expected an integer from 1 to 10, got "50"/,
    ],
    ['bad retry-deadline', { 'retry-deadline': 'soon' }, /Input 'retry-deadline': expected a duration/],
    ['username without password', { username: 'ci' }, /Input 'password': expected a value when 'username' is set/],
    [
      'provenance for an explicit docker builder (no docker probed)',
      { builder: 'docker', provenance: 'mode=max' },
      /Input 'provenance': a provenance attestation needs builder buildx \(the docker builder was selected\)/,
    ],
    [
      'cache-to for an explicit docker builder (no docker probed)',
      { builder: 'docker', 'cache-to': 'type=local,dest=/tmp/c' },
      /Input 'cache-to': a cache export needs builder buildx or buildah/,
    ],
    [
      'registry shaped as an option',
      { registry: '-rf', username: 'ci', password: 'x' },
      /Input 'registry': expected a registry host/,
    ],
    [
      'cache spec shaped as an option',
      { 'cache-from': '--push' },
      /Input 'cache-from': expected cache specs .*\(not starting with "-"\)/,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, expected) => {
    const run = await runAction('build-push', { ...valid, ...inputs }, { env });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(expected);
    expect(run.stdout).not.toContain('Builder:');
    // Only the phase marker that keeps the post step from running main again (kit's runMainOrPost).
    expect(run.state).toEqual({ phase: 'post' });
  });

  it.each<[string, string, RegExp]>([
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', 'long', /DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number/],
    [
      'DOCKER_METADATA_ANNOTATIONS_LEVELS',
      'layer',
      /DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among manifest/,
    ],
    ['DOCKER_METADATA_PR_HEAD_SHA', 'maybe', /DOCKER_METADATA_PR_HEAD_SHA: expected true or false, got "maybe"/],
  ])('a bad %s=%s is one line naming the variable, nothing built', async (name, value, expected) => {
    const run = await runAction('build-push', valid, { env: { ...env, [name]: value } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(expected);
    expect(run.stdout).not.toContain('Builder:');
  });

  it('a secret passed in build-args form is refused without echoing its value', async () => {
    const run = await runAction(
      'build-push',
      { ...valid, password: 's3cr3t-pw', username: 'ci', 'build-args': 'HELPER=s3cr3t-pw' },
      { env },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/Input 'build-args': expected no secrets .*got "HELPER"/);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('s3cr3t-pw');
  });

  it('a malformed secrets line is refused without echoing it', async () => {
    const run = await runAction('build-push', { ...valid, secrets: 'just-a-token-value' }, { env });
    expect(run.errors).toEqual([
      '::error title=Configuration error::Input \'secrets\': expected id=value lines such as "npm_token=…" (value not shown)',
    ]);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('just-a-token-value');
  });
});

describe('post step', () => {
  it('removes the docker config and secret directories main recorded, and nothing else', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'slipway-post-'));
    const config = join(temp, `slipway-docker-${globalThis.crypto.randomUUID()}`);
    const build = join(temp, `slipway-build-${globalThis.crypto.randomUUID()}`);
    const other = join(temp, 'keep-me');
    for (const dir of [config, build, other]) mkdirSync(dir);
    writeFileSync(join(config, 'config.json'), '{"auths":{}}', { mode: 0o600 });
    const run = await runAction(
      'build-push',
      {},
      { state: { phase: 'post', cleanup: JSON.stringify([config, build, other]) } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(existsSync(config)).toBe(false);
    expect(existsSync(build)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});
