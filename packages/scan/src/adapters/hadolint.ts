import type { RawFinding } from '../finding';
import type { Level } from '../severity';
import { inBatches, parseToolJson, relativePath, type Adapter } from './adapter';

interface HadolintComment {
  code: string;
  file: string;
  line: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  message: string;
}

const LEVEL: Record<HadolintComment['level'], Level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

/** Dockerfile, Containerfile, Dockerfile.<name> and <name>.Dockerfile, in any directory. */
export const isDockerfile = (file: string) =>
  /(^|\/)(Dockerfile|Containerfile)(\.[^/]+)?$/.test(file) || /\.(Dockerfile|Containerfile)$/.test(file);

/**
 * hadolint: Dockerfile rules (DL…) and the ShellCheck rules it runs on RUN lines (SC…), with the
 * repository's `.hadolint.yaml`; error → error, warning → warning, info and style → note.
 */
export const hadolint: Adapter = {
  name: 'hadolint',
  binary: 'hadolint',
  category: 'hadolint',
  informationUri: 'https://github.com/hadolint/hadolint',
  versionArgs: ['--version'],
  pinned: 'hadolint',
  detect: (files) => files.some(isDockerfile),
  async scan({ root, files, binary, exec, env, signal }) {
    return inBatches(files.filter(isDockerfile), async (batch) => {
      // --no-fail: exit 0 with findings; a non-zero exit is the tool failing (a file it cannot parse).
      const result = await exec(binary, ['--format', 'json', '--no-fail', '--', ...batch], {
        cwd: root,
        env,
        signal,
        ignoreExitCode: true,
      });
      if (result.exitCode !== 0)
        throw new Error(`hadolint failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop()}`);
      return parseHadolint(result.stdout, root);
    });
  },
};

export function parseHadolint(stdout: string, root: string): RawFinding[] {
  const comments = parseToolJson<HadolintComment[]>('hadolint', stdout.trim() || '[]');
  return comments.map((c) => ({
    ruleId: c.code,
    message: c.message,
    level: LEVEL[c.level] ?? 'warning',
    file: relativePath(root, c.file),
    line: c.line,
    column: c.column,
    helpUri: c.code.startsWith('SC')
      ? `https://www.shellcheck.net/wiki/${c.code}`
      : `https://github.com/hadolint/hadolint/wiki/${c.code}`,
  }));
}
