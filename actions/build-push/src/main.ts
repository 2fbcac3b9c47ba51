import { rmSync } from 'node:fs';
import {
  envInputSource,
  exportVariable,
  getState,
  InputReader,
  outputText,
  runMainOrPost,
  runnerLogger,
  saveState,
  setOutput,
  signalOnTermination,
  runnerDirs,
} from '@slipway/kit';
import { readInputs } from './inputs';

/** One bundle, two runs: main builds and pushes; post removes what main left under RUNNER_TEMP. */
export async function run(): Promise<void> {
  await runMainOrPost(main, post);
}

async function main(): Promise<void> {
  const signal = signalOnTermination();
  const inputs = await readInputs(new InputReader(envInputSource()));
  // The domain code loads once the inputs are good: a bad input fails at the toolkit's own start-up cost (npm run bench).
  const { buildPushStage, runnerCosign } = await import('@slipway/image');
  // cosign is settled (on PATH, cached or downloaded) before anything is built.
  if (inputs.signing) await runnerCosign(inputs.cosign, runnerLogger, signal);
  const secretDirs: string[] = [];
  const onSecretDir = (dir: string) => {
    secretDirs.push(dir);
    saveState('cleanup', secretDirs);
  };
  const built = await buildPushStage(inputs, { logger: runnerLogger, signal, tempDir: runnerDirs().temp, onSecretDir });
  for (const [name, value] of Object.entries(built.outputs)) {
    setOutput(name, value);
    if (built.outputEnv)
      exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, outputText(value));
  }
  built.summary.write();
}

/** Removes the docker config and secret files main wrote, whatever happened to main. */
async function post(): Promise<void> {
  // image (and its registry client) loads in the post step only to remove what main wrote.
  const { removeDockerConfig } = await import('@slipway/image');
  const dirs = JSON.parse(getState('cleanup') || '[]') as string[];
  for (const dir of dirs)
    if (!removeDockerConfig(dir) && /slipway-build-[0-9a-f-]{36}$/.test(dir))
      rmSync(dir, { recursive: true, force: true });
  runnerLogger.info(`Removed ${dirs.length} temporary directories (docker config, build secrets)`);
}
