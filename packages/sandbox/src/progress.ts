import type { Timing } from './timings';

export interface Clock {
  now(): number;
}

/** Where progress goes: a terminal (lines redrawn in place) or a log (plain lines). */
export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  clock?: Clock;
  /** A log gets a line per running step at least this often (the house rule: no silence over 30 s). */
  heartbeatMs?: number;
}

interface StepState {
  name: string;
  startedMs: number;
  doing: string;
  kind: string;
  lastSeconds?: number;
  saidMs: number;
}

/** One step as it is known now: what the line says. */
export interface StepView {
  name: string;
  elapsedMs: number;
  doing: string;
  lastSeconds?: number;
}

/** 75000 → "1m15s", 9000 → "9s": compact enough for one line per component. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  if (total < 60) return `${total}s`;
  return `${Math.floor(total / 60)}m${String(total % 60).padStart(2, '0')}s`;
}

/** "kubernetes   3m12s  compiling k8s.io/apiserver/pkg/server (1204/2981)  · last time 6m40s" */
export function progressLine(step: StepView, width = Infinity): string {
  const last = step.lastSeconds === undefined ? '' : `  · last time ${clockText(step.lastSeconds * 1000)}`;
  const head = `${step.name.padEnd(12)} ${clockText(step.elapsedMs).padStart(6)}  `;
  const room = width - head.length - last.length;
  const doing = step.doing.length > room ? `${step.doing.slice(0, Math.max(0, room - 1))}…` : step.doing;
  return `${head}${doing}${last}`;
}

export interface ProgressStep {
  /** What the step does now; a new kind (downloading → compiling → linking) is said at once in a log. */
  doing(text: string, kind?: string): void;
  end(): void;
}

/**
 * Progress of the long steps that run at once (the Go builds beside the services starting).
 * On a terminal each running step has one line, redrawn every second below the log; in a log
 * each running step gets a line at least every heartbeat, and at once when its kind of work
 * changes. Everything else the caller prints goes through log(), so the two never mix.
 */
export class Progress {
  private readonly steps = new Set<StepState>();
  private readonly clock: Clock;
  private readonly heartbeatMs: number;
  private drawn = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly out: ProgressOutput,
    options: ProgressOptions = {},
  ) {
    this.clock = options.clock ?? Date;
    this.heartbeatMs = options.heartbeatMs ?? 20_000;
  }

  readonly log = (line: string): void => {
    this.erase();
    this.out.write(`${line}\n`);
    this.draw();
  };

  start(name: string, last?: Timing): ProgressStep {
    const now = this.clock.now();
    const state: StepState = { name, startedMs: now, doing: 'starting', kind: 'starting', saidMs: now };
    if (last) state.lastSeconds = last.seconds;
    this.steps.add(state);
    if (!this.out.isTTY) {
      this.out.write(`${name}: started${last ? ` (last time ${clockText(last.seconds * 1000)})` : ''}\n`);
    }
    this.redraw();
    return {
      doing: (text, kind = text) => {
        const changed = kind !== state.kind;
        state.doing = text;
        state.kind = kind;
        if (changed && !this.out.isTTY) this.say(state);
      },
      end: () => {
        this.steps.delete(state);
        this.redraw();
      },
    };
  }

  /** Called every second by the timer (and by tests with a fake clock). */
  tick(): void {
    if (this.out.isTTY) {
      this.redraw();
      return;
    }
    const now = this.clock.now();
    for (const state of this.steps.values()) if (now - state.saidMs >= this.heartbeatMs) this.say(state);
  }

  /** Starts the one-second timer; it keeps no process alive. */
  run(): this {
    this.timer ??= setInterval(() => this.tick(), 1000).unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.erase();
  }

  private view(state: StepState): StepView {
    const view: StepView = { name: state.name, elapsedMs: this.clock.now() - state.startedMs, doing: state.doing };
    if (state.lastSeconds !== undefined) view.lastSeconds = state.lastSeconds;
    return view;
  }

  private say(state: StepState): void {
    state.saidMs = this.clock.now();
    this.out.write(`${progressLine(this.view(state))}\n`);
  }

  private redraw(): void {
    this.erase();
    this.draw();
  }

  private erase(): void {
    if (!this.out.isTTY || this.drawn === 0) return;
    // Up to the first progress line, then clear to the end of the screen.
    this.out.write(`\x1b[${this.drawn}F\x1b[J`);
    this.drawn = 0;
  }

  private draw(): void {
    if (!this.out.isTTY) return;
    const width = (this.out.columns ?? 100) - 1;
    for (const state of this.steps.values()) this.out.write(`${progressLine(this.view(state), width)}\n`);
    this.drawn = this.steps.size;
  }
}
