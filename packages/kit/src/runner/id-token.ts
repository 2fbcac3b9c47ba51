import * as core from '@actions/core';
import { ConfigError, TransientError, errorMessage } from '../errors';
import { maskSecret } from './mask';

/**
 * The job's OIDC token (keyless signing, cloud credentials), for the packages that need one:
 * they receive the token, never @actions/core. The token and its derived forms are masked.
 */
export async function getIDToken(audience?: string): Promise<string> {
  if (!process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    throw new ConfigError(
      'No OIDC token on this runner: give the job `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is unset)',
    );
  let token: string;
  try {
    token = await core.getIDToken(audience);
  } catch (error) {
    throw new TransientError(`Could not get an OIDC token: ${errorMessage(error).replace(/\s+/g, ' ').trim()}`, {
      cause: error,
    });
  }
  maskSecret(token);
  return token;
}
