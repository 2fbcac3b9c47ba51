/** A workflow command as the runner obeys it from a step's stdout. */
export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(text: string, property = false): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/**
 * Reads a step's stdout the way the runner does: lines split on CR, LF or CRLF, `::name …::msg`
 * after leading blanks (and the old `##[name …]msg` anywhere in a line), with command processing
 * paused between `::stop-commands::<token>` and `::<token>::`. Returns every command obeyed.
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const v2 = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line);
    const v1 = v2 ? undefined : /##\[([A-Za-z-]+)( [^\]]*)?\](.*)$/.exec(raw);
    const m = v2 ?? v1;
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '')
      .trim()
      .split(v2 ? ',' : ';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
    const command = { name: (m[1] as string).toLowerCase(), properties, message: unescape(m[3] ?? '') };
    if (command.name === 'stop-commands' && command.message) stopToken = command.message;
    commands.push(command);
  }
  return commands;
}
