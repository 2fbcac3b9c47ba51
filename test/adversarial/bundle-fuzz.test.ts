import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { actionTable, type ActionEntry } from './action-table';
import { Harness, loadReadInputs, writeFigures, type ReadInputs } from './harness';
import { HUGE_IN_ENV, SEED, hostileEnvValue } from './hostile-values';

/**
 * The built bundles, run as the runner runs them, with one hostile value per input (drawn by
 * fast-check from a fixed seed), invalid UTF-8 bytes and 120 KiB values: every run ends in time,
 * prints no stack, at most one error; a ConfigError names an input and comes before any process
 * or connection; and the bundle refuses exactly when its inputs.ts does.
 * Bounded: about 160 processes, two at a time.
 */
jest.setTimeout(600_000);
const table = actionTable();
const harness = new Harness();
const figures = { runs: 0, refused: 0, accepted: 0 };

beforeAll(() => harness.start());
afterAll(async () => {
  await harness.stop();
  writeFigures('bundle-fuzz', figures);
});

interface Case {
  input: string;
  value: string;
  bytes?: Buffer;
}

function cases(action: ActionEntry, index: number): Case[] {
  const names = action.inputs.map((i) => i.name);
  const values = fc.sample(hostileEnvValue(), { seed: SEED + index, numRuns: names.length });
  const picks = fc.sample(fc.constantFrom(...names), { seed: SEED + index, numRuns: 2 });
  const invalidUtf8 = Buffer.concat([Buffer.from('web'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])]);
  return [
    ...names.map((input, i) => ({ input, value: values[i] as string })),
    ...picks.map((input) => ({ input, value: 'z'.repeat(HUGE_IN_ENV) })),
    ...picks.slice(0, 1).map((input) => ({ input, value: '', bytes: invalidUtf8 })),
  ];
}

describe.each(table.map((action, index) => ({ ...action, index })))('dist/$name', (action) => {
  let readInputs: ReadInputs;
  beforeAll(async () => {
    readInputs = await loadReadInputs(action.name);
  });

  it('holds for one hostile value per input, 120 KiB values and invalid UTF-8', async () => {
    const faults = await harness.bundles(cases(action, action.index), async (c, lane) => {
      const { verdict, validated } = await harness.bundle(
        action,
        readInputs,
        (base) => (c.bytes ? { ...base, [c.input]: '' } : { ...base, [c.input]: c.value }),
        lane,
        c.bytes ? { [c.input]: c.bytes } : undefined,
      );
      figures.runs++;
      if (verdict.accepted) figures.accepted++;
      else figures.refused++;
      const label = `${c.input}=${JSON.stringify((c.bytes ? c.bytes.toString('latin1') : c.value).slice(0, 60))}`;
      return [...validated.faults, ...verdict.faults].map((f) => `${label}: ${f}`);
    });
    expect(faults).toEqual([]);
  });
});
