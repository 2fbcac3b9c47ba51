import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getState, outputText, saveState, setOutput } from './outputs';
import { addPath } from './add-path';
import { exportVariable } from './export-variable';
import { setCommandWriter } from './workflow-command';

/** Reads a GITHUB_OUTPUT / GITHUB_STATE file as the runner does: `k=v` lines and `k<<EOF` blocks. */
function parseRunnerFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated block for ${name}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`not a runner line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

let dir: string;
let saved: NodeJS.ProcessEnv;
let commands: string[];
let previousWriter: (text: string) => void;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-outputs-'));
  saved = { ...process.env };
  process.env['GITHUB_OUTPUT'] = join(dir, 'output');
  process.env['GITHUB_STATE'] = join(dir, 'state');
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'state'), '');
  commands = [];
  previousWriter = setCommandWriter((t) => commands.push(t));
});

afterEach(() => {
  process.env = saved;
  setCommandWriter(previousWriter);
  rmSync(dir, { recursive: true, force: true });
});

const outputs = () => parseRunnerFile(readFileSync(join(dir, 'output'), 'utf8'));

describe('outputText', () => {
  it('keeps strings as they are and writes everything else as JSON', () => {
    expect(outputText('repo@sha256:abc')).toBe('repo@sha256:abc');
    expect(outputText(3)).toBe('3');
    expect(outputText(false)).toBe('false');
    expect(outputText({ a: [1] })).toBe('{"a":[1]}');
    expect(outputText(null)).toBe('');
    expect(outputText(undefined)).toBe('');
  });
});

describe('setOutput', () => {
  it('appends heredoc blocks to GITHUB_OUTPUT that the runner reads back', () => {
    setOutput('digest', 'ghcr.io/acme/web@sha256:0123');
    setOutput('notes', 'line one\nline two\n\nline four');
    setOutput('report', { passed: 3, failed: ['a "quoted" b'] });
    setOutput('replicas', 3);
    setOutput('empty', undefined);
    expect(outputs()).toEqual({
      digest: 'ghcr.io/acme/web@sha256:0123',
      notes: 'line one\nline two\n\nline four',
      report: '{"passed":3,"failed":["a \\"quoted\\" b"]}',
      replicas: '3',
      empty: '',
    });
    expect(JSON.parse(outputs()['report'] ?? '')).toEqual({ passed: 3, failed: ['a "quoted" b'] });
    expect(commands).toEqual([]);
  });

  it('uses a fresh random delimiter per value, so a value cannot end its block early', () => {
    setOutput('a', 'EOF\nghadelimiter_\nstill a');
    setOutput('b', 'x');
    const text = readFileSync(join(dir, 'output'), 'utf8');
    const delimiters = [...text.matchAll(/^[ab]<<(.+)$/gm)].map((m) => m[1]);
    expect(delimiters).toHaveLength(2);
    expect(delimiters[0]).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
    expect(delimiters[0]).not.toBe(delimiters[1]);
    expect(outputs()).toEqual({ a: 'EOF\nghadelimiter_\nstill a', b: 'x' });
  });

  it('creates a runner file that is named but missing, as @github/local-action leaves it', () => {
    rmSync(join(dir, 'output'));
    setOutput('digest', 'sha256:0123');
    expect(outputs()).toEqual({ digest: 'sha256:0123' });
  });

  it('appends rather than overwriting what earlier steps wrote', () => {
    writeFileSync(join(dir, 'output'), 'earlier=1\n');
    setOutput('later', '2');
    expect(outputs()).toEqual({ earlier: '1', later: '2' });
  });

  it('falls back to the ::set-output:: command off a runner', () => {
    delete process.env['GITHUB_OUTPUT'];
    setOutput('notes', 'a\nb');
    expect(commands.join('')).toBe('\n::set-output name=notes::a%0Ab\n');
  });
});

describe('saveState / getState', () => {
  it('writes state to GITHUB_STATE in the same format', () => {
    saveState('release', 'web');
    saveState('plan', { steps: [10, 50] });
    const state = parseRunnerFile(readFileSync(join(dir, 'state'), 'utf8'));
    expect(state).toEqual({ release: 'web', plan: '{"steps":[10,50]}' });
    expect(outputs()).toEqual({});
  });

  it('reads back what the runner hands the post step as STATE_*', () => {
    process.env['STATE_release'] = 'web';
    expect(getState('release')).toBe('web');
    expect(getState('never-saved')).toBe('');
  });

  it('falls back to the ::save-state:: command off a runner', () => {
    delete process.env['GITHUB_STATE'];
    saveState('release', 'web');
    expect(commands).toEqual(['::save-state name=release::web\n']);
  });
});

describe('exportVariable / addPath', () => {
  it('hand a variable and a directory to the steps after this one, and to this step', () => {
    process.env['GITHUB_ENV'] = join(dir, 'env');
    process.env['GITHUB_PATH'] = join(dir, 'path');
    writeFileSync(join(dir, 'env'), '');
    writeFileSync(join(dir, 'path'), '');
    exportVariable('HELM_CACHE_HOME', '/tmp/helm cache\nsecond line');
    addPath(join(dir, 'helm', 'bin'));
    expect(parseRunnerFile(readFileSync(join(dir, 'env'), 'utf8'))).toEqual({
      HELM_CACHE_HOME: '/tmp/helm cache\nsecond line',
    });
    expect(readFileSync(join(dir, 'path'), 'utf8')).toBe(`${join(dir, 'helm', 'bin')}\n`);
    expect(process.env['HELM_CACHE_HOME']).toBe('/tmp/helm cache\nsecond line');
    expect(process.env['PATH']?.split(':')[0]).toBe(join(dir, 'helm', 'bin'));
    expect(commands).toEqual([]);
  });
});
