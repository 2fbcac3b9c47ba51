import { execFileSync } from 'node:child_process';
import type { SandboxEnv } from '@slipway/sandbox';

/** The sandbox API server's own /openapi/v2 document (fetched on 127.0.0.1 by kubectl): what kube-openapi takes. */
export function clusterOpenApi(sandbox: SandboxEnv): Buffer {
  return execFileSync(sandbox['KUBECTL'] as string, ['get', '--raw', '/openapi/v2'], {
    env: { ...process.env, KUBECONFIG: sandbox['KUBECONFIG'] as string },
    maxBuffer: 64 * 1024 * 1024,
  });
}
