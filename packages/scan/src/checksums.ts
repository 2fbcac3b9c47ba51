/**
 * Finds the SHA-256 of `archive` in a published checksums file: either "<sha>  <name>" lines
 * (sha256sum format, `*` binary marker allowed) or a file holding the bare digest.
 */
export function checksumFor(text: string, archive: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line);
    if (match && (match[2] === archive || match[2]?.endsWith(`/${archive}`))) return match[1]?.toLowerCase();
  }
  if (lines.length === 1 && /^[0-9a-fA-F]{64}$/.test(lines[0] ?? '')) return lines[0]?.toLowerCase();
  return undefined;
}
