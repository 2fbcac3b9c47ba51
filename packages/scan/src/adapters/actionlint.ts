import type { RawFinding } from '../finding';
import { isWorkflow, parseToolJson, relativePath, type Adapter } from './adapter';

interface ActionlintError {
  message: string;
  filepath: string;
  line: number;
  column: number;
  kind: string;
}

/** actionlint: every report is an error (it only reports what breaks or endangers a workflow). */
export const actionlint: Adapter = {
  name: 'actionlint',
  binary: 'actionlint',
  category: 'actionlint',
  informationUri: 'https://github.com/rhysd/actionlint',
  versionArgs: ['--version'],
  pinned: 'actionlint',
  detect: (files) => files.some(isWorkflow),
  async scan({ root, files, binary, exec, env, signal }) {
    const workflows = files.filter(isWorkflow);
    if (!workflows.length) return [];
    // Exit code 1 means "found problems"; anything above is a failure of the tool itself.
    const result = await exec(binary, ['-no-color', '-format', '{{json .}}', '--', ...workflows], {
      cwd: root,
      env,
      signal,
      ignoreExitCode: true,
    });
    if (result.exitCode > 1) throw new Error(`actionlint failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    return parseActionlint(result.stdout, root);
  },
};

export function parseActionlint(stdout: string, root: string): RawFinding[] {
  const errors = parseToolJson<ActionlintError[] | null>('actionlint', stdout.trim() || '[]') ?? [];
  return errors.map((e) => ({
    ruleId: e.kind,
    message: e.message,
    level: 'error',
    file: relativePath(root, e.filepath),
    line: e.line,
    column: e.column,
    helpUri: 'https://github.com/rhysd/actionlint/blob/main/docs/checks.md',
  }));
}
