import type { BuildPushResult } from './build-push';
import type { ComputedTags } from './compute-tags';
import type { AnnotationLevel } from './metadata-env';
import { labelLines } from './oci-labels';

/** Annotations as metadata-action's `annotations` output gives them: `level:key=value`, every level in turn. */
export function annotationLines(annotations: Record<string, string>, levels: AnnotationLevel[]): string[] {
  return levels.flatMap((level) => labelLines(annotations).map((line) => `${level}:${line}`));
}

/** The step outputs, in the shapes the next actions take (image-ref feeds helm-deploy as it is). */
export function buildPushOutputs(
  result: BuildPushResult,
  computed: ComputedTags,
  labels: Record<string, string>,
  annotations: Record<string, string>,
  annotationLevels: AnnotationLevel[] = ['manifest'],
): Record<string, string | object> {
  // With no image enabled the tags are bare, as metadata-action gives them without `images`.
  const tags = result.refs.length ? result.refs : computed.tags;
  const leveled = annotationLines(annotations, annotationLevels);
  return {
    digest: result.digest,
    'image-ref': result.imageRef,
    'image-id': result.imageId,
    version: computed.version,
    tags: tags.join('\n'),
    labels: labelLines(labels).join('\n'),
    annotations: leveled.join('\n'),
    json: { tags, labels, annotations: leveled },
    signatures: (result.signed?.signatures ?? []).join('\n'),
    attestations: (result.signed?.attestations ?? []).join('\n'),
    metadata: {
      version: computed.version,
      tags,
      labels,
      annotations,
      digest: result.digest,
      'image-ref': result.imageRef,
      builder: result.builder ?? null,
      registries: result.registries,
      size: result.sizeBytes ?? null,
      'build-ms': Math.round(result.buildMs),
      skipped: result.skipped,
      signatures: result.signed?.signatures ?? [],
      attestations: result.signed?.attestations ?? [],
    },
  };
}
