import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitHubFake } from '../../support/github-fake';
import { repoRoot, runAction } from '../../support/run-action';
import { cosignBinary, syftBinary } from '../../support/scanners';
import { closedPort } from '../../support/test-server';
import { actionEnv, fixtureContext } from '../build-push/fixture';
import { exec, execOk, httpRequestTo, need } from '../sandbox/sandbox-helpers';

/**
 * Signing and verification with the real cosign (scripts/install-scanners.sh cosign) on the
 * sandbox's TLS registry: build-push signs and attests, cosign itself reads both back, and
 * helm-deploy refuses every image its policy does not accept before anything changes (no helm
 * process, no GitHub deployment, no namespace or release) and deploys the verified digest.
 * Every outbound request of cosign's goes to a closed 127.0.0.1 proxy: nothing leaves the machine,
 * and a cosign that tried to reach Sigstore's services would fail the test.
 */
jest.setTimeout(600_000);
const tls = need('SLIPWAY_REGISTRY_TLS');
const user = need('SLIPWAY_REGISTRY_TLS_USER');
const password = need('SLIPWAY_REGISTRY_TLS_PASSWORD');
const repo = `issue-22-sign/shop-${Date.now().toString(36)}`;
const image = `${tls}/${repo}`;
const keyPassword = `pw-${randomBytes(8).toString('hex')}`;
const github = new GitHubFake();
const TOKEN = 'ghs_signing_4f3e2d1c';
const namespaces: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'slipway-signing-'));
let context = '';
let offline: Record<string, string> = {};
let dockerConfig = '';
let helmLog = '';
let helmDir = '';
const keys = { ours: { key: '', pub: '' }, other: { key: '', pub: '' } };
const digests = { signed: '', noProvenance: '', unsigned: '' };

const unique = counter();

/** cosign, and nothing but cosign, with the tests' environment. */
function cosign(args: string[], extra: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(cosignBinary, args, {
      env: { ...offline, DOCKER_CONFIG: dockerConfig, ...extra },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

function generateKeys(name: 'ours' | 'other'): void {
  const dir = mkdtempSync(join(work, `${name}-`));
  execFileSync(cosignBinary, ['generate-key-pair'], {
    cwd: dir,
    env: { ...offline, COSIGN_PASSWORD: keyPassword },
    stdio: 'ignore',
  });
  keys[name] = {
    key: readFileSync(join(dir, 'cosign.key'), 'utf8'),
    pub: readFileSync(join(dir, 'cosign.pub'), 'utf8'),
  };
}

function counter() {
  let n = 0;
  return () => `${Date.now().toString(36)}${(n++).toString(36)}`;
}

/** build-push to the TLS registry with tags `tags`, signing when `signing` is given. */
async function buildPush(tags: string, signing: Record<string, string> = {}) {
  const sha = randomBytes(20).toString('hex');
  const result = await runAction(
    'build-push',
    {
      images: image,
      tags,
      context,
      builder: 'docker',
      logins: `${tls}=${user}:${password}`,
      'retry-delay': '200ms',
      ...signing,
    },
    {
      env: actionEnv({
        ...offline,
        PATH: `${dirname(cosignBinary)}:${dirname(syftBinary)}:${process.env['PATH'] ?? ''}`,
        GITHUB_SHA: sha,
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
      }),
    },
  );
  if (result.exitCode !== 0) throw new Error(`build-push failed:\n${result.stdout}\n${result.stderr}`);
  return { ...result, sha };
}

/** The sandbox cluster, the fake GitHub, the recording helm and cosign on PATH, for any action. */
function deployEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...offline,
    PATH: `${helmDir}:${dirname(cosignBinary)}:/usr/bin:/bin`,
    DOCKER_CONFIG: dockerConfig,
    NODE_EXTRA_CA_CERTS: need('SLIPWAY_CA_CERT'),
    HELM_CONFIG_HOME: need('HELM_CONFIG_HOME'),
    HELM_CACHE_HOME: need('HELM_CACHE_HOME'),
    HELM_DATA_HOME: need('HELM_DATA_HOME'),
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_RUN_ID: '99',
    ...extra,
  };
}

/** The `helm version` runs of the last action run (the helm on PATH logs each of its runs). */
const helmProbes = () =>
  readFileSync(helmLog, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('version'));

/** One of the deploying actions in a namespace of its own that nothing has created yet (or in `given`). */
async function runInFreshNamespace(
  action: 'helm-deploy' | 'canary' | 'slipway',
  inputs: (namespace: string) => Record<string, string>,
  env: Record<string, string> = {},
  given?: string,
) {
  const namespace = given ?? `issue-22-sign-${unique()}`;
  if (!given) namespaces.push(namespace);
  writeFileSync(helmLog, '');
  const result = await runAction(
    action,
    { kubeconfig: readFileSync(need('SLIPWAY_KUBECONFIG_ADMIN'), 'utf8'), ...inputs(namespace) },
    { env: deployEnv(env) },
  );
  return { ...result, namespace };
}

const deploy = (inputs: Record<string, string>) =>
  runInFreshNamespace('helm-deploy', (namespace) => ({
    release: 'web',
    namespace,
    chart: join(repoRoot, 'test', 'fixtures', 'chart'),
    set: 'replicaCount: 0',
    'create-namespace': 'true',
    'check-image': 'false',
    timeout: '1m',
    'github-token': TOKEN,
    environment: 'staging',
    ...inputs,
  }));

/** Refused before any change: one error line, no helm run, no GitHub deployment, no namespace. */
async function expectRefusedBeforeAnyChange(result: Awaited<ReturnType<typeof deploy>>, ...parts: string[]) {
  if (result.exitCode !== 1) console.log(result.stdout, result.stderr);
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  for (const part of parts) expect(result.errors[0]).toContain(part);
  expect(result.errors[0]).toContain('refused by the verification policy (key SHA256:');
  expect(readFileSync(helmLog, 'utf8')).toBe('');
  await expectNothingChanged(result.namespace);
}

/** No GitHub deployment, and no namespace (so no release revision) was created. */
async function expectNothingChanged(namespace: string) {
  expect(github.deployments).toHaveLength(0);
  const ns = await exec(need('KUBECTL'), [
    'get',
    'namespace',
    namespace,
    '--kubeconfig',
    need('SLIPWAY_KUBECONFIG_ADMIN'),
  ]);
  expect(ns.stderr).toContain('NotFound');
}

/**
 * A chart whose Deployment runs the input's image, a sidecar named in its values by
 * repository + tag, and an init container named by a `repo@sha256:` string.
 */
function sidecarChart(sidecarTag: string, initImage: string): string {
  const dir = mkdtempSync(join(work, 'sidecar-chart-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: sidecar-app\nversion: 0.1.0\n');
  writeFileSync(
    join(dir, 'values.yaml'),
    [
      'replicaCount: 1',
      'image: { repository: "", tag: "", digest: "" }',
      `logShipper: { image: { repository: ${JSON.stringify(image)}, tag: ${JSON.stringify(sidecarTag)} } }`,
      `migrate: { image: ${JSON.stringify(initImage)} }`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'templates', 'deployment.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: {{ .Release.Name }} }',
      'spec:',
      '  replicas: {{ .Values.replicaCount }}',
      '  selector: { matchLabels: { app: {{ .Release.Name }} } }',
      '  template:',
      '    metadata: { labels: { app: {{ .Release.Name }} } }',
      '    spec:',
      '      initContainers:',
      '        - { name: migrate, image: {{ .Values.migrate.image | quote }} }',
      '      containers:',
      '        - name: app',
      '          image: {{ printf "%s@%s" .Values.image.repository .Values.image.digest | quote }}',
      '        - name: log',
      '          image: {{ printf "%s:%s" .Values.logShipper.image.repository .Values.logShipper.image.tag | quote }}',
      '',
    ].join('\n'),
  );
  return dir;
}

const hex = (digest: string) => digest.replace('sha256:', '');

beforeAll(async () => {
  if (!existsSync(cosignBinary))
    throw new Error(`no cosign at ${cosignBinary}: run bash scripts/install-scanners.sh cosign`);
  github.writeTokens.add(TOKEN);
  await github.start();
  const deadProxy = `http://127.0.0.1:${await closedPort()}`;
  offline = {
    HTTPS_PROXY: deadProxy,
    HTTP_PROXY: deadProxy,
    https_proxy: deadProxy,
    http_proxy: deadProxy,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    SSL_CERT_FILE: need('SLIPWAY_CA_BUNDLE'),
    TUF_ROOT: join(work, 'tuf'),
    HOME: work,
  };
  dockerConfig = mkdtempSync(join(work, 'docker-'));
  writeFileSync(
    join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [tls]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }),
  );
  // A helm on PATH that records each run, then runs the sandbox's helm.
  helmDir = mkdtempSync(join(work, 'helm-'));
  helmLog = join(helmDir, 'runs.log');
  writeFileSync(join(helmDir, 'helm'), `#!/bin/sh\necho "$*" >> '${helmLog}'\nexec '${need('HELM3')}' "$@"\n`);
  chmodSync(join(helmDir, 'helm'), 0o755);
  generateKeys('ours');
  generateKeys('other');
  context = fixtureContext('2.2.0', 'feed22');
}, 300_000);

afterAll(async () => {
  await github.stop();
  for (const ns of namespaces)
    await execOk(need('KUBECTL'), [
      'delete',
      'namespace',
      ns,
      '--wait=false',
      '--ignore-not-found',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]).catch(() => undefined);
});

describe('build-push signs and attests with cosign; helm-deploy verifies before deploying', () => {
  it('signs the pushed digest, attests SLSA provenance and an SPDX SBOM; cosign verifies all three; the registry lists them by digest; no secret shown', async () => {
    const built = await buildPush('type=raw,value=v1\ntype=sha', {
      'cosign-key': keys.ours.key,
      'cosign-password': keyPassword,
      'attest-sbom': 'spdx-json',
    });
    digests.signed = built.outputs['digest'] as string;
    expect(digests.signed).toMatch(/^sha256:[a-f0-9]{64}$/);
    const signatures = built.outputs['signatures']?.split('\n') ?? [];
    const attestations = built.outputs['attestations']?.split('\n') ?? [];
    expect(signatures).toHaveLength(1);
    expect(attestations).toHaveLength(1);
    expect(signatures[0]).toMatch(new RegExp(`^${image}@sha256:[a-f0-9]{64}$`));
    expect(attestations[0]).toMatch(new RegExp(`^${image}@sha256:[a-f0-9]{64}$`));
    expect(built.summary).toContain(signatures[0]);
    // Stored under the digest's own tags; the outputs pin what is there.
    const auth = { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
    const tags = JSON.parse((await httpRequestTo(`https://${tls}/v2/${repo}/tags/list`, { headers: auth })).body) as {
      tags: string[];
    };
    expect(tags.tags).toEqual(
      expect.arrayContaining(['v1', `sha256-${hex(digests.signed)}.sig`, `sha256-${hex(digests.signed)}.att`]),
    );
    const head = await httpRequestTo(`https://${tls}/v2/${repo}/manifests/sha256-${hex(digests.signed)}.sig`, {
      method: 'HEAD',
      headers: { ...auth, accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(`${image}@${String(head.headers['docker-content-digest'])}`).toBe(signatures[0]);
    // The key and its password appear nowhere but in the mask commands; the key file is gone.
    const shown = built.stdout.replace(/^::add-mask::.*$/gm, '') + built.summary + JSON.stringify(built.outputs);
    expect(shown).not.toContain(keyPassword);
    expect(shown).not.toContain(keys.ours.key.split('\n')[1]);
    expect(readdirSync(built.runnerTemp).filter((f) => f.startsWith('slipway-'))).toEqual([]);
    // cosign asked nothing of Sigstore's services (TUF, Rekor, Fulcio): the dead proxy would have said so.
    // (The mask lines are left out: base64 of the random key can spell "tuf".)
    expect(built.stdout.replace(/^::add-mask::.*$/gm, '')).not.toMatch(
      /proxyconnect|tuf|rekor\.sigstore|fulcio\.sigstore|update available/i,
    );

    // cosign itself, with the public key alone.
    const pub = join(work, 'ours.pub');
    writeFileSync(pub, keys.ours.pub);
    const ref = `${image}@${digests.signed}`;
    const verified = cosign(['verify', '--key', pub, '--insecure-ignore-tlog=true', '--new-bundle-format=false', ref]);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    const claims = JSON.parse(verified.stdout) as Array<{ critical: { image: { 'docker-manifest-digest': string } } }>;
    expect(claims[0]?.critical.image['docker-manifest-digest']).toBe(digests.signed);
    const attested = cosign([
      'verify-attestation',
      '--key',
      pub,
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      '--new-bundle-format=false',
      ref,
    ]);
    expect(attested.code).toBe(0);
    const envelope = JSON.parse(attested.stdout.trim().split('\n')[0] as string) as { payload: string };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: image, digest: { sha256: hex(digests.signed) } }]);
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/shop/actions/runs/4242/attempts/1',
    );
    expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(built.sha);
    expect(statement.predicate.runDetails.builder.id).toBe('https://github.com/actions/runner/github-hosted');
    // The SBOM syft wrote of the pushed image, attested by the same key: it lists the Go binary's modules.
    const sbom = cosign([
      'verify-attestation',
      '--key',
      pub,
      '--type',
      'spdxjson',
      '--insecure-ignore-tlog=true',
      '--new-bundle-format=false',
      ref,
    ]);
    expect(sbom.code).toBe(0);
    const spdx = JSON.parse(
      Buffer.from(
        (JSON.parse(sbom.stdout.trim().split('\n')[0] as string) as { payload: string }).payload,
        'base64',
      ).toString('utf8'),
    );
    expect(spdx.predicateType).toBe('https://spdx.dev/Document');
    expect(spdx.subject).toEqual([{ name: image, digest: { sha256: hex(digests.signed) } }]);
    expect(spdx.predicate.spdxVersion).toMatch(/^SPDX-2\./);
    expect(spdx.predicate.packages.length).toBeGreaterThan(0);
    // Another key is refused by cosign too.
    const otherPub = join(work, 'other.pub');
    writeFileSync(otherPub, keys.other.pub);
    expect(
      cosign(['verify', '--key', otherPub, '--insecure-ignore-tlog=true', '--new-bundle-format=false', ref]).code,
    ).not.toBe(0);
  });

  it('deploys the signed image given by tag: the tag resolved once, the verified digest deployed, the summary says what was verified', async () => {
    const result = await deploy({
      image: `${image}:v1`,
      'verify-key': keys.ours.pub,
      'verify-attestations': 'slsaprovenance1, spdxjson',
    });
    if (result.exitCode !== 0) console.log(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['status']).toBe('deployed');
    expect(result.outputs['revision']).toBe('1');
    expect(readFileSync(result.outputs['manifest'] as string, 'utf8')).toContain(`image: "${image}@${digests.signed}"`);
    expect(result.summary).toContain('Image verified');
    expect(result.summary).toContain(`${image}@${digests.signed}`);
    expect(result.summary).toMatch(/Attestation slsaprovenance1 \| ✅ verified/);
    expect(result.summary).toMatch(/Attestation spdxjson \| ✅ verified/);
    expect(github.deployments).toHaveLength(1);
    github.deployments.length = 0;
  });

  it('refuses an image signed by another key, before any change', async () => {
    await expectRefusedBeforeAnyChange(
      await deploy({ image: `${image}@${digests.signed}`, 'verify-key': keys.other.pub }),
      `${image}@${digests.signed}`,
      'signature not by this key',
    );
  });

  it('refuses a signed image missing a required attestation, before any change', async () => {
    const built = await buildPush('type=sha', {
      'cosign-key': keys.ours.key,
      'cosign-password': keyPassword,
      'attest-provenance': 'false',
    });
    digests.noProvenance = built.outputs['digest'] as string;
    expect(built.outputs['attestations']).toBe('');
    await expectRefusedBeforeAnyChange(
      await deploy({
        image: `${image}@${digests.noProvenance}`,
        'verify-key': keys.ours.pub,
        'verify-attestations': 'slsaprovenance1',
      }),
      `${image}@${digests.noProvenance}`,
      'attestations slsaprovenance1',
      'no slsaprovenance1 attestation',
    );
  });

  it('refuses an unsigned image, and the tag re-pointed to it after signing, before any change', async () => {
    const built = await buildPush('type=raw,value=v1');
    digests.unsigned = built.outputs['digest'] as string;
    expect(digests.unsigned).not.toBe(digests.signed);
    expect(built.outputs['signatures']).toBe('');
    await expectRefusedBeforeAnyChange(
      await deploy({ image: `${image}@${digests.unsigned}`, 'verify-key': keys.ours.pub }),
      `${image}@${digests.unsigned}`,
      ': no signature',
    );
    await expectRefusedBeforeAnyChange(
      await deploy({ image: `${image}:v1`, 'verify-key': keys.ours.pub }),
      `Image ${image}:v1 (now ${digests.unsigned})`,
      ': no signature',
    );
  });
});

describe('canary and the root action apply the same policy before anything changes', () => {
  it('canary: an unsigned image behind a tag is refused in one line; no canary release, no traffic change, no helm run', async () => {
    expect(digests.unsigned).toMatch(/^sha256:/);
    const result = await runInFreshNamespace('canary', (namespace) => ({
      release: 'web',
      namespace,
      chart: join(repoRoot, 'test', 'fixtures', 'chart'),
      image: `${image}:v1`,
      'check-image': 'false',
      'verify-key': keys.ours.pub,
      'verify-attestations': 'slsaprovenance1',
    }));
    await expectRefusedBeforeAnyChange(
      result,
      `Image ${image}:v1 (now ${digests.unsigned})`,
      'attestations slsaprovenance1',
      'no signature; no slsaprovenance1 attestation',
    );
    // No state was saved for a post step to undo: the canary never became active.
    expect(result.state['active']).toBeUndefined();
  });

  it("root action: slipway.yml's verify block refuses an image signed by another key; no helm run, no Slack message, no GitHub deployment", async () => {
    const dir = mkdtempSync(join(work, 'workspace-'));
    writeFileSync(join(dir, 'cosign.pub'), keys.other.pub);
    const result = await runInFreshNamespace(
      'slipway',
      (namespace) => {
        writeFileSync(
          join(dir, 'slipway.yml'),
          [
            'release: web',
            `chart: ${join(repoRoot, 'test', 'fixtures', 'chart')}`,
            'check-image: false',
            'verify:',
            '  key: ./cosign.pub',
            'environments:',
            '  staging:',
            `    namespace: ${namespace}`,
            '    create-namespace: true',
            '',
          ].join('\n'),
        );
        return { environment: 'staging', image: `${image}@${digests.signed}`, 'github-token': TOKEN };
      },
      { GITHUB_WORKSPACE: dir },
    );
    await expectRefusedBeforeAnyChange(result, `Image ${image}@${digests.signed}`, 'signature not by this key');
  });

  it('canary: the signed image given by tag is verified once and the canary deploys and promotes that digest', async () => {
    const stable = await deploy({ image: `${image}@${digests.signed}`, set: 'replicaCount: 1' });
    if (stable.exitCode !== 0) console.log(stable.stdout, stable.stderr);
    expect(stable.exitCode).toBe(0);
    github.deployments.length = 0;
    // v1 now names the unsigned image: the signed one is given by a tag of its own.
    const built = await buildPush('type=raw,value=v2', { 'cosign-key': keys.ours.key, 'cosign-password': keyPassword });
    const v2 = `${image}@${built.outputs['digest'] as string}`;
    const result = await runInFreshNamespace(
      'canary',
      (namespace) => ({
        release: 'web',
        namespace,
        chart: join(repoRoot, 'test', 'fixtures', 'chart'),
        image: `${image}:v2`,
        set: 'replicaCount: 1',
        'canary-values': '{ track: canary, replicaCount: 1, ingress: { enabled: false } }',
        provider: 'nginx',
        steps: '100',
        interval: '1s',
        timeout: '1m',
        'check-image': 'false',
        'verify-key': keys.ours.pub,
        'verify-attestations': 'slsaprovenance1',
      }),
      {},
      stable.namespace,
    );
    if (result.exitCode !== 0) console.log(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['result']).toBe('promoted');
    expect(result.stdout).toContain(`Verifying ${v2} (${image}:v2)`);
    expect(result.summary).toContain('Image verified');
    expect(result.summary).toContain(v2);
    const deployment = await exec(need('KUBECTL'), [
      'get',
      'deployment',
      'web',
      '-n',
      stable.namespace,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
      '--kubeconfig',
      need('SLIPWAY_KUBECONFIG_ADMIN'),
    ]);
    expect(deployment.stdout).toBe(v2);
    // helm chosen once: the chart's render for the policy and the canary's session share one version probe.
    expect(helmProbes()).toEqual(['version --template {{.Version}}']);
  });
});

describe('every image the chart would run is verified, not only the input', () => {
  // By now v1 names the unsigned build, v2 a signed one with provenance, noProvenance a signed digest.
  it('a sidecar image behind an unsigned tag is refused in one line naming it and its container; no release revision, no deployment', async () => {
    expect(digests.unsigned).toMatch(/^sha256:/);
    const result = await deploy({
      chart: sidecarChart('v1', `${image}@${digests.noProvenance}`),
      image: `${image}@${digests.signed}`,
      'verify-key': keys.ours.pub,
    });
    if (result.exitCode !== 1) console.log(result.stdout, result.stderr);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringContaining(
        `Image ${image}:v1 (now ${digests.unsigned}), container "log" of Deployment/web, refused by the verification policy (key SHA256:`,
      ),
    ]);
    expect(result.errors[0]).toMatch(/\): no signature$/);
    // helm only rendered the chart: no install, upgrade or history.
    const runs = readFileSync(helmLog, 'utf8').trim().split('\n');
    expect(runs.some((line) => line.startsWith('template '))).toBe(true);
    expect(runs.filter((line) => !/^(version|template) /.test(line))).toEqual([]);
    await expectNothingChanged(result.namespace);
  });

  it('with every image signed the release deploys; the summary lists each chart image, its digest and how it was pinned', async () => {
    const result = await deploy({
      chart: sidecarChart('v2', `${image}@${digests.noProvenance}`),
      image: `${image}@${digests.signed}`,
      'verify-key': keys.ours.pub,
    });
    if (result.exitCode !== 0) console.log(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['revision']).toBe('1');
    const manifest = readFileSync(result.outputs['manifest'] as string, 'utf8');
    expect(manifest).toContain(`image: "${image}:v2"`);
    expect(manifest).toContain(`image: "${image}@${digests.noProvenance}"`);
    const v2 = (
      await httpRequestTo(`https://${tls}/v2/${repo}/manifests/v2`, {
        method: 'HEAD',
        headers: {
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
          accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
        },
      })
    ).headers['docker-content-digest'] as string;
    expect(v2).toMatch(/^sha256:/);
    expect(result.summary).toContain('Chart images verified');
    expect(result.summary).toContain(
      `| \`${image}:v2\` | container "log" of Deployment/web | \`${v2}\` | tag v2, resolved through the registry to this digest; the cluster pulls by the tag |`,
    );
    expect(result.summary).toContain(
      `| \`${image}@${digests.noProvenance}\` | init container "migrate" of Deployment/web | \`${digests.noProvenance}\` | digest |`,
    );
    expect(github.deployments).toHaveLength(1);
    github.deployments.length = 0;
    // helm chosen once: the chart's render for the policy and the deploy share one version probe.
    expect(helmProbes()).toEqual(['version --template {{.Version}}']);
  });

  it('canary and the root action render their releases and refuse the same unsigned sidecar; helm only rendered', async () => {
    const chart = sidecarChart('v1', `${image}@${digests.noProvenance}`);
    const sidecar = `Image ${image}:v1 (now ${digests.unsigned}), container "log" of Deployment/`;
    const onlyRendered = () =>
      expect(
        readFileSync(helmLog, 'utf8')
          .trim()
          .split('\n')
          .filter((line) => !/^(version|template) /.test(line)),
      ).toEqual([]);
    const canary = await runInFreshNamespace('canary', (namespace) => ({
      release: 'web',
      namespace,
      chart,
      image: `${image}@${digests.signed}`,
      'check-image': 'false',
      'verify-key': keys.ours.pub,
    }));
    if (canary.exitCode !== 1) console.log(canary.stdout, canary.stderr);
    expect(canary.errors).toEqual([
      expect.stringContaining(`${sidecar}web-canary and 1 more, refused by the verification policy`),
    ]);
    onlyRendered();
    await expectNothingChanged(canary.namespace);
    expect(canary.state['active']).toBeUndefined();

    const dir = mkdtempSync(join(work, 'workspace-'));
    writeFileSync(join(dir, 'cosign.pub'), keys.ours.pub);
    const root = await runInFreshNamespace(
      'slipway',
      (namespace) => {
        writeFileSync(
          join(dir, 'slipway.yml'),
          [
            'release: web',
            `chart: ${chart}`,
            'check-image: false',
            'verify:',
            '  key: ./cosign.pub',
            'environments:',
            '  staging:',
            `    namespace: ${namespace}`,
            '    create-namespace: true',
            '',
          ].join('\n'),
        );
        return { environment: 'staging', image: `${image}@${digests.signed}`, 'github-token': TOKEN };
      },
      { GITHUB_WORKSPACE: dir },
    );
    if (root.exitCode !== 1) console.log(root.stdout, root.stderr);
    expect(root.errors).toEqual([expect.stringContaining(`${sidecar}web, refused by the verification policy`)]);
    onlyRendered();
    await expectNothingChanged(root.namespace);
  });
});
