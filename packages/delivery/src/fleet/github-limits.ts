/**
 * GitHub's limits that a fleet plan must stay within (../shared/FIELD.md, "GitHub platform
 * facts", re-checked against docs.github.com "Defining outputs for jobs" and "Running variations
 * of jobs in a workflow"):
 * - a matrix generates at most 256 jobs per workflow run;
 * - "Outputs can be a maximum of 1 MB per job. The total of all outputs in a workflow run can be
 *   a maximum of 50 MB. Size is approximated based on UTF-16 encoding." (github/docs #54832,
 *   2025; FIELD.md still has the older "1 MB each"): the plan job's outputs together stay under
 *   1 MB counted as UTF-16, 2 bytes per code unit, and 1 MB read as 1,000,000 bytes (the safe side).
 */
export const GITHUB_LIMITS = {
  matrixJobs: 256,
  jobOutputBytes: 1_000_000,
  runOutputBytes: 50_000_000,
} as const;

/**
 * The stages a fleet workflow can run: a workflow cannot make jobs at run time, so each stage is
 * a fixed slot of jobs in the workflow file, and a plan with more stages than slots is refused.
 */
export const FLEET_STAGE_SLOTS = 6;

/** The waves a stage slot of the fleet workflow runs (fleet-stage.yml's wave jobs), in order. */
export const FLEET_WAVE_SLOTS = 8;

/** The size GitHub counts for an output: UTF-16 code units, two bytes each. */
export function outputBytes(text: string): number {
  return text.length * 2;
}
