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

const wrap = (text, width = 98) => {
  const lines = [];
  let line = '';
  for (const word of cell(text).split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `# ${l}`);
};

/**
 * `.env.example` beside an action: its inputs as INPUT_* variables for @github/local-action,
 * rendered from action.yml like the tables (required inputs set empty, the others commented out
 * with their default).
 */
export function renderEnvExample(actionYml, actionDir) {
  const action = parse(actionYml);
  const env = actionDir === '.' ? '.env.example' : `${actionDir}/.env.example`;
  const lines = [
    `# ${action.name}: run it on your machine with @github/local-action (generated from action.yml by npm run docs).`,
    `#   cp ${env} .env            # fill in the values; never commit .env, it may hold secrets`,
    `#   npx @github/local-action run ${actionDir} src/main.ts .env`,
    "# The action writes the runner's files itself: outputs, summary and state land here (mkdir -p /tmp/slipway-local).",
    'GITHUB_OUTPUT=/tmp/slipway-local/output',
    'GITHUB_STEP_SUMMARY=/tmp/slipway-local/summary.md',
    'GITHUB_STATE=/tmp/slipway-local/state',
    'RUNNER_TEMP=/tmp/slipway-local',
  ];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    lines.push('', ...wrap(`${spec.description ?? ''}${spec.required ? ' (required)' : ''}`));
    const key = `INPUT_${name.toUpperCase()}`;
    lines.push(spec.required ? `${key}=` : `# ${key}=${JSON.stringify(String(spec.default ?? ''))}`);
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readdirSync, existsSync } = await import('node:fs');
  const root = new URL('..', import.meta.url).pathname;
  const targets = [
    ...readdirSync(join(root, 'actions')).map((name) => ({ ...actionDocPaths(root, name), dir: `actions/${name}` })),
    { ...rootDocPaths(root), dir: '.' },
  ];
  for (const paths of targets) {
    if (!existsSync(paths.readme) || !existsSync(paths.actionYml)) continue;
    const actionYml = readFileSync(paths.actionYml, 'utf8');
    writeFileSync(paths.readme, withTables(readFileSync(paths.readme, 'utf8'), actionYml));
    writeFileSync(join(root, paths.dir, '.env.example'), renderEnvExample(actionYml, paths.dir));
    console.log(`updated ${paths.readme} and ${join(paths.dir, '.env.example')}`);
  }
}
