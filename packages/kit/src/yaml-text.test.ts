import { describe, it, expect } from '@jest/globals';
import { ConfigError } from './errors';
import { parseYamlText } from './yaml-text';

async function failure(text: string, where = 'slipway.yml'): Promise<ConfigError> {
  const error: unknown = await parseYamlText(text, where).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('parseYamlText', () => {
  it('parses mappings, sequences, scalars and JSON', async () => {
    expect(await parseYamlText('name: web\nreplicas: 3\nports: [80, 443]\n', 'x')).toEqual({
      name: 'web',
      replicas: 3,
      ports: [80, 443],
    });
    expect(await parseYamlText('["a", {"b": null}]', 'x')).toEqual(['a', { b: null }]);
    expect(await parseYamlText('', 'x')).toBeNull();
  });

  it('names the place and the line of the first error, on one line', async () => {
    const error = await failure('a: 1\nb: [1, 2\nc: 3');
    expect(error.message).toBe(
      'slipway.yml: expected valid YAML (line 3), Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('rejects duplicate keys with their line', async () => {
    expect((await failure('a: 1\nb: 2\na: 3', "Input 'values'")).message).toBe(
      "Input 'values': expected valid YAML (line 3), Map keys must be unique",
    );
  });

  it('reports an unterminated quote on line 1', async () => {
    expect((await failure('key: "open')).message).toBe(
      'slipway.yml: expected valid YAML (line 1), Missing closing "quote',
    );
  });

  it('refuses an alias bomb', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(
        `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    const error = await failure(lines.join('\n'), "Input 'values'");
    expect(error.message).toMatch(/^Input 'values': expected valid YAML, .*alias/i);
  });
});

describe('parseYamlText and self-containing aliases', () => {
  it('refuses an alias to its own ancestor, which would make every later walk loop', async () => {
    await expect(parseYamlText('a: &a\n  b: *a', "Input 'metrics'")).rejects.toThrow(
      "Input 'metrics': expected valid YAML, an alias refers to a node that contains it",
    );
    await expect(parseYamlText('a: &a [1, 2]\nb: *a\nc: *a', 'x')).resolves.toEqual({
      a: [1, 2],
      b: [1, 2],
      c: [1, 2],
    });
  });
});
