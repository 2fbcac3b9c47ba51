import type { BuildRequest } from '../build-request';

/**
 * The classic docker builder (DOCKER_BUILDKIT=0) appends one LABEL step per `--label` flag, and
 * each step commits an intermediate container (about a second each on a vfs storage driver).
 * Appending ONE `LABEL "k1"="v1" "k2"="v2" …` line to a copy of the Dockerfile gives the same
 * labels in one step.
 */

const LINE_BREAK = /[\r\n]/;

/**
 * Whether the labels can go into one appended LABEL line. Not with a `target`: a line appended at
 * the end lands in the last stage, not necessarily the target stage, so --label flags stay. Not
 * with a line break in a key or value (user labels are refused in the inputs; a generated one such
 * as the repository description falls back to --label flags): Dockerfile syntax cannot hold one.
 */
export function canAppendLabels(req: BuildRequest): boolean {
  const entries = Object.entries(req.labels);
  return !req.target && entries.length > 0 && !entries.some(([k, v]) => LINE_BREAK.test(k) || LINE_BREAK.test(v));
}

/** The escape character the Dockerfile's `# escape=` parser directive sets, else a backslash. */
export function dockerfileEscape(text: string): string {
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    // Parser directives come first; the first other line (comment, blank, instruction) ends them.
    const m = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
    if (!m) break;
    if ((m[1] as string).toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

/** `LABEL "k1"="v1" …`: keys and values quoted, the escape character, `"` and `$` escaped. */
export function labelInstruction(labels: Record<string, string>, escape = '\\'): string {
  // In double quotes the escape character escapes `"`, `$` and itself; anything else stays literal.
  const special = new Set([escape, '"', '$']);
  const quote = (s: string) => `"${s.replace(/[\\`"$]/g, (c) => (special.has(c) ? escape + c : c))}"`;
  return `LABEL ${Object.entries(labels)
    .map(([k, v]) => `${quote(k)}=${quote(v)}`)
    .join(' ')}`;
}

/** The user's Dockerfile, unchanged, with one LABEL line appended after a line break of its own. */
export function appendLabelLine(original: Buffer, labels: Record<string, string>): Buffer {
  const text = original.toString('utf8');
  const separator = original.length && !text.endsWith('\n') ? '\n' : '';
  const line = `${separator}${labelInstruction(labels, dockerfileEscape(text))}\n`;
  return Buffer.concat([original, Buffer.from(line, 'utf8')]);
}
