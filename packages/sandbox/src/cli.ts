import { readFileSync } from 'node:fs';
import { ComponentError } from './component';
import { down } from './down';
import { envFilePath } from './paths';
import { loadSandboxEnv, SandboxNotUpError } from './load-sandbox-env';
import { status } from './status';
import { up } from './up';
import type { Purpose } from './binaries';
import { Progress } from './progress';

const usage = `usage: npm run sandbox -- <command>

  up      bring every component up (idempotent) and write the env file
          --for demo: only what the demo's pipeline uses (no helm v4, no TLS registry)
  down    stop what up started and remove the sandbox state
  status  say what is up, with each component's log
  env     print the env file (ports, paths, kubeconfigs, credentials)
`;

const progress = new Progress(process.stdout);
const log = progress.log;

function purposeOf(args: string[]): Purpose {
  const index = args.indexOf('--for');
  const value = index === -1 ? 'test' : args[index + 1];
  if (value === 'test' || value === 'demo') return value;
  throw new ComponentError('up', `--for: expected "test" or "demo", got ${JSON.stringify(value ?? '')}`);
}

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case 'up': {
      const started = Date.now();
      const purpose = purposeOf(args);
      progress.run();
      const envFile = await up({ progress, purpose }).finally(() => progress.stop());
      log(`sandbox is up in ${((Date.now() - started) / 1000).toFixed(1)}s; env file: ${envFile}`);
      return 0;
    }
    case 'down':
      await down(log);
      return 0;
    case 'status':
      return status(log) ? 0 : 3;
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
    if (error instanceof ComponentError || error instanceof SandboxNotUpError) {
      console.error(`sandbox: ${error.message}`);
    } else {
      console.error(`sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    process.exit(1);
  },
);
