import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../errors';
import { InputReader } from './input-reader';
import { mapInputSource } from './input-source';
import { containedPath, realPathOf } from './workspace-path';

let top: string;
let workspace: string;
let temp: string;

beforeAll(() => {
  top = realPathOf(mkdtempSync(join(tmpdir(), 'slipway-ws-')));
  workspace = join(top, 'workspace');
  temp = join(top, 'temp');
  mkdirSync(join(workspace, 'sub'), { recursive: true });
  mkdirSync(temp);
  writeFileSync(join(workspace, 'sub', 'checks.yml'), '- path: /\n');
  writeFileSync(join(top, 'secret.txt'), 'outside');
  symlinkSync(join(top, 'secret.txt'), join(workspace, 'link-out'));
  symlinkSync(join(workspace, 'sub'), join(workspace, 'link-in'));
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

function reader(values: Record<string, string>): InputReader {
  return new InputReader(mapInputSource(values), { workspace });
}

describe('containedPath', () => {
  it('keeps paths inside the workspace, links inside it included, and files not written yet', () => {
    expect(containedPath('f', join(workspace, 'sub', 'checks.yml'), [workspace])).toBe(
      join(workspace, 'sub', 'checks.yml'),
    );
    expect(containedPath('f', join(workspace, 'link-in', 'checks.yml'), [workspace])).toBe(
      join(workspace, 'sub', 'checks.yml'),
    );
    expect(containedPath('f', join(workspace, 'new', 'out.json'), [workspace])).toBe(
      join(workspace, 'new', 'out.json'),
    );
    expect(containedPath('f', workspace, [workspace])).toBe(workspace);
  });

  it.each([
    ['a parent-directory climb', () => join(workspace, '..', '..', 'etc', 'passwd')],
    ['an absolute path elsewhere', () => '/etc/passwd'],
    ['a symlink out of the workspace', () => join(workspace, 'link-out')],
    ['a sibling sharing the prefix', () => `${workspace}-evil/x`],
  ])('refuses %s, naming the input', (_what, path) => {
    expect(() => containedPath('checks-file', path(), [workspace])).toThrow(ConfigError);
    expect(() => containedPath('checks-file', path(), [workspace])).toThrow(
      /^Input 'checks-file': expected a path inside the workspace \(.*\), symlinks followed, got "/,
    );
  });

  it('allows the extra roots an input names, and any path without a workspace', () => {
    expect(containedPath('o', join(temp, 'r.sarif'), [workspace, temp])).toBe(join(temp, 'r.sarif'));
    expect(containedPath('o', '/etc/passwd', [])).toBe('/etc/passwd');
  });
});

describe('InputReader.path', () => {
  it('reads, defaults and contains', () => {
    expect(reader({ p: join(workspace, 'sub') }).path('p')).toBe(join(workspace, 'sub'));
    expect(reader({}).path('p')).toBeUndefined();
    expect(reader({}).path('p', { default: workspace })).toBe(workspace);
    expect(() => reader({ p: '/etc' }).path('p')).toThrow(/^Input 'p': expected a path inside the workspace/);
    expect(reader({ p: join(temp, 'x') }).path('p', { alsoInside: [temp] })).toBe(join(temp, 'x'));
  });
});
