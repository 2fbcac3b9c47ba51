import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '@slipway/kit';
import { loadConfig, parseConfig } from './load-config';

const fixture = new URL('../../../test/fixtures/slipway/slipway.yml', import.meta.url).pathname;
const minimal = 'release: web\nchart: ./chart\nenvironments:\n  staging:\n    namespace: staging\n';

async function failure(text: string): Promise<string> {
  const error = await parseConfig(text, 'slipway.yml', '/repo').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('loadConfig', () => {
  it('reads the fixture and keeps its folder for relative paths', async () => {
    const config = await loadConfig(fixture, 'test/fixtures/slipway/slipway.yml');
    expect(config.file.release).toBe('web');
    expect(Object.keys(config.file.environments)).toEqual(['staging', 'production']);
    expect(config.dir).toBe(join(fixture, '..'));
  });

  it('names the input and the file when it cannot be read', async () => {
    await expect(loadConfig('/nonexistent/slipway.yml', 'deploy/slipway.yml')).rejects.toThrow(
      `Input 'config': expected a readable slipway.yml, got "deploy/slipway.yml" (ENOENT)`,
    );
  });

  it('names the file, the line, the path inside it and what was expected', async () => {
    const text = `${minimal}  production:\n    namespace: prod\n    canary:\n      count: 0\n`;
    expect(await failure(text)).toBe(
      'slipway.yml:9:14: environments.production.canary.count: expected an integer from 1 to 100, got 0',
    );
  });

  it('points at the map a required key is missing from', async () => {
    expect(await failure('release: web\nenvironments:\n  staging: { namespace: s }\n')).toBe(
      'slipway.yml:1:1: chart: expected a text such as "./chart" (required)',
    );
  });

  it('names an unknown key with the keys it knows', async () => {
    expect(await failure(`${minimal}    smoke: { checkz: [] }\n`)).toMatch(
      /^slipway\.yml:6:22: environments\.staging\.smoke\.checkz: expected no key "checkz" here \(known keys: base-url, checks,/,
    );
  });

  it('lists a few more problems after the first', async () => {
    const message = await failure('release: Web\nchart: 3\nenvironments: {}\nextra: 1\nmore: 2\n');
    expect(message).toMatch(/^slipway\.yml:1:10: release: expected a text such as "web", got "Web" \(also: /);
    expect(message).toContain('; and 1 more)');
  });

  it('reports YAML syntax with its line', async () => {
    expect(await failure('release: web\nchart: [\n')).toMatch(/^slipway\.yml:\d+:\d+: expected valid YAML, /);
    expect(await failure('release: web\nrelease: api\n')).toMatch(
      /^slipway\.yml:2:1: expected valid YAML, Map keys must be unique/,
    );
  });

  it('refuses an empty file as a map it needs', async () => {
    expect(await failure('')).toBe('slipway.yml: (top level): expected a map, got nothing');
  });
});
