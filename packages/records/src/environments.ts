import { ConfigError } from '@slipway/kit';

/**
 * An environment that has no record at all, where others have some, is a typo or a wrong source:
 * a ConfigError naming the ones there are. With no records anywhere it is just an empty history.
 */
export function checkEnvironment(known: Iterable<string>, environment: string, where: string): void {
  const names = [...new Set(known)].sort();
  if (names.length && !names.includes(environment))
    throw new ConfigError(
      `Input 'environment': expected an environment with records in ${where} (${names.join(', ')}), got "${environment}"`,
    );
}
