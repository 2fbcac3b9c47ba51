import { ConfigError, type Logger } from '@slipway/kit';
import { buildAndPush, type BuildPushChoices } from './build-push';
import { buildPushOutputs } from './build-outputs';
import { buildPushSummary } from './build-summary';
import { computeTags } from './compute-tags';
import { contextFromEnv } from './event-context';
import { readMetadataEnv } from './metadata-env';
import { ociLabels } from './oci-labels';
import type { Flavor, TagRule } from './tag-rules';
import { renderValues } from './template';

/** build-push's choices as its inputs give them: the tag rules and templates not yet rendered. */
export interface BuildPushStageRequest extends BuildPushChoices {
  /** What the action says about its inputs before it works (an image name lower-cased, say). */
  notes: string[];
  rules: TagRule[];
  flavor: Flavor;
  /** Templates ({{branch}} …), rendered once the run's facts are known. */
  labels: Record<string, string>;
  annotations: Record<string, string>;
  retryAttempts: number;
  retryDeadlineMs: number;
  retryDelayMs: number;
}

export interface BuildPushStageOptions {
  logger: Logger;
  signal?: AbortSignal;
  /** RUNNER_TEMP: where the docker config and secret files go. */
  tempDir: string;
  /** Called as soon as a secret-holding directory exists, so `post:` can remove it even after a crash. */
  onSecretDir: (dir: string) => void;
}

/**
 * The build-push stage: the run's tags, labels and annotations computed from its event (and
 * docker/metadata-action's DOCKER_METADATA_* switches), then the images built and pushed; the
 * step's outputs and summary. A run whose rules give no tag is a ConfigError before anything is built.
 */
export async function buildPushStage(request: BuildPushStageRequest, options: BuildPushStageOptions) {
  const { logger, ...step } = options;
  const switches = readMetadataEnv();
  for (const note of request.notes) logger.info(note);
  const ctx = { ...contextFromEnv(), usePrHeadSha: switches.prHeadSha };
  const computed = computeTags(request.rules, request.flavor, ctx, { shortShaLength: switches.shortShaLength });
  for (const note of computed.notes) logger.info(note);
  if (!computed.tags.length)
    throw new ConfigError(
      `Input 'tags': expected a rule that applies to this event (${ctx.eventName || 'no event'} on ${ctx.ref || 'no ref'}), got no tag; add one such as "type=sha"`,
    );
  const length = switches.shortShaLength;
  const labels = ociLabels(ctx, computed.version, renderValues(request.labels, ctx, `Input 'labels'`, length));
  const annotations = {
    ...ociLabels(ctx, computed.version),
    ...renderValues(request.annotations, ctx, `Input 'annotations'`, length),
  };
  const retry = {
    attempts: request.retryAttempts,
    deadlineMs: request.retryDeadlineMs,
    baseDelayMs: request.retryDelayMs,
    maxDelayMs: 30_000,
  };
  const { annotationLevels } = switches;
  const result = await logger.group(`Build and push ${request.images.map((i) => i.name).join(', ')}`, () =>
    buildAndPush(
      { ...request, ...step, tags: computed.tags, labels, annotations, annotationLevels, retry },
      { logger },
    ),
  );
  return {
    outputs: buildPushOutputs(result, computed, labels, annotations, annotationLevels),
    /** DOCKER_METADATA_SET_OUTPUT_ENV: each output exported as DOCKER_METADATA_OUTPUT_<NAME> too. */
    outputEnv: switches.setOutputEnv,
    // No image enabled: the summary lists the bare tags the outputs carry.
    summary: buildPushSummary(result, request.push, computed.tags),
  };
}
