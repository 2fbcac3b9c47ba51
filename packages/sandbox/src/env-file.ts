import { readFileSync, writeFileSync } from 'node:fs';

export type SandboxEnv = Record<string, string>;

function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Renders KEY='value' lines: readable by loadSandboxEnv and by `set -a; . .sandbox/env`. */
export function renderEnvFile(vars: SandboxEnv): string {
  const lines = Object.entries(vars).map(([key, value]) => `${key}=${quote(value)}`);
  return `# written by npm run sandbox -- up; do not edit\n${lines.join('\n')}\n`;
}

export function parseEnvFile(text: string): SandboxEnv {
  const vars: SandboxEnv = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    vars[key] = unquote(raw);
  }
  return vars;
}

function unquote(raw: string): string {
  if (!raw.startsWith("'")) return raw;
  // 'a'\''b' → a'b
  return raw.slice(1, -1).split(`'\\''`).join("'");
}

export function writeEnvFile(path: string, vars: SandboxEnv): void {
  writeFileSync(path, renderEnvFile(vars), { mode: 0o600 });
}

export function readEnvFile(path: string): SandboxEnv {
  return parseEnvFile(readFileSync(path, 'utf8'));
}
