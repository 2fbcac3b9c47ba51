import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { escapeData, issueCommand, setCommandWriter, writeLine } from './workflow-command';

let written: string[];
let previous: (text: string) => void;
beforeEach(() => {
  written = [];
  previous = setCommandWriter((text) => written.push(text));
});
afterEach(() => {
  setCommandWriter(previous);
});

describe('escapeData', () => {
  it('escapes %, CR and LF so a message stays one command', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('issueCommand', () => {
  it('writes ::name::message on one line', () => {
    issueCommand('warning', 'line one\nline two');
    expect(written).toEqual(['::warning::line one%0Aline two\n']);
  });

  it('writes properties escaped, and skips undefined or empty ones', () => {
    issueCommand('error', 'bad', { title: 'a: b, c', file: 'src/x.ts', line: 12, col: undefined, endLine: '' });
    expect(written).toEqual(['::error title=a%3A b%2C c,file=src/x.ts,line=12::bad\n']);
  });

  it('cannot be broken out of by a value containing "::"', () => {
    issueCommand('notice', 'x', { title: 'evil::add-mask::y' });
    expect(written[0]).toBe('::notice title=evil%3A%3Aadd-mask%3A%3Ay::x\n');
  });
});

describe('setCommandWriter', () => {
  it('returns the previous writer so it can be restored', () => {
    const other: string[] = [];
    const mine = setCommandWriter((t) => other.push(t));
    writeLine('hello');
    expect(other).toEqual(['hello\n']);
    setCommandWriter(mine);
    writeLine('again');
    expect(written).toEqual(['again\n']);
  });
});

describe('writeLine', () => {
  it('writes plain text as it is', () => {
    writeLine('deployed web: revision 3 (100% ready)');
    expect(written).toEqual(['deployed web: revision 3 (100% ready)\n']);
  });

  it.each([
    ['a command at the start', '::set-output name=x::y'],
    ['a command after blanks', '   ::add-mask::hunter2'],
    ['a newline then a command', 'fine\n::error::forged'],
    ['a lone CR then a command', 'fine\r::stop-commands::t'],
    ['the old ##[ form', 'x ##[set-output name=a;]b'],
  ])('fences %s between stop-commands and a one-time token', (_what, text) => {
    writeLine(text);
    const out = written.join('');
    const m = /^::stop-commands::([0-9a-f-]{36})\n([\s\S]*)\n::\1::\n$/.exec(out);
    expect(m?.[2]).toBe(text);
  });
});
