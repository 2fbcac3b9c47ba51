import { readFileSync, writeFileSync } from 'node:fs';
import type { CertPair } from './certs';

export interface KubeconfigSpec {
  server: string;
  /** The cluster's name in the kubeconfig (default slipway-sandbox); contexts are <user>@<cluster>. */
  cluster?: string;
  caCert: string;
  client: CertPair;
  user: string;
  namespace?: string;
}

function b64(path: string): string {
  return readFileSync(path).toString('base64');
}

/** A self-contained kubeconfig (certificates embedded), so it can be copied anywhere. */
export function renderKubeconfig(spec: KubeconfigSpec): string {
  const cluster = spec.cluster ?? 'slipway-sandbox';
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `  - name: ${cluster}`,
    '    cluster:',
    `      server: ${spec.server}`,
    `      certificate-authority-data: ${b64(spec.caCert)}`,
    'users:',
    `  - name: ${spec.user}`,
    '    user:',
    `      client-certificate-data: ${b64(spec.client.cert)}`,
    `      client-key-data: ${b64(spec.client.key)}`,
    'contexts:',
    `  - name: ${spec.user}@${cluster}`,
    '    context:',
    `      cluster: ${cluster}`,
    `      user: ${spec.user}`,
    ...(spec.namespace ? [`      namespace: ${spec.namespace}`] : []),
    `current-context: ${spec.user}@${cluster}`,
    '',
  ].join('\n');
}

export function writeKubeconfig(path: string, spec: KubeconfigSpec): string {
  writeFileSync(path, renderKubeconfig(spec), { mode: 0o600 });
  return path;
}
