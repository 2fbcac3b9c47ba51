import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { InputReader, mapInputSource } from '@slipway/kit';
// @ts-expect-error plain ESM script without types
import { actionDocPaths, renderEnvExample, rootDocPaths, withTables } from '../../scripts/action-docs.mjs';

const root = new URL('../../', import.meta.url).pathname;
/** Every action: the six under actions/ and the root one (action.yml, source in src/, bundle dist/slipway). */
interface ActionFiles {
  name: string;
  actionYml: string;
  source: string;
  bundle: string;
  docs: { readme: string; actionYml: string };
}
const actions: ActionFiles[] = [
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .map((name) => ({
      name: `actions/${name}`,
      actionYml: join(root, 'actions', name, 'action.yml'),
      source: `actions/${name}/src`,
      bundle: `../../dist/${name}/index.js`,
      docs: actionDocPaths(root, name),
    })),
  {
    name: 'action.yml (root)',
    actionYml: join(root, 'action.yml'),
    source: 'src',
    bundle: 'dist/slipway/index.js',
    docs: rootDocPaths(root),
  },
];

/** Inputs that make each action's readInputs read every input without failing. */
const validInputs: Record<string, Record<string, string>> = {
  'smoke-test': { checks: '- path: /health', 'base-url': 'http://127.0.0.1:1' },
  'lint-scan': { scanners: 'auto', allow: '- rule: SC2086\n  reason: r\n  expires: 2030-01-01' },
  'helm-deploy': { release: 'web', chart: './chart', mode: 'rollback', revision: '1' },
  'slack-notify': { token: 'xoxb-test', channel: '#deploys', status: 'started' },
  'build-push': { images: 'ghcr.io/acme/shop', context: 'test/fixtures/app' },
  canary: { release: 'web', image: 'ghcr.io/acme/web:2', chart: './chart' },
  'delivery-metrics': { environment: 'production' },
  src: {
    config: 'test/fixtures/slipway/slipway.yml',
    environment: 'staging',
    image: 'ghcr.io/acme/web:2',
    'slack-webhook-url': 'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
  },
};

describe.each(actions)('$name', ({ actionYml: ymlPath, source, bundle, docs }) => {
  const actionYml = readFileSync(ymlPath, 'utf8');
  const action = parse(actionYml);
  const key = source.split('/')[1] ?? source;

  it('runs the committed bundle under node24', () => {
    expect(action.runs).toEqual(expect.objectContaining({ using: 'node24', main: bundle }));
    expect(existsSync(join(ymlPath, '..', bundle))).toBe(true);
    if (action.runs.post) expect(action.runs.post).toBe(bundle);
  });

  it('has a thin entry: index.ts only calls run()', () => {
    const index = readFileSync(join(root, source, 'index.ts'), 'utf8').trim();
    expect(index).toBe("import { run } from './main';\n\nvoid run();");
  });

  it('reads exactly the inputs its action.yml declares', async () => {
    const { readInputs } = await import(`../../${source}/inputs`);
    const reader = new InputReader(mapInputSource(validInputs[key] ?? {}));
    await readInputs(reader);
    expect([...reader.names].sort()).toEqual(Object.keys(action.inputs ?? {}).sort());
  });

  it('documents its inputs and outputs as action.yml declares them (npm run docs)', () => {
    const readme = readFileSync(docs.readme, 'utf8');
    expect(readme).toBe(withTables(readme, actionYml));
  });

  it('has a .env.example for @github/local-action with every input (npm run docs)', () => {
    const dir = relative(root, dirname(ymlPath)) || '.';
    expect(readFileSync(join(root, dir, '.env.example'), 'utf8')).toBe(renderEnvExample(actionYml, dir));
  });
});
