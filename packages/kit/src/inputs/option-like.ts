import { inputError } from './input-error';

/**
 * A value bound for a program's positional argument (a chart, a release, a ref): one that starts
 * with "-" would be read as an option (`--post-renderer=./evil`), so it is refused, naming the input.
 */
export function refuseOptionLike(name: string, value: string, expected: string): string {
  if (value.startsWith('-')) throw inputError(name, `${expected} (not starting with "-")`, value);
  return value;
}
