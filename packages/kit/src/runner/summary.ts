import { summary as coreSummary } from '@actions/core';
import { redact } from './mask';
import { ensureRunnerFile } from './runner-file';

/** The runner shows at most 1 MiB of summary per step; we keep a margin for the note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const NOTE_RESERVE = 256;

/** Makes untrusted text safe inside a Markdown table cell or paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Builds a job summary in Markdown. Sections are added in order; `render` stops before the
 * 1 MiB limit at a section boundary and says how much was left out.
 */
export class SummaryBuilder {
  private readonly sections: string[] = [];

  heading(text: string, level = 2): this {
    this.sections.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}\n`);
    return this;
  }

  paragraph(markdown: string): this {
    this.sections.push(`${markdown}\n`);
    return this;
  }

  /** Cells are escaped; pass already-formatted Markdown through `raw` cells. */
  table(header: string[], rows: Array<Array<string | { raw: string }>>): this {
    const cell = (c: string | { raw: string }) => (typeof c === 'string' ? escapeMarkdown(c) : c.raw);
    const lines = [`| ${header.map(escapeMarkdown).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    this.sections.push(`${lines.join('\n')}\n`);
    return this;
  }

  details(summary: string, body: string): this {
    this.sections.push(`<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n</details>\n`);
    return this;
  }

  code(text: string, language = ''): this {
    const fence = text.includes('```') ? '````' : '```';
    this.sections.push(`${fence}${language}\n${text}\n${fence}\n`);
    return this;
  }

  render(limitBytes = SUMMARY_LIMIT_BYTES): string {
    const budget = limitBytes - NOTE_RESERVE;
    let used = 0;
    const kept: string[] = [];
    let cut = false;
    for (const section of this.sections) {
      const size = Buffer.byteLength(section, 'utf8') + 1;
      if (used + size <= budget) {
        kept.push(section);
        used += size;
        continue;
      }
      // Keep the whole lines of the first section that overflows (long tables lose rows, not all).
      const lines: string[] = [];
      for (const line of section.split('\n')) {
        const lineSize = Buffer.byteLength(line, 'utf8') + 1;
        if (used + lineSize > budget) break;
        lines.push(line);
        used += lineSize;
      }
      if (lines.length) kept.push(`${lines.join('\n')}\n`);
      cut = true;
      break;
    }
    if (cut) {
      kept.push(
        `> [!NOTE]\n> Summary truncated to stay under the runner's 1 MiB limit; the full report is in the step's outputs.\n`,
      );
    }
    return redact(kept.join('\n'));
  }

  /**
   * Appends to GITHUB_STEP_SUMMARY through `core.summary` (which does not check the size: the
   * cap is render's); returns false when not running on a runner. core's write is asynchronous:
   * writes are queued in order, and `runAction` waits for them (`summariesWritten`).
   */
  write(limitBytes = SUMMARY_LIMIT_BYTES): boolean {
    if (!process.env['GITHUB_STEP_SUMMARY']) return false;
    const text = this.render(limitBytes);
    ensureRunnerFile('GITHUB_STEP_SUMMARY');
    // core.summary is one shared buffer: one write at a time keeps each text whole and in order.
    queue = queue
      .then(() => coreSummary.addRaw(text).write())
      .then(
        () => undefined,
        (error: unknown) => {
          coreSummary.emptyBuffer();
          failure ??= { error };
        },
      );
    return true;
  }
}

let queue: Promise<void> = Promise.resolve();
let failure: { error: unknown } | undefined;

/** Waits for every queued summary write; throws the first that failed. */
export async function summariesWritten(): Promise<void> {
  await queue;
  const failed = failure;
  failure = undefined;
  if (failed) throw failed.error;
}
