/** What the user chose for one build, the same from build-push's inputs down to every builder. */
export interface BuildSettings {
  context: string;
  file: string;
  buildArgs: Record<string, string>;
  target?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  /** buildx only: "true", "false", "mode=max" … */
  provenance?: string;
  sbom?: string;
  push: boolean;
  load: boolean;
}

/** Everything a builder needs for one build: data only, the argv is the builder's business. */
export interface BuildRequest extends BuildSettings {
  /** Full references: name:tag. */
  tags: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS: where buildx attaches the annotations (default: the manifest). */
  annotationLevels?: string[];
  /** Build secrets as files (0600); only the id and the path reach the argv. */
  secrets: Array<{ id: string; file: string }>;
  /** Where the builder writes the image id. */
  iidFile: string;
  /** buildx: where it writes its metadata JSON (containerimage.digest). */
  metadataFile: string;
}

export type BuilderKind = 'buildx' | 'docker' | 'buildah';
