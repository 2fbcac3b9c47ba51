import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
/**
 * Finds the SHA-256 of `file` in a published checksums file: either "<sha>  <name>" lines
 * (sha256sum format, `*` binary marker allowed) or a file holding the bare digest.
 */
export function checksumFor(text: string, file: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line);
    if (match && (match[2] === file || match[2]?.endsWith(`/${file}`))) return match[1]?.toLowerCase();
  }
  if (lines.length === 1 && /^[0-9a-fA-F]{64}$/.test(lines[0] ?? '')) return lines[0]?.toLowerCase();
  return undefined;
}

/** The SHA-256 hex digest of a file, streamed (a helm binary is ~50 MB). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
