import { ConfigError, InputReader, mapInputSource, setCommandWriter } from '@slipway/kit';
import { runnerCommands, type RunnerCommand } from '../support/runner-log';
import type { ActionRun } from '../support/run-action';
import { isVersionProbe, type Sentinels } from './sentinels';

/** Past this, a case counts as a hang (validation is milliseconds; the bundle kills at its own deadline). */
export const IN_PROCESS_DEADLINE_MS = 10_000;
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
/** Commands an action may issue itself; any other is an injection. */
const OWN_COMMANDS = new Set(['add-mask', 'debug', 'warning', 'notice', 'error', 'group', 'endgroup', 'stop-commands']);

type ReadInputs = (reader: InputReader, env?: NodeJS.ProcessEnv) => Promise<unknown>;

export interface Verdict {
  accepted: boolean;
  /** The ConfigError's message when refused. */
  message?: string;
  /** What broke the rules (a stack, a command, a side effect, a hang); empty when the case held. */
  faults: string[];
}

export function namedInput(message: string, declared: string[]): string | undefined {
  const m = /^Input '([^']+)'/.exec(message);
  return m && declared.includes(m[1] as string) ? m[1] : undefined;
}

/** A file the message starts with (slipway.yml, a kubeconfig, a SARIF or JSON file), or an input it quotes. */
export function namesInputOrFile(message: string, declared: string[]): boolean {
  if (namedInput(message, declared)) return true;
  if (/^(?:[\w./-]*\.(?:ya?ml|json|sarif)|kubeconfig)\b/.test(message)) return true;
  return declared.some((name) => message.includes(`'${name}'`));
}

/**
 * A runtime's own words, with nothing of the action's: what a user cannot act on (which input,
 * which file, what was expected?). Such an error fails the case whatever its kind.
 */
const RAW_ERROR =
  /^(?:E[A-Z]{3,}|ERR_[A-Z_]+)\b|\b(?:ENOENT|EACCES|EISDIR|ENOTDIR|EPERM):|Protocol "[a-z]*:" not supported|Cannot (?:read|set|destructure) propert|is not (?:a function|iterable|a constructor)|^Unexpected token|^undefined$|\[object Object\]/;

export function isRawError(message: string): boolean {
  return RAW_ERROR.test(message);
}

/**
 * Where a flag-shaped value landed in the argv the stand-ins received: an element that is the
 * value, or starts with it, before a "--" (where a program parses options) is a fault.
 */
export function optionPositions(argvs: string[][], value: string): string[] {
  if (!value.startsWith('-')) return [];
  const found: string[] = [];
  for (const argv of argvs) {
    const end = argv.indexOf('--', 1);
    const options = argv.slice(1, end < 0 ? argv.length : end);
    if (options.some((a) => a.startsWith(value))) found.push(argv.join(' ').slice(0, 200));
  }
  return found;
}

/** Commands not of the action's own making: a value that escaped into the runner's protocol. */
export function foreignCommands(commands: RunnerCommand[]): RunnerCommand[] {
  return commands.filter(
    (c) =>
      !OWN_COMMANDS.has(c.name) ||
      (c.name === 'stop-commands' && !/^[0-9a-f-]{36}$/.test(c.message)) ||
      (c.name === 'add-mask' && !c.message) ||
      c.message === 'forged',
  );
}

/** Runs an action's readInputs in this process, as its main does, and judges the outcome. */
export async function judgeInProcess(
  readInputs: ReadInputs,
  inputs: Record<string, string>,
  options: { env: NodeJS.ProcessEnv; workspace: string; declared: string[]; sentinels: Sentinels },
): Promise<Verdict> {
  const written: string[] = [];
  const previous = setCommandWriter((text) => written.push(text));
  const mark = options.sentinels.mark();
  const faults: string[] = [];
  const started = performance.now();
  let message: string | undefined;
  try {
    await readInputs(new InputReader(mapInputSource(inputs), { workspace: options.workspace }), options.env);
  } catch (error) {
    if (!(error instanceof ConfigError))
      faults.push(`not a ConfigError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    else message = error.message;
  } finally {
    setCommandWriter(previous);
  }
  if (performance.now() - started > IN_PROCESS_DEADLINE_MS) faults.push('hang: validation took past the deadline');
  if (message !== undefined) {
    if (/[\r\n]/.test(message)) faults.push(`error is more than one line: ${JSON.stringify(message.slice(0, 200))}`);
    if (!namesInputOrFile(message, options.declared))
      faults.push(`error names no input or file: ${message.slice(0, 200)}`);
  }
  const hits = options.sentinels.hits(mark);
  if (hits.execs.length) faults.push(`process started during validation: ${hits.execs.join('; ')}`);
  if (hits.connections.length) faults.push(`connection during validation: ${hits.connections.join('; ')}`);
  const foreign = foreignCommands(runnerCommands(written.join('')));
  if (foreign.length) faults.push(`workflow command emitted: ${JSON.stringify(foreign[0])}`);
  return { accepted: message === undefined && !faults.length, ...(message !== undefined ? { message } : {}), faults };
}

/**
 * Judges a bundle run: no hang, no stack, at most one error, no command of the value's making.
 * `validated` is inputs.ts's verdict on the same inputs: when it refused, the bundle must refuse
 * with the same one line naming an input, before any process or connection; when it accepted,
 * what follows is the action's work (a later ConfigError, about the runner say, is fine).
 */
/** A read of the Kubernetes API, as the sentinel logs a request's first line. */
const KUBE_READ = /^GET \/apis?\/[^ ]* HTTP\/1\.1$/;

export function judgeBundle(
  run: ActionRun & { killed?: boolean },
  options: {
    declared: string[];
    hits: { execs: string[]; argvs: string[][]; connections: string[] };
    validated: Verdict;
    /** Files the run created or changed outside RUNNER_TEMP (the workspace, HOME, the tool cache). */
    files: string[];
    /** The hostile value of the case, when it is flag-shaped: judged on the argv the stand-ins received. */
    flag?: string;
  },
): Verdict {
  const faults: string[] = [];
  if (run.killed) faults.push('hang: killed at the deadline');
  if (STACK_LINE.test(run.stdout) || STACK_LINE.test(run.stderr)) faults.push('stack trace printed');
  const commands = runnerCommands(run.stdout);
  const errors = commands.filter((c) => c.name === 'error');
  if (errors.length > 1) faults.push(`${errors.length} error lines`);
  const foreign = foreignCommands(commands);
  if (foreign.length) faults.push(`workflow command emitted: ${JSON.stringify(foreign[0])}`);
  const config = errors.find((e) => e.properties['title'] === 'Configuration error');
  if (config && !namesInputOrFile(config.message, options.declared))
    faults.push(`error names no input or file: ${config.message}`);
  for (const error of errors)
    if (isRawError(error.message) && !namesInputOrFile(error.message, options.declared))
      faults.push(`a raw error that names no input or file: ${error.message.slice(0, 200)}`);
  if (options.flag)
    for (const argv of optionPositions(options.hits.argvs, options.flag))
      faults.push(`flag-shaped value reached a program as an option: ${argv}`);
  // A refusal comes before anything a user could see: only version probes, no request, no file.
  if (config) {
    const real = options.hits.argvs.filter((argv) => !isVersionProbe(argv)).map((argv) => argv.join(' '));
    if (real.length) faults.push(`process before the refusal (${config.message.slice(0, 80)}): ${real.join('; ')}`);
    // A refusal that depends on the cluster (the canary's route, its stable Deployment, another
    // canary's state) has to read it first: reads of the Kubernetes API change nothing a user
    // could see. Any other request, and any write, before the refusal is a fault.
    const requests = options.hits.connections.filter((line) => !KUBE_READ.test(line));
    if (requests.length)
      faults.push(`request before the refusal (${config.message.slice(0, 80)}): ${requests.join('; ')}`);
    if (options.files.length)
      faults.push(
        `file outside RUNNER_TEMP before the refusal (${config.message.slice(0, 80)}): ${options.files.join(', ')}`,
      );
  }
  if (!options.validated.accepted) {
    if (!config) faults.push(`inputs.ts refused (${options.validated.message}) but the bundle did not`);
    else if (
      namedInput(config.message, options.declared) !== namedInput(options.validated.message ?? '', options.declared)
    )
      faults.push(`bundle said "${config.message}" where inputs.ts said "${options.validated.message}"`);
  }
  return { accepted: !config, ...(config ? { message: config.message } : {}), faults };
}
