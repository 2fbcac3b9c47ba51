import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { actionTable } from './action-table';
import { Harness, loadReadInputs, writeFigures, type ReadInputs } from './harness';
import { HUGE, NUMERIC_EDGES, SEED, YAML_BOMBS, hostileValue } from './hostile-values';

/**
 * Every input of every action through its inputs.ts, one input at a time over a baseline that
 * passes: each case ends accepted or in one ConfigError line naming an input, never another
 * error, a hang, a process, a connection or a workflow command.
 */
jest.setTimeout(300_000);
const RUNS_PER_INPUT = 40;
const table = actionTable();
const harness = new Harness();
const figures = { actions: table.length, inputs: 0, cases: 0, accepted: 0, refused: 0 };

beforeAll(() => harness.start());
afterAll(async () => {
  await harness.stop();
  writeFigures('inputs-fuzz', figures);
});

describe.each(table)('actions/$name inputs.ts', (action) => {
  let readInputs: ReadInputs;
  beforeAll(async () => {
    readInputs = await loadReadInputs(action.name);
  });

  const judge = async (input: string, value: string): Promise<string[]> => {
    const verdict = await harness.inProcess(readInputs, action, { ...harness.baseline(action.name), [input]: value });
    figures.cases++;
    if (verdict.accepted) figures.accepted++;
    else figures.refused++;
    return verdict.faults.map((f) => `${input}=${JSON.stringify(value.slice(0, 60))}: ${f}`);
  };

  it('accepts its baseline (else the fuzzing below would only test the first refusal)', async () => {
    const verdict = await harness.inProcess(readInputs, action, harness.baseline(action.name));
    expect(verdict).toEqual({ accepted: true, faults: [] });
  });

  it.each(action.inputs.map((i) => i.name))('%s: random hostile values (fast-check)', async (input) => {
    figures.inputs++;
    await fc.assert(
      fc.asyncProperty(hostileValue(), async (value) => {
        expect(await judge(input, value)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS_PER_INPUT },
    );
  });

  it.each(action.inputs.map((i) => i.name))('%s: 1 MiB, YAML bombs and deep nesting, numeric edges', async (input) => {
    const values = [
      'x'.repeat(HUGE),
      `${'a, '.repeat(HUGE / 3)}`,
      `- ${'y'.repeat(HUGE)}`,
      ...Object.values(YAML_BOMBS),
      ...NUMERIC_EDGES,
    ];
    const faults: string[] = [];
    for (const value of values) faults.push(...(await judge(input, value)));
    expect(faults).toEqual([]);
  });
});
