import { describe, expect, it } from '@jest/globals';
import type { BuildRequest } from '../build-request';
import { appendLabelLine, canAppendLabels, dockerfileEscape, labelInstruction } from './label-dockerfile';

const req: BuildRequest = {
  context: 'app',
  file: 'app/Dockerfile',
  tags: ['ghcr.io/acme/shop:1'],
  labels: { 'org.opencontainers.image.version': '1.2.3', team: 'payments' },
  annotations: {},
  buildArgs: {},
  secrets: [],
  platforms: [],
  cacheFrom: [],
  cacheTo: [],
  push: true,
  load: false,
  iidFile: '/t/iid',
  metadataFile: '/t/metadata.json',
};

describe('one LABEL line for the classic docker builder', () => {
  it('quotes every key and value, in order', () => {
    expect(labelInstruction({ 'org.opencontainers.image.version': '1.2.3', 'my team': 'pay ments', empty: '' })).toBe(
      'LABEL "org.opencontainers.image.version"="1.2.3" "my team"="pay ments" "empty"=""',
    );
  });

  it('escapes ", \\ and $ (and leaves a backtick alone)', () => {
    expect(labelInstruction({ 'a"b': 'say "hi"', path: 'C:\\dir\\', cost: '$5 ${HOME} $(id)', tick: '`x`' })).toBe(
      String.raw`LABEL "a\"b"="say \"hi\"" "path"="C:\\dir\\" "cost"="\$5 \${HOME} \$(id)" "tick"="` + '`x`"',
    );
  });

  it('with `# escape=`` `: the backtick escapes, a backslash is literal', () => {
    expect(labelInstruction({ k: 'a\\b "c" $d `e`' }, '`')).toBe('LABEL "k"="a\\b `"c`" `$d ``e``"');
  });

  it('reads the escape parser directive only from the directives at the top', () => {
    expect(dockerfileEscape('FROM scratch\n')).toBe('\\');
    expect(dockerfileEscape('# escape=`\nFROM scratch\n')).toBe('`');
    expect(dockerfileEscape('\uFEFF# syntax=docker/dockerfile:1\r\n#  ESCAPE = ` \r\nFROM scratch\r\n')).toBe('`');
    expect(dockerfileEscape('# a comment\n# escape=`\nFROM scratch\n')).toBe('\\');
    expect(dockerfileEscape('\n# escape=`\nFROM scratch\n')).toBe('\\');
    expect(dockerfileEscape('FROM scratch\n# escape=`\n')).toBe('\\');
  });

  it('appends the line to the unchanged Dockerfile, adding a missing final newline', () => {
    const labels = { team: 'pay"ments', note: 'a\\b $c' };
    expect(appendLabelLine(Buffer.from('FROM scratch\nCOPY app /app\n'), labels).toString()).toBe(
      'FROM scratch\nCOPY app /app\nLABEL "team"="pay\\"ments" "note"="a\\\\b \\$c"\n',
    );
    expect(appendLabelLine(Buffer.from('FROM scratch\nUSER 1'), labels).toString()).toBe(
      'FROM scratch\nUSER 1\nLABEL "team"="pay\\"ments" "note"="a\\\\b \\$c"\n',
    );
    expect(appendLabelLine(Buffer.from('# escape=`\nFROM scratch\n'), labels).toString()).toBe(
      '# escape=`\nFROM scratch\nLABEL "team"="pay`"ments" "note"="a\\b `$c"\n',
    );
  });

  it('keeps bytes that are not UTF-8 as they were', () => {
    const original = Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0x78, 0x0a, 0x23, 0xff, 0x0a]);
    const out = appendLabelLine(original, { k: 'v' });
    expect(out.subarray(0, original.length).equals(original)).toBe(true);
    expect(out.subarray(original.length).toString()).toBe('LABEL "k"="v"\n');
  });

  it('only without a target, with labels, and with no line break in them', () => {
    expect(canAppendLabels(req)).toBe(true);
    expect(canAppendLabels({ ...req, target: 'runtime' })).toBe(false);
    expect(canAppendLabels({ ...req, labels: {} })).toBe(false);
    expect(canAppendLabels({ ...req, labels: { description: 'two\nlines' } })).toBe(false);
    expect(canAppendLabels({ ...req, labels: { 'a\rb': 'c' } })).toBe(false);
  });
});
