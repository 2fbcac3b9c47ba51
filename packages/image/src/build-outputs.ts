import type { BuildPushResult } from './build-push';
import type { ComputedTags } from './compute-tags';
import { labelLines } from './oci-labels';

/** The step outputs, in the shapes the next actions take (image-ref feeds helm-deploy as it is). */
export function buildPushOutputs(
  result: BuildPushResult,
  computed: ComputedTags,
  labels: Record<string, string>,
  annotations: Record<string, string>,
): Record<string, string | object> {
  return {
    digest: result.digest,
    'image-ref': result.imageRef,
    'image-id': result.imageId,
    version: computed.version,
    tags: result.refs.join('\n'),
    labels: labelLines(labels).join('\n'),
    metadata: {
      version: computed.version,
      tags: result.refs,
      labels,
      annotations,
      digest: result.digest,
      'image-ref': result.imageRef,
      builder: result.builder ?? null,
      registries: result.registries,
      size: result.sizeBytes ?? null,
      'build-ms': Math.round(result.buildMs),
      skipped: result.skipped,
    },
  };
}
