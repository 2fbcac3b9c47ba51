import { rmSync } from 'node:fs';
import {
  ConfigError,
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
  const {
    buildAndPush,
    buildPushSummary,
    computeTags,
    contextFromEnv,
    buildPushOutputs,
    ociLabels,
    readMetadataEnv,
    renderValues,
    runnerCosign,
  } = await import('@slipway/image');
  // cosign is settled (on PATH, cached or downloaded) before anything is built.
  if (inputs.signing) await runnerCosign(inputs.cosign, runnerLogger, signal);
  const switches = readMetadataEnv();
  for (const note of inputs.notes) runnerLogger.info(note);
  const ctx = { ...contextFromEnv(), usePrHeadSha: switches.prHeadSha };
  const computed = computeTags(inputs.rules, inputs.flavor, ctx, { shortShaLength: switches.shortShaLength });
  for (const note of computed.notes) runnerLogger.info(note);
  if (!computed.tags.length)
    throw new ConfigError(
      `Input 'tags': expected a rule that applies to this event (${ctx.eventName || 'no event'} on ${ctx.ref || 'no ref'}), got no tag; add one such as "type=sha"`,
    );
  const length = switches.shortShaLength;
  const labels = ociLabels(ctx, computed.version, renderValues(inputs.labels, ctx, `Input 'labels'`, length));
  const annotations = {
    ...ociLabels(ctx, computed.version),
    ...renderValues(inputs.annotations, ctx, `Input 'annotations'`, length),
  };
  const secretDirs: string[] = [];
  const result = await runnerLogger.group(`Build and push ${inputs.images.map((i) => i.name).join(', ')}`, () =>
    buildAndPush(
      {
        ...inputs,
        tags: computed.tags,
        labels,
        annotations,
        annotationLevels: switches.annotationLevels,
        retry: {
          attempts: inputs.retryAttempts,
          deadlineMs: inputs.retryDeadlineMs,
          baseDelayMs: inputs.retryDelayMs,
          maxDelayMs: 30_000,
        },
        tempDir: runnerDirs().temp,
        onSecretDir: (dir) => {
          secretDirs.push(dir);
          saveState('cleanup', secretDirs);
        },
        signal,
      },
      { logger: runnerLogger },
    ),
  );
  const outputs = buildPushOutputs(result, computed, labels, annotations, switches.annotationLevels);
  for (const [name, value] of Object.entries(outputs)) {
    setOutput(name, value);
    if (switches.setOutputEnv)
      exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, outputText(value));
  }
  // No image enabled: the summary lists the bare tags the outputs carry.
  buildPushSummary(result, inputs.push, computed.tags).write();
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
