import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputReader } from '@slipway/kit';
import { realPathOf } from '@slipway/kit';
import { startAction } from '../support/run-action';
import { type ActionEntry } from './action-table';
import { baselineInputs, writeWorkspace } from './baselines';
import { judgeBundle, judgeInProcess, type Verdict } from './judge';
import { Sentinels } from './sentinels';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { actionDir, figuresDir } from '../support/secret-scan.mjs';

export type ReadInputs = (reader: InputReader, env?: NodeJS.ProcessEnv) => Promise<unknown>;

/** A bundle run past this is a hang (every baseline ends within seconds at the sentinels). */
const BUNDLE_DEADLINE_MS = 30_000;

/**
 * A workspace with the baselines' files and a symlink out of it, and two lanes of sentinels
 * (PATH of sentinel programs + a listening server): two bundle runs at a time, one per lane, so
 * every process or connection is attributed to the run that made it.
 */
export class Harness {
  readonly dir: string;
  readonly workspace: string;
  readonly lanes: Sentinels[] = [];
  /** In-process cases have sentinels of their own: a bundle on a lane may run meanwhile. */
  private local!: Sentinels;
  private readonly saved = { cwd: process.cwd(), path: process.env['PATH'] };

  constructor() {
    this.dir = realPathOf(mkdtempSync(join(tmpdir(), 'slipway-adversarial-')));
    this.workspace = join(this.dir, 'workspace');
    writeFileSync(join(this.dir, 'outside.txt'), 'outside the workspace\n');
    // In-process cases and each lane have a workspace, HOME and tool cache of their own: a file a
    // bundle run leaves there is that run's.
    for (const workspace of [this.workspace, this.laneDir(0, 'workspace'), this.laneDir(1, 'workspace')]) {
      mkdirSync(workspace, { recursive: true });
      writeWorkspace(workspace);
      symlinkSync(join(this.dir, 'outside.txt'), join(workspace, 'link-out'));
      mkdirSync(join(workspace, 'sub'));
    }
    for (const lane of [0, 1]) mkdirSync(this.laneDir(lane, 'home'));
    mkdirSync(join(this.dir, 'home'));
    mkdirSync(join(this.dir, 'temp'));
  }

  private laneDir(lane: number, name: string): string {
    return join(this.dir, `lane-${lane}`, name);
  }

  /** Every file under the lane's workspace, HOME and tool cache, with its size and time: what a run may leave. */
  private laneFiles(lane: number): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        const stat = statSync(path, { throwIfNoEntry: false });
        if (stat?.isDirectory()) walk(path);
        else if (stat) files.set(path, `${stat.size}:${stat.mtimeMs}`);
      }
    };
    for (const name of ['workspace', 'home', 'tool-cache']) walk(this.laneDir(lane, name));
    return files;
  }

  async start(): Promise<this> {
    for (const lane of [0, 1]) this.lanes.push(await new Sentinels(join(this.dir, `lane-${lane}`)).start());
    this.local = await new Sentinels(join(this.dir, 'in-process')).start();
    // In-process cases run as main would: from the workspace, with only sentinels on PATH.
    process.chdir(this.workspace);
    process.env['PATH'] = this.local.pathDir;
    return this;
  }

  async stop(): Promise<void> {
    process.chdir(this.saved.cwd);
    process.env['PATH'] = this.saved.path;
    for (const lane of [...this.lanes, this.local]) await lane.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  env(lane: number | 'in-process' = 0): Record<string, string> {
    const sentinels = lane === 'in-process' ? this.local : (this.lanes[lane] as Sentinels);
    const own = (name: string) => (lane === 'in-process' ? join(this.dir, name) : this.laneDir(lane, name));
    return {
      PATH: sentinels.pathDir,
      HOME: own('home'),
      GITHUB_WORKSPACE: lane === 'in-process' ? this.workspace : this.laneDir(lane, 'workspace'),
      GITHUB_API_URL: sentinels.url,
      GITHUB_SERVER_URL: sentinels.url,
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      RUNNER_TOOL_CACHE: own('tool-cache'),
    };
  }

  baseline(action: string, lane: number | 'in-process' = 'in-process'): Record<string, string> {
    const s = lane === 'in-process' ? this.local : (this.lanes[lane] as Sentinels);
    return baselineInputs(action, {
      workspace: this.workspace,
      url: s.url,
      tlsUrl: s.tlsUrl,
      host: `127.0.0.1:${s.port}`,
    });
  }

  inProcess(readInputs: ReadInputs, action: ActionEntry, inputs: Record<string, string>): Promise<Verdict> {
    return judgeInProcess(readInputs, inputs, {
      env: { ...this.env('in-process'), RUNNER_TEMP: join(this.dir, 'temp') },
      workspace: this.workspace,
      declared: action.inputs.map((i) => i.name),
      sentinels: this.local,
    });
  }

  /** Runs the built bundle with `inputs` over the lane's baseline, as the runner would. */
  async bundle(
    action: ActionEntry,
    readInputs: ReadInputs,
    change: (baseline: Record<string, string>) => Record<string, string>,
    lane: number,
    byteInputs?: Record<string, Buffer>,
    flag?: string,
  ) {
    const sentinels = this.lanes[lane] as Sentinels;
    const inputs = change(this.baseline(action.name, lane));
    // What inputs.ts makes of the same inputs (bytes decoded as node decodes the environment).
    const decoded: Record<string, string> = {};
    // An environment carries UTF-8: a lone surrogate arrives as U+FFFD.
    for (const [name, value] of Object.entries(inputs)) decoded[name] = Buffer.from(value, 'utf8').toString('utf8');
    for (const [name, bytes] of Object.entries(byteInputs ?? {})) decoded[name] = bytes.toString('utf8');
    const before = sentinels.mark();
    const validated = await this.inProcess(readInputs, action, decoded);
    // The lane's server is the one these inputs name: a connection now was made by validation.
    const during = sentinels.hits(before);
    if (during.connections.length)
      validated.faults.push(`connection during validation: ${during.connections.join('; ')}`);
    const mark = sentinels.mark();
    const filesBefore = this.laneFiles(lane);
    const run = await startAction(action.name, inputs, {
      env: this.env(lane),
      cwd: this.laneDir(lane, 'workspace'),
      killAfterMs: BUNDLE_DEADLINE_MS,
      ...(byteInputs ? { byteInputs } : {}),
    }).done;
    const files = [...this.laneFiles(lane)]
      .filter(([path, stamp]) => filesBefore.get(path) !== stamp)
      .map(([path]) => path.slice(this.dir.length + 1));
    const verdict = judgeBundle(run, {
      declared: action.inputs.map((i) => i.name),
      hits: sentinels.hits(mark),
      validated,
      files,
      ...(flag ? { flag } : {}),
    });
    return { inputs, run, verdict, validated };
  }

  /** Runs `cases` two at a time, one per lane; returns each case's faults, labelled. */
  async bundles<T>(cases: T[], runOne: (item: T, lane: number) => Promise<string[]>): Promise<string[]> {
    const faults: string[] = [];
    let next = 0;
    await Promise.all(
      [0, 1].map(async (lane) => {
        while (next < cases.length) {
          const item = cases[next++] as T;
          faults.push(...(await runOne(item, lane)));
        }
      }),
    );
    return faults;
  }
}

/** Adds to this suite's figures for `npm run bench` (merged by kind across test files). */
export function writeFigures(kind: string, figures: Record<string, number>): void {
  writeFileSync(
    join(figuresDir(), `adversarial-${kind}.json`),
    JSON.stringify({ ...figures, at: new Date().toISOString() }),
  );
}

export async function loadReadInputs(action: string): Promise<ReadInputs> {
  const module = (await import(join(actionDir(action), 'src', 'inputs.ts'))) as { readInputs: ReadInputs };
  return module.readInputs;
}
