export {
  parseHelmVersion,
  parseVersionSpec,
  satisfies,
  exactVersion,
  formatHelmVersion,
  type HelmVersion,
  type HelmVersionSpec,
} from './helm-version';
export { upgradeFlags, waitFlags, timeoutFlag, dryRunFlags, type UpgradeBehaviour } from './helm-flags';
export { installHelm, helmArchiveName, type InstallHelmOptions } from './install-helm';
export {
  chooseHelm,
  resolveHelm,
  findOnPath,
  helmVersionOf,
  type HelmChoice,
  type ResolvedHelm,
  type ResolveHelmOptions,
} from './resolve-helm';
export {
  HelmCli,
  HelmCommandError,
  parseReleaseJson,
  type HelmTarget,
  type ReleaseRecord,
  type UpgradeRequest,
} from './helm-cli';
export { SecretReleaseReader, revisionsFromSecrets, usesSecretStorage, type ReleaseReader } from './release-secrets';
export {
  parseHistory,
  classifyRelease,
  lastGoodRevision,
  isPending,
  type Revision,
  type ReleaseState,
} from './release-history';
export { recoverStuckRelease, type Recovery } from './recover-release';
export { runRelease } from './deploy/deploy-release';
export { verifyBeforeChange, type VerifyBeforeChangeOptions, type VerifiedChange } from './deploy/verify-before-change';
export { verifyBeforeDeploy } from './deploy/verify-deploy';
export { podImages, imagesInManifest, type PodImage } from './deploy/release-content';
export { deploySummary } from './deploy/deploy-summary';
export { liveColour } from './deploy/live-colour';
export { deployOutputs } from './deploy/deploy-outputs';
export type {
  DeployRequest,
  DeployContext,
  DeployReport,
  DeployStatus,
  BlueGreenSettings,
} from './deploy/deploy-types';
export { parseKeepPrevious, describeKeepPrevious, type KeepPrevious } from './blue-green/keep-previous';
export { BLUE_GREEN_RELEASE_MAX, DNS_LABEL, DNS_LABEL_MAX, isDnsLabel } from './blue-green/blue-green-names';
export {
  COLOURS,
  ANNOTATION as BLUE_GREEN_ANNOTATION,
  colourRelease,
  otherColour,
  readColourState,
  switchedService,
  colourServiceIn,
  type Colour,
  type ColourState,
} from './blue-green/colour-state';
export {
  splitImageRef,
  pinnedImageRef,
  imageValues,
  mergeValues,
  nestValues,
  DEFAULT_IMAGE_VALUES,
  type ImageParts,
  type ImageValuePaths,
} from './deploy/image-values';
export { checkImageExists, registryOf } from './deploy/image-exists';
export { planChanges, lineDiff } from './deploy/manifest-diff';
export { openSession, type SessionOptions } from './deploy/open-session';
export { openJobSession, KUBECONFIG_STATE, type JobSessionOptions } from './deploy/job-session';
export {
  readChart,
  readChartVersion,
  readValuesFiles,
  readValuesMap,
  readImageValues,
  readKubeconfig,
  readClusterAccess,
  type ClusterAccessInputs,
} from './release-inputs';
