import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The two folders a job's steps share on a runner. */
export interface RunnerDirs {
  /**
   * RUNNER_TEMP: the job's scratch folder (secret files, downloads, generated values), emptied
   * by the runner when the job ends. Outside a runner: the OS's temporary folder.
   */
  temp: string;
  /**
   * RUNNER_TOOL_CACHE: tools kept between jobs on this runner, laid out <tool>/<version>/<arch>
   * as @actions/tool-cache lays them out. Outside a runner: `<temp>/tool-cache`.
   */
  toolCache: string;
}

/** Where this job's steps write scratch files and keep tools: the one reading of RUNNER_TEMP and RUNNER_TOOL_CACHE. */
export function runnerDirs(env: NodeJS.ProcessEnv = process.env): RunnerDirs {
  const temp = env['RUNNER_TEMP'] || tmpdir();
  return { temp, toolCache: env['RUNNER_TOOL_CACHE'] || join(temp, 'tool-cache') };
}
