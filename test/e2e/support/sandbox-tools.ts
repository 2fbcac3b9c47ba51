import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SandboxEnv } from '@slipway/sandbox';

const run = promisify(execFile);

/** kubectl, helm 3 and docker of the sandbox, as its admin: what the e2e suites set up and inspect with. */
export function sandboxTools(sandbox: SandboxEnv) {
  const env = { ...process.env, ...sandbox, KUBECONFIG: sandbox['SLIPWAY_KUBECONFIG_ADMIN'] };
  return {
    kubectl: (...args: string[]) => run(sandbox['KUBECTL'] as string, args, { env }),
    helm: (...args: string[]) => run(sandbox['HELM3'] as string, args, { env }),
    docker: (...args: string[]) => run('docker', args, { env }),
  };
}
