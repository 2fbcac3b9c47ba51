import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionTable } from './action-table';
import { PATHS_ALLOWED_OUTSIDE } from './baselines';
import { Harness, loadReadInputs, writeFigures, type ReadInputs } from './harness';
import { INJECTIONS, TRAVERSALS } from './hostile-values';
import { namedInput } from './judge';

/**
 * Shell metacharacters, workflow commands, `${{ }}` expressions and flag-like values in every
 * input, and path traversal in every file input: none runs (the sentinels see no process), none
 * is obeyed as a workflow command, and file inputs stay inside GITHUB_WORKSPACE unless the input
 * allows otherwise. In-process for every pair; through the bundle once per input with all the
 * injections at once, and twice per file input (a climb and a symlink out): about 160 processes.
 */
jest.setTimeout(600_000);
const table = actionTable();
const harness = new Harness();
const figures = { inProcess: 0, bundleRuns: 0, traversals: 0 };
const ALL_AT_ONCE = Object.values(INJECTIONS).flat().join('\n');

beforeAll(() => harness.start());
afterAll(async () => {
  await harness.stop();
  writeFigures('injection', { ...figures, cases: figures.inProcess + figures.bundleRuns + figures.traversals });
});

describe.each(table)('actions/$name', (action) => {
  let readInputs: ReadInputs;
  const contained = action.inputs.filter(
    (i) => i.isPath && !(PATHS_ALLOWED_OUTSIDE[action.name] ?? []).includes(i.name),
  );
  beforeAll(async () => {
    readInputs = await loadReadInputs(action.name);
  });

  it('inputs.ts: every injection in every input is inert', async () => {
    const faults: string[] = [];
    for (const input of action.inputs)
      for (const [kind, values] of Object.entries(INJECTIONS))
        for (const value of values) {
          const verdict = await harness.inProcess(readInputs, action, {
            ...harness.baseline(action.name),
            [input.name]: value,
          });
          figures.inProcess++;
          faults.push(...verdict.faults.map((f) => `${input.name} (${kind}) ${JSON.stringify(value)}: ${f}`));
        }
    expect(faults).toEqual([]);
  });

  if (contained.length)
    it(`inputs.ts: ${contained.map((i) => i.name).join(', ')} refuse paths out of the workspace`, async () => {
      const faults: string[] = [];
      for (const input of contained)
        for (const path of TRAVERSALS) {
          const verdict = await harness.inProcess(readInputs, action, {
            ...harness.baseline(action.name),
            [input.name]: path,
          });
          figures.traversals++;
          if (verdict.accepted) faults.push(`${input.name}=${path}: accepted`);
          else if (namedInput(verdict.message ?? '', [input.name]) !== input.name)
            faults.push(`${input.name}=${path}: refused for another reason: ${verdict.message}`);
          faults.push(...verdict.faults.map((f) => `${input.name}=${path}: ${f}`));
        }
      expect(faults).toEqual([]);
    });

  it('bundle: all injections at once in each input, and paths out of the workspace, run nothing and forge nothing', async () => {
    const cases = [
      ...action.inputs.map((i) => ({ input: i.name, value: ALL_AT_ONCE, traversal: false })),
      ...contained.flatMap((i) =>
        ['../../etc/passwd', 'link-out'].map((value) => ({ input: i.name, value, traversal: true })),
      ),
    ];
    const faults = await harness.bundles(cases, async (c, lane) => {
      const { run, verdict, validated } = await harness.bundle(
        action,
        readInputs,
        (base) => ({ ...base, [c.input]: c.value }),
        lane,
      );
      figures.bundleRuns++;
      const found = [...validated.faults, ...verdict.faults];
      if (c.traversal && (verdict.accepted || namedInput(verdict.message ?? '', [c.input]) !== c.input))
        found.push(`not refused as a path out of the workspace: ${verdict.message ?? 'accepted'}`);
      // Nothing reaches the runner's other files either: no output named by the value, no env, no PATH.
      const env = readFileSync(join(run.runnerTemp, 'env'), 'utf8');
      if (env) found.push(`GITHUB_ENV written: ${env.slice(0, 80)}`);
      if (Object.keys(run.outputs).some((k) => k.includes('pwned'))) found.push('an output named by the value');
      return found.map((f) => `${c.input}${c.traversal ? `=${c.value}` : ' (all injections)'}: ${f}`);
    });
    expect(faults).toEqual([]);
  });
});
