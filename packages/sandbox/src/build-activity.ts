import { closeSync, openSync, readSync } from 'node:fs';

export type BuildActivityKind = 'downloading' | 'compiling' | 'linking';

export interface BuildActivity {
  kind: BuildActivityKind;
  text: string;
}

const packagePath = /^[\w.~-]+(\/[\w.~+-]+)*$/;

/**
 * Reads what a `go build -v` / `go install -v` is doing from its output, line by line: modules
 * downloaded ("go: downloading m v"), packages compiled (-v prints each one it compiles, the
 * cached ones not at all), and the commands' own packages, which are compiled last and linked.
 * `total` is the package count of the last build on this machine, for "n/total".
 */
export class GoBuildWatcher {
  private modules = 0;
  packages = 0;

  constructor(
    private readonly commands: string[],
    private readonly total?: number,
  ) {}

  line(text: string): BuildActivity | undefined {
    const line = text.trim();
    const download = /^go: downloading (\S+) (\S+)$/.exec(line);
    if (download) {
      this.modules += 1;
      return { kind: 'downloading', text: `downloading modules (${this.modules}): ${download[1]} ${download[2]}` };
    }
    if (!packagePath.test(line)) return undefined;
    this.packages += 1;
    const counted = this.total ? `${Math.min(this.packages, this.total)}/${this.total}` : `${this.packages}`;
    if (this.commands.includes(line)) {
      return { kind: 'linking', text: `compiling and linking ${line.split('/').pop()} (${counted} packages)` };
    }
    return { kind: 'compiling', text: `compiling ${line} (${counted} packages)` };
  }
}

/**
 * Calls onLine with each new complete line appended to a log file, polling every second, until
 * the returned stop() (which reads what is left first).
 */
export function followLog(path: string, onLine: (line: string) => void): () => void {
  let position = 0;
  let pending = '';
  const buffer = Buffer.alloc(64 * 1024);
  const read = (): void => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return;
    }
    try {
      for (;;) {
        const bytes = readSync(fd, buffer, 0, buffer.length, position);
        if (bytes <= 0) break;
        position += bytes;
        pending += buffer.toString('utf8', 0, bytes);
      }
    } finally {
      closeSync(fd);
    }
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  const timer = setInterval(read, 1000).unref();
  return () => {
    clearInterval(timer);
    read();
  };
}
