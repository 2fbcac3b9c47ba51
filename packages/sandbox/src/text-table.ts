export interface TextTableOptions {
  /** The whole table's width at most (a 100-column terminal by default). */
  width?: number;
  /** Columns whose cells line up on the right (numbers, durations). */
  right?: number[];
}

const gap = '  ';

/** Splits text into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > 0 ? space : width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines;
}

/** The column widths: each its widest cell, the widest ones narrowed until the table fits. */
function columnWidths(rows: string[][], width: number): number[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const room = width - gap.length * (widths.length - 1);
  while (widths.reduce((sum, w) => sum + w, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]! -= 1;
  }
  return widths;
}

/**
 * An aligned plain-text table with a header rule, fitted to the width: a cell too long for its
 * column wraps onto more lines of its row instead of being cut. No index column, no borders.
 */
export function textTable(header: string[], rows: string[][], options: TextTableOptions = {}): string {
  const all = [header, ...rows];
  const widths = columnWidths(all, options.width ?? 100);
  const right = new Set(options.right ?? []);
  const render = (row: string[]): string[] => {
    const cells = widths.map((w, column) => wrap(row[column] ?? '', w));
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      cells
        .map((lines, column) => {
          const text = lines[line] ?? '';
          return right.has(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
        })
        .join(gap)
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '─'.repeat(w)).join(gap);
  return [...render(header), rule, ...rows.flatMap(render)].join('\n');
}
