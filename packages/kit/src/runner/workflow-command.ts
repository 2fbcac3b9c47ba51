import { EOL } from 'node:os';

type Write = (text: string) => void;
let write: Write = (text) => process.stdout.write(text);

/** Tests capture what the runner would read by swapping the writer. */
export function setCommandWriter(next: Write): Write {
  const previous = write;
  write = next;
  return previous;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes `::name key=value,…::message`, escaped as the runner expects. */
export function issueCommand(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export function writeLine(text: string): void {
  write(`${text}${EOL}`);
}
