import { existsSync, readFileSync } from 'node:fs';

/** A file a tool writes (image id, digest), trimmed; "" when the tool wrote none. */
export function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}
