import { readFileSync } from 'node:fs';
import { ComponentError } from './component';
import { down } from './down';
import { envFilePath } from './paths';
import { loadSandboxEnv, SandboxNotUpError } from './load-sandbox-env';
import { status } from './status';
import { up } from './up';
import { maxClusters } from './ports';
import { Progress } from './progress';
import { setRefuseReady } from './refuse-ready';
import { CliArgsError, parseRefuseReadyArgs, parseUpArgs } from './cli-args';
import { sandboxClusters } from './sandbox-clusters';

const usage = `usage: npm run sandbox -- <command>

  up      bring every component up (idempotent) and write the env file
          --for demo: only what the demo's pipeline uses (no helm v4, no TLS registry)
          --clusters N: N Kubernetes clusters (1..${maxClusters}), each its own etcd, control plane and kwok
  down    stop what up started and remove the sandbox state
  status  say what is up, with each component's log
  env     print the env file (ports, paths, kubeconfigs, credentials)
  refuse-ready <i> [--off]
          cluster i's new pods never become Ready (--off: they do again)
`;

const progress = new Progress(process.stdout);
const log = progress.log;

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case 'up': {
      const started = Date.now();
      const { purpose, clusters } = parseUpArgs(args);
      progress.run();
      const envFile = await up({ progress, purpose, clusters }).finally(() => progress.stop());
      log(`sandbox is up in ${((Date.now() - started) / 1000).toFixed(1)}s; env file: ${envFile}`);
      return 0;
    }
    case 'down':
      await down(log);
      return 0;
    case 'status':
      return status(log) ? 0 : 3;
    case 'refuse-ready': {
      const env = loadSandboxEnv();
      const { index, refuse } = parseRefuseReadyArgs(args, sandboxClusters(env).length);
      await setRefuseReady(env, index, refuse);
      log(`cluster ${index}: new pods ${refuse ? 'never become Ready (refuse-ready on)' : 'become Ready again'}`);
      return 0;
    }
    case 'env':
      loadSandboxEnv();
      process.stdout.write(readFileSync(envFilePath(), 'utf8'));
      return 0;
    default:
      process.stderr.write(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ComponentError || error instanceof SandboxNotUpError || error instanceof CliArgsError) {
      console.error(`sandbox: ${error.message}`);
    } else {
      console.error(`sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    process.exit(1);
  },
);
