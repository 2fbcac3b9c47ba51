export { parseImageRef, taggedRef, digestRef, DIGEST_PATTERN, type ImageRef } from './image-ref';
export { sanitizeTag, checkTag, TAG_PATTERN } from './tag-name';
export { contextFromEnv, commitOf, isDefaultBranch, baseRefOf, type EventContext } from './event-context';
export { parseImageList, type ImageList } from './image-list';
export { parsePep440, pep440Version, type Pep440Version } from './pep440';
export { readMetadataEnv, ANNOTATION_LEVELS, type MetadataEnv, type AnnotationLevel } from './metadata-env';
export { parseTagRules, parseFlavor, ruleRegExp, DEFAULT_TAG_RULES, type TagRule, type Flavor } from './tag-rules';
export { computeTags, type ComputedTags, type TagOptions } from './compute-tags';
export { renderTemplate, renderValues } from './template';
export { formatDate } from './date-format';
export { ociLabels, labelLines } from './oci-labels';
export { RegistryClient, type RegistryCredentials, type ManifestInfo } from './registry-client';
export { classifyPushFailure, isTransientStatus, statusOf, type PushFailure } from './registry-errors';
export { writeDockerConfig, removeDockerConfig, credentialsFor, type RegistryLogin } from './docker-config';
export type { BuildRequest, BuildSettings, BuilderKind } from './build-request';
export { buildxArgs } from './builders/buildx-args';
export { dockerBuildArgs, dockerPushArgs } from './builders/docker-args';
export { canAppendLabels, labelInstruction, appendLabelLine, dockerfileEscape } from './builders/label-dockerfile';
export { buildahBuildArgs, buildahPushArgs } from './builders/buildah-args';
export { selectBuilder, checkBuilderSupport } from './builders/select-builder';
export { pushWithRetry, type RetryPolicy } from './push-with-retry';
export {
  buildAndPush,
  type BuildPushChoices,
  type BuildPushOptions,
  type BuildPushResult,
  type BuildPushDeps,
} from './build-push';
export { buildPushSummary, formatBytes } from './build-summary';
export { buildPushStage, type BuildPushStageRequest, type BuildPushStageOptions } from './build-push-stage';
export { buildPushOutputs, annotationLines } from './build-outputs';
export { COSIGN_PIN, SYFT_PIN } from './signing/tool-pins';
export {
  cosignSignArgs,
  cosignAttestArgs,
  cosignVerifyArgs,
  cosignVerifyAttestationArgs,
  KMS_KEY,
} from './signing/cosign-args';
export { findCosign, findSyft, type FoundTool } from './signing/find-cosign';
export { runFactsFromEnv, slsaProvenance, builderId, SLSA_PROVENANCE_V1, type RunFacts } from './signing/provenance';
export {
  signImage,
  cosignTag,
  syftScanArgs,
  SBOM_FORMATS,
  type SbomFormat,
  type SigningRequest,
  type SignedImage,
} from './signing/sign-image';
export {
  describePolicy,
  keyLabel,
  classifyCosignFailure,
  refusalLine,
  ATTESTATION_TYPES,
  type VerifyPolicy,
  type CheckResult,
} from './signing/verify-policy';
export { verifyImage, type ImageSource, type VerifiedImage, type VerifyDeps } from './signing/verify-image';
export {
  ATTESTATION_TYPE,
  ATTESTATION_EXPECTED,
  policyProblem,
  readVerifyInputs,
  type PolicyProblem,
} from './signing/verify-inputs';
export { verifyDeployImage, verifiedSummary, type DeployImageDeps } from './signing/verify-deploy';
export { readCosignInputs, type CosignInputs } from './signing/cosign-inputs';
export { resolveCosign, cosignAssetName, type CosignResolution } from './signing/install-cosign';
export { runnerCosign } from './signing/runner-cosign';
