import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ambientKubeconfig } from './kubeconfig-file';
import { loadKubeconfigEnv, mergeKubeconfigs } from './kubeconfig-merge';
import { parseKubeconfig } from './kubeconfig';

const first = `
apiVersion: v1
kind: Config
clusters:
  - name: shared
    cluster: { server: https://first.example:6443, certificate-authority: ca.crt }
users:
  - name: deployer
    user: { client-certificate: certs/deployer.crt, client-key: /abs/deployer.key }
contexts:
  - name: staging
    context: { cluster: shared, user: deployer, namespace: staging }
`;
const second = `
apiVersion: v1
kind: Config
clusters:
  - name: shared
    cluster: { server: https://second.example:6443 }
  - name: prod
    cluster: { server: https://prod.example:6443, certificate-authority: ../ca/prod.crt }
users:
  - name: eks
    user:
      exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: bin/get-token, args: [prod] }
  - name: aws
    user:
      exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: aws }
  - name: file-token
    user: { tokenFile: token }
contexts:
  - name: prod
    context: { cluster: prod, user: eks }
  - name: staging
    context: { cluster: prod, user: aws }
current-context: prod
`;
const third = `
current-context: staging
contexts: []
`;

type Merged = Record<string, Array<{ name: string } & Record<string, Record<string, unknown>>>>;

/** Writes the texts to files in folders of their own; returns the paths. */
function files(...texts: string[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'slipway-merge-'));
  mkdirSync(join(root, 'ca'));
  writeFileSync(join(root, 'ca', 'prod.crt'), 'the prod CA');
  return texts.map((text, i) => {
    const path = join(root, `dir${i}`, 'config');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
}

describe('mergeKubeconfigs, as kubectl merges KUBECONFIG', () => {
  it('the first file to define a name wins it whole; current-context from the first that sets one', async () => {
    const [a, b, c] = files(first, second, third) as [string, string, string];
    const merged = parse(
      await mergeKubeconfigs([a, b, c].map((path) => ({ path, text: readFileSync(path, 'utf8') }))),
    ) as Merged;
    expect(merged['current-context']).toBe('prod');
    expect(merged['clusters']?.map((x) => [x.name, x['cluster']?.['server']])).toEqual([
      ['shared', 'https://first.example:6443'],
      ['prod', 'https://prod.example:6443'],
    ]);
    // staging is the first file's, whole: its namespace and user, not a mix with the second's.
    expect(merged['contexts']?.find((x) => x.name === 'staging')?.['context']).toEqual({
      cluster: 'shared',
      user: 'deployer',
      namespace: 'staging',
    });
    expect(merged['users']?.map((x) => x.name)).toEqual(['deployer', 'eks', 'aws', 'file-token']);
  });

  it("resolves each file's relative paths against that file's folder; PATH commands and absolute paths stay", async () => {
    const [a, b] = files(first, second) as [string, string];
    const merged = parse(
      await mergeKubeconfigs([a, b].map((path) => ({ path, text: readFileSync(path, 'utf8') }))),
    ) as Merged;
    const cluster = (name: string) => merged['clusters']?.find((x) => x.name === name)?.['cluster'];
    const user = (name: string) => merged['users']?.find((x) => x.name === name)?.['user'];
    expect(cluster('shared')?.['certificate-authority']).toBe(join(dirname(a), 'ca.crt'));
    expect(cluster('prod')?.['certificate-authority']).toBe(join(dirname(b), '..', 'ca', 'prod.crt'));
    expect(user('deployer')).toEqual({
      'client-certificate': join(dirname(a), 'certs', 'deployer.crt'),
      'client-key': '/abs/deployer.key',
    });
    expect(user('eks')?.['exec']).toMatchObject({ command: join(dirname(b), 'bin', 'get-token'), args: ['prod'] });
    expect(user('aws')?.['exec']).toMatchObject({ command: 'aws' });
    expect(user('file-token')?.['tokenFile']).toBe(join(dirname(b), 'token'));
  });

  it('names the file that is not a kubeconfig', async () => {
    const [a] = files('- a list') as [string];
    await expect(mergeKubeconfigs([{ path: a, text: '- a list' }])).rejects.toThrow(
      `${a}: expected a kubeconfig (a YAML map with clusters, users and contexts)`,
    );
  });
});

describe('the KUBECONFIG variable', () => {
  it('reads every path, skipping empty entries and files that do not exist; the context may be in the second', async () => {
    const [a, b] = files(first, second) as [string, string];
    const { text, baseDir } = await loadKubeconfigEnv(`${a}::/nonexistent/config:${b}`);
    const access = await parseKubeconfig(text, { baseDir, context: 'prod' });
    expect(access).toMatchObject({ server: 'https://prod.example:6443', context: 'prod' });
    expect(access.exec?.command).toBe(join(dirname(b), 'bin', 'get-token'));
    expect(access.ca?.toString()).toBe('the prod CA');
    // No context named: the second file's current-context.
    expect((await parseKubeconfig(text, { baseDir })).context).toBe('prod');
  });

  it('a single path is read as it is, relative to its folder', async () => {
    const [b] = files(second) as [string];
    const { text, baseDir } = await loadKubeconfigEnv(b);
    expect(text).toBe(second);
    expect(baseDir).toBe(dirname(b));
  });

  it('names the paths when none exists', async () => {
    await expect(loadKubeconfigEnv('/nonexistent/a:/nonexistent/b')).rejects.toThrow(
      'KUBECONFIG names no file that exists (/nonexistent/a, /nonexistent/b)',
    );
  });

  it('hands helm one file: a single path as it is, several merged 0600 under RUNNER_TEMP', async () => {
    const [a, b] = files(first, second) as [string, string];
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const written: string[] = [];
    expect(await ambientKubeconfig(a, runnerTemp, (p) => written.push(p))).toBe(a);
    expect(await ambientKubeconfig(undefined, runnerTemp)).toBeUndefined();
    expect(written).toEqual([]);
    const path = await ambientKubeconfig(`${a}:${b}`, runnerTemp, (p) => written.push(p));
    expect(written).toEqual([path]);
    expect(path?.startsWith(runnerTemp)).toBe(true);
    expect(statSync(path as string).mode & 0o777).toBe(0o600);
    expect((await parseKubeconfig(readFileSync(path as string, 'utf8'), { context: 'prod' })).server).toBe(
      'https://prod.example:6443',
    );
  });
});
