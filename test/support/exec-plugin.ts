import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-action';

/** One run of test/fixtures/exec-plugin/token-plugin.mjs, as it logged it. */
export interface PluginRun {
  run: number;
  tokenIndex: number;
  /** The program that ran it: node for our client, helm for helm's own. */
  parent: string;
  info: { apiVersion: string; kind: string; spec: { interactive: boolean; cluster?: Record<string, unknown> } };
}

/**
 * A kubeconfig whose user runs the counting exec plugin (handing out `tokens` in turn, each
 * valid for `lifetimeSeconds` when set), and the runs it made so far.
 */
export function execPluginKubeconfig(options: {
  server: string;
  /** The server's CA certificate (PEM). */
  ca: string | Buffer;
  tokens: string;
  lifetimeSeconds?: number;
  apiVersion?: string;
  provideClusterInfo?: boolean;
  /** More YAML for the cluster entry (indented as its fields). */
  clusterExtra?: string;
}): { yaml: string; runs: () => PluginRun[] } {
  const countFile = join(mkdtempSync(join(tmpdir(), 'slipway-exec-runs-')), 'runs');
  const plugin = join(repoRoot, 'test', 'fixtures', 'exec-plugin', 'token-plugin.mjs');
  const yaml = `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster:
      server: ${options.server}
      certificate-authority-data: ${Buffer.from(options.ca).toString('base64')}
${options.clusterExtra ?? ''}
users:
  - name: u
    user:
      exec:
        apiVersion: ${options.apiVersion ?? 'client.authentication.k8s.io/v1'}
        command: ${process.execPath}
        args: [${plugin}]
        interactiveMode: Never
        provideClusterInfo: ${options.provideClusterInfo ?? false}
        env:
          - { name: COUNT_FILE, value: ${countFile} }
          - { name: TOKENS, value: "${options.tokens}" }
          - { name: LIFETIME_SECONDS, value: "${options.lifetimeSeconds ?? 0}" }
contexts:
  - name: ctx
    context: { cluster: c, user: u }
current-context: ctx
`;
  const runs = (): PluginRun[] => {
    try {
      return readFileSync(countFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as PluginRun);
    } catch {
      return [];
    }
  };
  return { yaml, runs };
}
