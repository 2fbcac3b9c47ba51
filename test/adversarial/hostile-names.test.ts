import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { actionTable, type ActionEntry } from './action-table';
import { Harness, loadReadInputs, writeFigures, type ReadInputs } from './harness';
import { FLAG_SHAPED, PROTOTYPE_NAMES, lookalike } from './hostile-values';
import type { Verdict } from './judge';

/**
 * Names and flags, for every input of every action (read from each action.yml):
 * - a flag-shaped value in each input, through the bundle: the argv every stand-in program
 *   received holds it in no option position (it is refused, or passed after "--");
 * - the names of Object.prototype (constructor, __proto__, …) in each input, alone, as a key=value
 *   key and as a YAML key, and as every key of the root action's slipway.yml: each must fare
 *   exactly as a made-up name of the same shape does, so no lookup walks the prototype chain.
 * Bounded: one bundle run per input, two at a time; the rest in-process.
 */
jest.setTimeout(600_000);
const table = actionTable();
const harness = new Harness();
const figures = { bundleRuns: 0, inProcess: 0 };

beforeAll(() => harness.start());
afterAll(async () => {
  await harness.stop();
  writeFigures('hostile-names', { ...figures, cases: figures.bundleRuns + figures.inProcess });
});

/** Inputs that take a number, a duration or a version, by their action.yml default and description. */
function isNumeric(input: ActionEntry['inputs'][number]): boolean {
  return /^\d/.test(input.default ?? '') || /\bversion\b|\bnumber\b|how many|\bcount\b/i.test(input.description);
}

/** A verdict with the name written out of it: a prototype name and its lookalike must give the same. */
function shape(verdict: Verdict, name: string): string {
  if (verdict.faults.length) return `faults: ${verdict.faults.join('; ')}`;
  // Any case: an input may lower-case what it names (images, tags).
  const named = new RegExp(name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'), 'gi');
  return verdict.accepted ? 'accepted' : `refused: ${(verdict.message ?? '').replace(named, '<name>')}`;
}

describe.each(table)('actions/$name', (action: ActionEntry) => {
  let readInputs: ReadInputs;
  beforeAll(async () => {
    readInputs = await loadReadInputs(action.name);
  });

  it('bundle: a flag-shaped value in each input reaches no program as an option', async () => {
    // One per input, the shapes in turn (options with a value, a bare one): one bundle run each.
    const cases: Array<{ input: string; value: string; flag?: boolean }> = action.inputs.map((input, i) => ({
      input: input.name,
      value: FLAG_SHAPED[(i + table.indexOf(action)) % FLAG_SHAPED.length] as string,
      flag: true,
    }));
    // A number or version an input takes as valid and a later step cannot meet ("helm-version: 0"):
    // refused before anything a user would see, like any other refusal.
    for (const input of action.inputs.filter(isNumeric)) cases.push({ input: input.name, value: '0' });
    const faults = await harness.bundles(cases, async (c, lane) => {
      const { verdict, validated } = await harness.bundle(
        action,
        readInputs,
        (base) => ({ ...base, [c.input]: c.value }),
        lane,
        undefined,
        c.flag ? c.value : undefined,
      );
      figures.bundleRuns++;
      return [...validated.faults, ...verdict.faults].map((f) => `${c.input}=${JSON.stringify(c.value)}: ${f}`);
    });
    expect(faults).toEqual([]);
  });

  it('inputs.ts: the names of Object.prototype fare as any other name, in every input', async () => {
    const faults: string[] = [];
    const forms = [(n: string) => n, (n: string) => `${n}=x`, (n: string) => `${n}: x`];
    for (const input of action.inputs)
      for (const form of forms)
        for (const name of PROTOTYPE_NAMES) {
          const judge = async (value: string) => {
            figures.inProcess++;
            return harness.inProcess(readInputs, action, { ...harness.baseline(action.name), [input.name]: value });
          };
          const [real, fake] = [await judge(form(name)), await judge(form(lookalike(name)))];
          if (shape(real, name) !== shape(fake, lookalike(name)))
            faults.push(
              `${input.name}=${JSON.stringify(form(name))}: ${shape(real, name)} | a made-up name: ${shape(fake, lookalike(name))}`,
            );
        }
    expect(faults).toEqual([]);
  });

  if (action.inputs.some((i) => i.name === 'config'))
    it('inputs.ts: the names of Object.prototype fare as any other name, as each key of slipway.yml', async () => {
      const baseline = harness.baseline(action.name);
      const document = parse(readFileSync(join(harness.workspace, baseline['config'] as string), 'utf8')) as unknown;
      const faults: string[] = [];
      let n = 0;
      for (const [where, variant] of keyVariants(document)) {
        const judged: string[] = [];
        for (const name of [...PROTOTYPE_NAMES, ...PROTOTYPE_NAMES.map(lookalike)]) {
          const file = `slipway-names-${n++}.yml`;
          writeFileSync(join(harness.workspace, file), stringify(variant(name)));
          // The environment a key names is the one delivered, when the key is an environment's.
          const environment = where === 'environments' ? name : baseline['environment'];
          const verdict = await harness.inProcess(readInputs, action, {
            ...baseline,
            config: file,
            ...(environment ? { environment } : {}),
          });
          figures.inProcess++;
          judged.push(shape(verdict, name).split(file).join('<file>'));
        }
        const real = judged.slice(0, PROTOTYPE_NAMES.length);
        const fake = judged.slice(PROTOTYPE_NAMES.length);
        real.forEach((r, i) => {
          if (r !== fake[i]) faults.push(`${where}.${PROTOTYPE_NAMES[i]}: ${r} | a made-up name: ${fake[i]}`);
        });
      }
      expect(faults).toEqual([]);
    });
});

/**
 * For every map in the document, a variant that adds a key (given by name) holding a copy of a
 * sibling's value, or, for the environments map, renames the first environment: what slipway.yml
 * names (environments, settings) is tried with each name.
 */
function keyVariants(document: unknown): Array<[string, (name: string) => unknown]> {
  const variants: Array<[string, (name: string) => unknown]> = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const entries = Object.entries(node as Record<string, unknown>);
    variants.push([
      path.join('.') || '(top)',
      (name) =>
        edit(document, path, (map) =>
          path.join('.') === 'environments'
            ? Object.fromEntries(entries.map(([k, v], i) => [i === 0 ? name : k, v]))
            : Object.fromEntries([...Object.entries(map), [name, entries[0]?.[1] ?? 'x']]),
        ),
    ]);
    for (const [key, value] of entries) walk(value, [...path, key]);
  };
  walk(document, []);
  return variants;
}

/** A deep copy of `document` with the map at `path` replaced by `change(map)`. */
function edit(
  document: unknown,
  path: string[],
  change: (map: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!path.length) return change(document as Record<string, unknown>);
  const [head, ...rest] = path as [string, ...string[]];
  const map = document as Record<string, unknown>;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, k === head ? edit(v, rest, change) : v]));
}
