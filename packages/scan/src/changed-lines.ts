/** Lines the pull request added or changed, by file (new side of the diff). */
export type ChangedLines = Map<string, Set<number>>;

/** Parses `git diff -U0` output: the `+++ b/<file>` headers and `@@ -a,b +c,d @@` hunks. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const file = unquote(target).replace(/^b\//, '');
      current = changed.get(file) ?? new Set();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return changed;
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}

/** True when the finding is on a changed line (a finding without a line counts when its file changed). */
export function isOnChangedLine(
  changed: ChangedLines,
  file: string | undefined,
  line?: number,
  endLine?: number,
): boolean {
  if (!file) return false;
  const lines = changed.get(file);
  if (!lines) return false;
  if (line === undefined) return lines.size > 0;
  for (let n = line; n <= Math.max(line, endLine ?? line); n++) if (lines.has(n)) return true;
  return false;
}
