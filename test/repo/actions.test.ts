import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputReader, mapInputSource } from '@slipway/kit';
// @ts-expect-error plain ESM script without types
import { actionDocPaths, withTables } from '../../scripts/action-docs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'action.yml')),
);

/** Inputs that make each action's readInputs read every input without failing. */
const validInputs: Record<string, Record<string, string>> = {
  'smoke-test': { checks: '- path: /health', 'base-url': 'http://127.0.0.1:1' },
  'lint-scan': { scanners: 'auto', allow: '- rule: SC2086\n  reason: r\n  expires: 2030-01-01' },
  'helm-deploy': { release: 'web', chart: './chart', mode: 'rollback', revision: '1' },
  'slack-notify': { token: 'xoxb-test', channel: '#deploys', status: 'started' },
  'build-push': { images: 'ghcr.io/acme/shop', context: 'test/fixtures/app' },
  canary: { release: 'web', image: 'ghcr.io/acme/web:2', chart: './chart' },
  'delivery-metrics': { environment: 'production' },
};

describe.each(actions)('actions/%s', (name) => {
  const actionYml = readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8');
  const action = parse(actionYml);

  it('runs the committed bundle under node24', () => {
    expect(action.runs).toEqual(expect.objectContaining({ using: 'node24', main: `../../dist/${name}/index.js` }));
    expect(existsSync(join(root, 'dist', name, 'index.js'))).toBe(true);
    if (action.runs.post) expect(action.runs.post).toBe(`../../dist/${name}/index.js`);
  });

  it('has a thin entry: index.ts only calls run()', () => {
    const index = readFileSync(join(root, 'actions', name, 'src', 'index.ts'), 'utf8').trim();
    expect(index).toBe("import { run } from './main';\n\nvoid run();");
  });

  it('reads exactly the inputs its action.yml declares', async () => {
    const { readInputs } = await import(`../../actions/${name}/src/inputs`);
    const reader = new InputReader(mapInputSource(validInputs[name] ?? {}));
    await readInputs(reader);
    expect([...reader.names].sort()).toEqual(Object.keys(action.inputs ?? {}).sort());
  });

  it('documents its inputs and outputs as action.yml declares them (npm run docs)', () => {
    const paths = actionDocPaths(root, name);
    const readme = readFileSync(paths.readme, 'utf8');
    expect(readme).toBe(withTables(readme, actionYml));
  });
});
