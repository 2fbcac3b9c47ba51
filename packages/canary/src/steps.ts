import { formatDuration, inputError, parseDurationMs } from '@slipway/kit';

/** One step of a canary: the share of traffic it gets and how long it holds there. */
export interface CanaryStep {
  /** Percent of traffic on the canary, 1-100. */
  weight: number;
  /** How long the step holds (analysis runs meanwhile); 0 = only as long as the analysis. */
  pauseMs: number;
  /** `pause: manual`: after this step the run finishes with result=paused until a resume. */
  manual: boolean;
}

const EXPECTED = `"<weight>:<pause>" items such as "10:2m, 25:manual, 50:5m, 100" (weights 1-100, strictly increasing)`;
const MAX_PAUSE_MS = 6 * 3_600_000;

/**
 * Parses `steps: "10:2m, 25:2m, 50:5m, 100"`. Items are separated by commas or new lines; the
 * pause is a duration or `manual`. A bad item raises the one-line ConfigError of input `name`.
 */
export function parseSteps(text: string, name = 'steps'): CanaryStep[] {
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw inputError(name, EXPECTED, text);
  const steps: CanaryStep[] = [];
  for (const item of items) {
    const match = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(item);
    if (!match) throw inputError(name, EXPECTED, item);
    const weight = Number(match[1]);
    if (weight < 1 || weight > 100) throw inputError(name, `weights from 1 to 100 in ${EXPECTED}`, item);
    const previous = steps[steps.length - 1];
    if (previous && weight <= previous.weight)
      throw inputError(name, `weights strictly increasing (${weight} after ${previous.weight})`, text);
    const pause = match[2];
    let pauseMs = 0;
    const manual = pause?.toLowerCase() === 'manual';
    if (pause !== undefined && !manual) {
      const ms = parseDurationMs(pause);
      if (ms === undefined || ms > MAX_PAUSE_MS)
        throw inputError(name, `a pause that is a duration up to 6h (such as "2m") or "manual"`, item);
      pauseMs = ms;
    }
    steps.push({ weight, pauseMs, manual });
  }
  return steps;
}

/** "10:2m, 25:manual, 100" — the steps as the user writes them. */
export function formatSteps(steps: readonly CanaryStep[]): string {
  return steps
    .map((s) =>
      s.manual ? `${s.weight}:manual` : s.pauseMs ? `${s.weight}:${formatDuration(s.pauseMs)}` : `${s.weight}`,
    )
    .join(', ');
}
