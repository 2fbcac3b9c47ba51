import { ConfigError } from '@slipway/kit';

/** The annotation levels BuildKit knows (docs/annotations.md). */
export const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

/** docker/metadata-action's DOCKER_METADATA_* environment switches that build-push honours. */
export interface MetadataEnv {
  /** DOCKER_METADATA_PR_HEAD_SHA: a pull request's sha tag, {{sha}} and revision label name its head commit. */
  prHeadSha: boolean;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH: characters of type=sha and {{sha}} (default 7). */
  shortShaLength: number;
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS: the levels of the `annotations` and `json` outputs (default manifest). */
  annotationLevels: AnnotationLevel[];
  /** DOCKER_METADATA_SET_OUTPUT_ENV: also export each output as DOCKER_METADATA_OUTPUT_<NAME> (here: off by default). */
  setOutputEnv: boolean;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (/^(true|1)$/i.test(text)) return true;
  if (/^(false|0)$/i.test(text)) return false;
  throw new ConfigError(`${name}: expected true or false, got "${text}"`);
}

/** Reads the switches; a bad value is a ConfigError naming the variable, before anything is built. */
export function readMetadataEnv(env: NodeJS.ProcessEnv = process.env): MetadataEnv {
  const lengthText = env['DOCKER_METADATA_SHORT_SHA_LENGTH']?.trim();
  let shortShaLength = 7;
  if (lengthText) {
    if (!/^\d+$/.test(lengthText) || Number(lengthText) < 1)
      throw new ConfigError(
        `DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number of characters such as 12, got "${lengthText}"`,
      );
    shortShaLength = Number(lengthText);
  }
  const levelsText = env['DOCKER_METADATA_ANNOTATIONS_LEVELS']?.trim();
  const annotationLevels = (levelsText || 'manifest').split(',').map((l) => l.trim()) as AnnotationLevel[];
  for (const level of annotationLevels)
    if (!ANNOTATION_LEVELS.includes(level))
      throw new ConfigError(
        `DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among ${ANNOTATION_LEVELS.join(', ')} separated by commas, got "${levelsText}"`,
      );
  return {
    prHeadSha: bool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
    shortShaLength,
    annotationLevels,
    setOutputEnv: bool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', false),
  };
}
