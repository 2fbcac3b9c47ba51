// Renders the input and output tables of an action's README from its action.yml, so the
// documentation can never drift from what the action declares.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim();

export function renderTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return [
    '### Inputs',
    '',
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

const START = '<!-- action-docs:start (generated from action.yml by npm run docs) -->';
const END = '<!-- action-docs:end -->';

/** The README with its generated block replaced; throws when the markers are missing. */
export function withTables(readme, actionYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderTables(actionYml)}\n${readme.slice(end)}`;
}

export function actionDocPaths(root, name) {
  return { readme: join(root, 'actions', name, 'README.md'), actionYml: join(root, 'actions', name, 'action.yml') };
}

/** The root action (action.yml, one-step delivery) has its tables in the repository's README. */
export function rootDocPaths(root) {
  return { readme: join(root, 'README.md'), actionYml: join(root, 'action.yml') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readdirSync, existsSync } = await import('node:fs');
  const root = new URL('..', import.meta.url).pathname;
  const targets = [...readdirSync(join(root, 'actions')).map((name) => actionDocPaths(root, name)), rootDocPaths(root)];
  for (const paths of targets) {
    if (!existsSync(paths.readme) || !existsSync(paths.actionYml)) continue;
    writeFileSync(paths.readme, withTables(readFileSync(paths.readme, 'utf8'), readFileSync(paths.actionYml, 'utf8')));
    console.log(`updated ${paths.readme}`);
  }
}
