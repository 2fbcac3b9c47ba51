import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENTINEL_SECRETS as S } from '../support/secret-sentinels';

/** Where every side effect of a run would land: sentinel executables first on PATH, a sentinel server. */
export interface SentinelTargets {
  workspace: string;
  /** http://127.0.0.1:<port> of the sentinel server. */
  url: string;
  /** https://127.0.0.1:<port> of the same server over TLS (self-signed): the kubeconfigs' server. */
  tlsUrl: string;
  host: string;
}

/**
 * Inputs that pass every action's validation, pointing every external effect at the sentinels:
 * fuzzing one input at a time against them means a failure names that input, and a success
 * shows validation let it through. Actions not listed here are fuzzed with their inputs alone.
 */
export function baselineInputs(action: string, t: SentinelTargets): Record<string, string> {
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: sentinel`,
    `  cluster: { server: '${t.tlsUrl}', insecure-skip-tls-verify: true }`,
    'users:',
    `- name: sentinel`,
    `  user: { token: ${S.kubeToken} }`,
    'contexts:',
    '- name: sentinel',
    '  context: { cluster: sentinel, user: sentinel }',
    'current-context: sentinel',
  ].join('\n');
  const all: Record<string, Record<string, string>> = {
    'build-push': {
      images: `${t.host}/acme/app`,
      tags: 'type=raw,value=v1',
      context: '.',
      builder: 'docker',
      username: 'sentinel',
      password: S.registryPassword,
      'retry-attempts': '1',
    },
    'helm-deploy': {
      release: 'web',
      chart: './chart',
      kubeconfig,
      'github-token': S.githubToken,
      environment: 'staging',
      'helm-download-url': t.url,
      timeout: '5s',
    },
    canary: {
      release: 'web',
      image: `${t.host}/acme/web:2`,
      chart: './chart',
      kubeconfig,
      'prometheus-url': t.url,
      'prometheus-token': S.prometheusToken,
      'helm-download-url': t.url,
      timeout: '5s',
    },
    'delivery-metrics': { environment: 'production', source: 'cluster', namespace: 'shop', release: 'web', kubeconfig },
    slipway: {
      config: 'slipway.yml',
      environment: 'staging',
      image: `${t.host}/acme/web:2`,
      kubeconfig,
      'slack-webhook-url': `${t.url}${S.slackWebhookPath}`,
      'github-token': S.githubToken,
      'prometheus-token': S.prometheusToken,
    },
    'lint-scan': { scanners: 'shellcheck', 'tool-base-url': t.url, token: S.githubToken },
    'slack-notify': { 'webhook-url': `${t.url}${S.slackWebhookPath}`, status: 'success', timeout: '2s' },
    'smoke-test': {
      checks: '- path: /health',
      'base-url': t.url,
      timeout: '1s',
      headers: `Authorization: Bearer ${S.githubToken}`,
    },
  };
  return { ...(all[action] ?? {}) };
}

/** Inputs that take a path anywhere by design (secrets and caches live outside the workspace). */
export const PATHS_ALLOWED_OUTSIDE: Record<string, string[]> = {
  'build-push': ['docker-config', 'secret-files'],
  'lint-scan': ['tool-cache'],
};

/** The files the baselines name, in a workspace of their own. */
export function writeWorkspace(workspace: string): void {
  mkdirSync(join(workspace, 'chart', 'templates'), { recursive: true });
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
  writeFileSync(join(workspace, 'hello.txt'), 'hello\n');
  writeFileSync(join(workspace, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
  writeFileSync(join(workspace, 'values.yaml'), 'replicaCount: 1\n');
  writeFileSync(join(workspace, 'checks.yml'), '- path: /health\n');
  writeFileSync(join(workspace, 'payload.json'), '{"text": "hello"}\n');
  writeFileSync(join(workspace, 'deploy.sh'), '#!/bin/sh\necho ok\n');
  writeFileSync(
    join(workspace, 'slipway.yml'),
    // Short timeouts, and helm downloads from a closed local port: a bundle run that gets past
    // validation ends in seconds and sends nothing off this machine.
    [
      'release: web',
      'chart: ./chart',
      'timeout: 5s',
      'helm: { download-url: "http://127.0.0.1:9" }',
      'notify: { timeout: 2s }',
      'environments:',
      '  staging:',
      '    namespace: staging',
      '    url: http://127.0.0.1:9',
      '',
    ].join('\n'),
  );
}
