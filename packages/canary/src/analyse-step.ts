import { errorMessage, sleep as realSleep, throwIfAborted } from '@slipway/kit';
import type { LoadStarter, LoadValue, LoadWindow } from './generated-load';
import { loadFigures, type LoadFigures } from './load-figures';
import { formatThreshold, renderQuery, type MetricSpec, type QueryContext } from './metric-spec';

export type SampleVerdict = 'pass' | 'fail' | 'inconclusive';

/** One reading of one metric. `value` is undefined when there was no data. */
export interface Sample {
  metric: string;
  /** 1-based sample number within the step. */
  index: number;
  at: number;
  value: number | undefined;
  verdict: SampleVerdict;
  /** Why there is no value (no series, NaN, Prometheus unreachable…). */
  note?: string;
  /** 'smoke' for a smoke check against the canary (value: its HTTP status, if any answer came). */
  kind?: 'smoke';
  /** A failed smoke check: what it wanted beside what it got. */
  expected?: string;
  actual?: string;
}

export interface StepVerdict {
  verdict: SampleVerdict;
  samples: Sample[];
  /** The check that decided a fail or an inconclusive: metric, last value, threshold. */
  decidedBy?: { metric: string; value: number | undefined; threshold: string; reason: string; actual?: string };
  /** The step's generated load, when it drove one. */
  load?: LoadFigures;
}

/** What one smoke check against the canary came to in one sample. */
export interface SmokeAnswer {
  name: string;
  passed: boolean;
  /** HTTP status of the last response, if one came. */
  status: number | undefined;
  /** A failure's first unmet expectation (or the network error as `actual`). */
  expected: string;
  actual: string;
}

/** Smoke samples are recorded under this prefix, beside the metrics. */
export const SMOKE_PREFIX = 'smoke:';

/** The answer of one query: a number, or no data with the reason. */
export type QueryAnswer = { value: number } | { value: undefined; note: string };

export interface AnalyseOptions {
  metrics: readonly MetricSpec[];
  /** Samples per step. */
  count: number;
  intervalMs: number;
  /** Failing samples a metric may have in a step; one more fails the step at once. */
  failureLimit: number;
  /** The step holds at least this long (its pause), samples or not. */
  holdMs: number;
  context: QueryContext;
  /** Asks for one metric's value: `text` is its query (PromQL, or a web metric's URL) with the placeholders filled. */
  query: (text: string, signal?: AbortSignal, spec?: MetricSpec) => Promise<QueryAnswer>;
  /**
   * Smoke checks against the canary, run once per sample beside the queries. A failed check is
   * a failing sample, counted against `failureLimit` like a metric's.
   */
  smoke?: (signal?: AbortSignal) => Promise<SmokeAnswer[]>;
  /**
   * Load driven at the canary for the step's analysis, so its metrics have samples; a
   * `provider: load` metric reads its figures over each sample's interval.
   */
  load?: LoadStarter;
  onSample?: (sample: Sample) => void;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Whether one value is inside the metric's thresholds. */
export function judgeValue(spec: Pick<MetricSpec, 'min' | 'max'>, value: number | undefined): SampleVerdict {
  if (value === undefined || Number.isNaN(value)) return 'inconclusive';
  if (spec.min !== undefined && value < spec.min) return 'fail';
  if (spec.max !== undefined && value > spec.max) return 'fail';
  return 'pass';
}

/**
 * Analyses one step: `count` samples of every metric, one every `intervalMs` (the first after
 * one interval), then holds until `holdMs` has passed since the start. A metric with more
 * failing samples than `failureLimit` fails the step at once; one with more samples without
 * data than `failureLimit` makes it inconclusive at once. Inconclusive never passes.
 */
export async function analyseStep(options: AnalyseOptions): Promise<StepVerdict> {
  const load = options.load?.(options.signal);
  let stopped: ReturnType<NonNullable<typeof load>['stop']> | undefined;
  const stop = () => (stopped ??= load?.stop());
  try {
    const verdict = await analyse(options, load?.take);
    const report = await stop();
    return report ? { ...verdict, load: loadFigures(report) } : verdict;
  } finally {
    await stop();
  }
}

/** A load metric's answer from one window of the generated load. */
function loadAnswer(spec: MetricSpec, window: LoadWindow | undefined): QueryAnswer {
  if (!window) return { value: undefined, note: "no 'load' input to generate load" };
  const value = window.values?.[spec.query as LoadValue];
  if (value === undefined || Number.isNaN(value))
    return { value: undefined, note: 'no load responses in this interval' };
  return { value };
}

async function analyse(options: AnalyseOptions, takeLoad: (() => LoadWindow) | undefined): Promise<StepVerdict> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const started = now();
  const samples: Sample[] = [];
  const failures = new Map<string, number>();
  const missing = new Map<string, number>();
  const rounds = options.metrics.length || options.smoke || takeLoad ? options.count : 0;
  for (let index = 1; index <= rounds; index++) {
    await sleep(Math.max(0, started + index * options.intervalMs - now()), options.signal);
    throwIfAborted(options.signal);
    const window = takeLoad?.();
    const [answers, smoke] = await Promise.all([
      Promise.all(
        options.metrics.map(async (spec) => {
          if (spec.provider === 'load') return loadAnswer(spec, window);
          try {
            return await options.query(renderQuery(spec.query, options.context), options.signal, spec);
          } catch (error) {
            throwIfAborted(options.signal);
            return { value: undefined, note: errorMessage(error) } satisfies QueryAnswer;
          }
        }),
      ),
      runSmoke(options),
    ]);
    let decided: StepVerdict | undefined;
    for (const [i, spec] of options.metrics.entries()) {
      const answer = answers[i] as QueryAnswer;
      const verdict = judgeValue(spec, answer.value);
      const sample: Sample = { metric: spec.name, index, at: now(), value: answer.value, verdict };
      if (answer.value === undefined) sample.note = answer.note;
      samples.push(sample);
      options.onSample?.(sample);
      const tally = verdict === 'fail' ? failures : verdict === 'inconclusive' ? missing : undefined;
      if (!tally) continue;
      const n = (tally.get(spec.name) ?? 0) + 1;
      tally.set(spec.name, n);
      if (n > options.failureLimit && decided?.verdict !== 'fail') {
        const reason =
          verdict === 'fail'
            ? `${spec.name} = ${answer.value} outside ${formatThreshold(spec)} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`
            : `${spec.name}: no data (${sample.note ?? 'no value'}) in ${n} sample${n > 1 ? 's' : ''}, limit ${options.failureLimit}`;
        decided = {
          verdict,
          samples,
          decidedBy: { metric: spec.name, value: answer.value, threshold: formatThreshold(spec), reason },
        };
      }
    }
    for (const answer of smoke) {
      const metric = `${SMOKE_PREFIX}${answer.name}`;
      const verdict: SampleVerdict = answer.passed ? 'pass' : 'fail';
      const sample: Sample = { metric, index, at: now(), value: answer.status, verdict, kind: 'smoke' };
      if (!answer.passed) Object.assign(sample, { expected: answer.expected, actual: answer.actual });
      samples.push(sample);
      options.onSample?.(sample);
      if (answer.passed) continue;
      const n = (failures.get(metric) ?? 0) + 1;
      failures.set(metric, n);
      if (n > options.failureLimit && decided?.verdict !== 'fail') {
        const reason = `smoke check "${answer.name}": expected ${answer.expected}, got ${answer.actual} (${n} failing sample${n > 1 ? 's' : ''}, limit ${options.failureLimit})`;
        decided = {
          verdict: 'fail',
          samples,
          decidedBy: { metric, value: answer.status, threshold: answer.expected, reason, actual: answer.actual },
        };
      }
    }
    if (decided) return decided;
  }
  const left = started + options.holdMs - now();
  if (left > 0) await sleep(left, options.signal);
  throwIfAborted(options.signal);
  return { verdict: 'pass', samples };
}

/** One round of smoke checks; a runner that throws is one failed check, not a crash. */
async function runSmoke(options: AnalyseOptions): Promise<SmokeAnswer[]> {
  if (!options.smoke) return [];
  try {
    return await options.smoke(options.signal);
  } catch (error) {
    throwIfAborted(options.signal);
    return [
      { name: 'checks', passed: false, status: undefined, expected: 'the checks to run', actual: errorMessage(error) },
    ];
  }
}
