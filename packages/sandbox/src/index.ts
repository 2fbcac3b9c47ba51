export { loadSandboxEnv, SandboxNotUpError } from './load-sandbox-env';
export type { SandboxEnv } from './env-file';
export { parseEnvFile, renderEnvFile } from './env-file';
export { textTable, type TextTableOptions } from './text-table';
export { jobGraphSvg, type GraphJob } from './job-graph-svg';
export { readTiming, readAllTimings, writeTiming, type Timing } from './timings';
export { cacheDir } from './paths';
export { sandboxClusters, refuseReadyClass, type SandboxCluster } from './sandbox-clusters';
export { setRefuseReady } from './refuse-ready';
