import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action';
// @ts-expect-error plain ESM module shared with the Jest global teardown, without types
import { ROOT_ACTION, actionDir } from '../support/secret-scan.mjs';

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default: string | undefined;
  /** A path the action reads or writes, by its name. */
  isPath: boolean;
}

export interface ActionEntry {
  name: string;
  inputs: ActionInput[];
  hasPost: boolean;
}

/** Names of inputs that hold a path (`checks-file`, `values-files`, `path`, `docker-config`, …). */
const PATH_NAME = /(^|-)(file|files|path|context|baseline|chart|cache|output|config)$/;

/** Every action in actions/ and the root action, read from its action.yml: new actions are fuzzed without a line here. */
export function actionTable(): ActionEntry[] {
  const dir = join(repoRoot, 'actions');
  const names = readdirSync(dir).filter(
    (name) => existsSync(join(dir, name, 'action.yml')) && existsSync(join(dir, name, 'src', 'inputs.ts')),
  );
  return [...names, ROOT_ACTION].sort().map((name) => {
    const yml = parse(readFileSync(join(actionDir(name), 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
      runs?: { post?: string };
    };
    const inputs = Object.entries(yml.inputs ?? {}).map(([input, spec]) => ({
      name: input,
      description: spec.description ?? '',
      required: spec.required === true,
      default: spec.default === undefined ? undefined : String(spec.default),
      isPath: PATH_NAME.test(input) && /file|path|director|folder|json/i.test(spec.description ?? ''),
    }));
    return { name, inputs, hasPost: !!yml.runs?.post };
  });
}
