import { afterAll, afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskSecret } from './mask';
import { SUMMARY_LIMIT_BYTES, SummaryBuilder, escapeMarkdown, summariesWritten } from './summary';
import { setCommandWriter } from './workflow-command';

const NOTE =
  "> [!NOTE]\n> Summary truncated to stay under the runner's 1 MiB limit; the full report is in the step's outputs.\n";
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('escapeMarkdown', () => {
  it('escapes pipes, angle brackets, ampersands and newlines', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('x & y')).toBe('x &amp; y');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });
});

describe('SummaryBuilder', () => {
  it('renders headings, paragraphs, tables, details and code in order', () => {
    const text = new SummaryBuilder()
      .heading('Deploy <web>')
      .paragraph('**done**')
      .table(['name', 'status'], [['a|b', { raw: '✅' }]])
      .details('More', 'body')
      .code('x = 1', 'py')
      .render();
    expect(text).toBe(
      [
        '## Deploy &lt;web&gt;\n',
        '**done**\n',
        '| name | status |\n| --- | --- |\n| a\\|b | ✅ |\n',
        '<details><summary>More</summary>\n\nbody\n</details>\n',
        '```py\nx = 1\n```\n',
      ].join('\n'),
    );
  });

  it('keeps a table cell with a pipe or newline in its own cell', () => {
    const text = new SummaryBuilder().table(['k', 'v'], [['evil | cell\nnext', 'ok']]).render();
    const row = text.split('\n')[2] ?? '';
    expect(row).toBe('| evil \\| cell<br>next | ok |');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(4);
  });

  it('uses a longer fence when the code contains one', () => {
    expect(new SummaryBuilder().code('```\nx\n```').render()).toBe('````\n```\nx\n```\n````\n');
  });

  it('heading levels are honoured', () => {
    expect(new SummaryBuilder().heading('x', 3).render()).toBe('### x\n');
  });

  it('renders everything, without the note, when under the limit', () => {
    const text = new SummaryBuilder().paragraph('short').render(1000);
    expect(text).toBe('short\n');
    expect(text).not.toContain('truncated');
  });

  it('truncates under a small limit, keeping whole sections and lines, and says so', () => {
    const builder = new SummaryBuilder().paragraph('first').paragraph('x'.repeat(500)).paragraph('third');
    const text = builder.render(600);
    expect(text).toBe(`first\n\n${NOTE}`);
    expect(bytes(text)).toBeLessThanOrEqual(600);
  });

  it('keeps the rows of an overflowing table that fit', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row-${i}`, 'ok']);
    const text = new SummaryBuilder().heading('Results').table(['name', 'status'], rows).render(1000);
    expect(bytes(text)).toBeLessThanOrEqual(1000);
    expect(text).toContain('| name | status |\n| --- | --- |\n| row-0 | ok |');
    expect(text).not.toContain('row-99');
    expect(text.endsWith(NOTE)).toBe(true);
    const kept = text.match(/^\| row-\d+ \| ok \|$/gm) ?? [];
    expect(kept.length).toBeGreaterThan(20);
    expect(kept).toEqual(kept.map((_, i) => `| row-${i} | ok |`));
  });

  it('keeps a 1 MiB+ table to the rows that fit under the runner limit', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`service-${i}`, 'x'.repeat(30), 'passed']);
    const builder = new SummaryBuilder().heading('Smoke').table(['check', 'detail', 'result'], rows);
    const text = builder.render();
    expect(bytes(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 1024);
    expect(text.startsWith('## Smoke\n\n| check | detail | result |\n| --- | --- | --- |\n| service-0 |')).toBe(true);
    expect(text.endsWith(NOTE)).toBe(true);
    const kept = text.match(/^\| service-\d+ \|/gm) ?? [];
    expect(kept.length).toBeGreaterThan(10_000);
    expect(kept.length).toBeLessThan(30_000);
    expect(text).toContain(`| service-${kept.length - 1} | ${'x'.repeat(30)} | passed |\n\n> [!NOTE]`);
  });

  it('counts bytes, not characters', () => {
    const text = new SummaryBuilder().paragraph('é'.repeat(200)).paragraph('é'.repeat(200)).render(700);
    expect(bytes(text)).toBeLessThanOrEqual(700);
    expect(text).toBe(`${'é'.repeat(200)}\n\n${NOTE}`);
  });

  it('redacts registered secrets from what it renders', () => {
    const previous = setCommandWriter(() => undefined);
    try {
      maskSecret('summary-secret-value');
    } finally {
      setCommandWriter(previous);
    }
    const text = new SummaryBuilder().table(['token'], [['summary-secret-value']]).render();
    expect(text).not.toContain('summary-secret-value');
    expect(text).toContain('| *** |');
  });
});

describe('SummaryBuilder.write', () => {
  // core.summary keeps the first GITHUB_STEP_SUMMARY it sees (one per step on a runner): one file here too.
  const dir = mkdtempSync(join(tmpdir(), 'kit-summary-'));
  const path = join(dir, 'summary.md');
  let saved: string | undefined;
  beforeEach(() => {
    rmSync(path, { recursive: true, force: true });
    writeFileSync(path, '');
    saved = process.env['GITHUB_STEP_SUMMARY'];
    process.env['GITHUB_STEP_SUMMARY'] = path;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
    else process.env['GITHUB_STEP_SUMMARY'] = saved;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends to GITHUB_STEP_SUMMARY, each write whole and in order', async () => {
    writeFileSync(path, 'earlier step\n');
    expect(new SummaryBuilder().heading('Done').write()).toBe(true);
    expect(new SummaryBuilder().paragraph('second').write()).toBe(true);
    await summariesWritten();
    expect(readFileSync(path, 'utf8')).toBe('earlier step\n## Done\nsecond\n');
  });

  it('keeps the 1 MiB cap when writing through @actions/core', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`service-${i}`, 'x'.repeat(30)]);
    new SummaryBuilder().table(['check', 'detail'], rows).write();
    await summariesWritten();
    const written = readFileSync(path, 'utf8');
    expect(bytes(written)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(written.endsWith(NOTE)).toBe(true);
  });

  it('reports a write that failed once, when asked, and still writes later ones whole', async () => {
    rmSync(path);
    mkdirSync(path);
    expect(new SummaryBuilder().heading('Lost').write()).toBe(true);
    await expect(summariesWritten()).rejects.toThrow(/EISDIR/);
    rmSync(path, { recursive: true });
    writeFileSync(path, '');
    new SummaryBuilder().heading('Kept').write();
    await summariesWritten();
    expect(readFileSync(path, 'utf8')).toBe('## Kept\n');
  });

  it('returns false off a runner', () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(new SummaryBuilder().heading('Done').write()).toBe(false);
  });
});
