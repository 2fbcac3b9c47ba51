import { inputError, maskSecret, type InputReader } from '@slipway/kit';
import type { DeploymentSettings } from './deployment-lifecycle';

/**
 * The GitHub deployment inputs of every action that records one (helm-deploy, canary):
 * github-token, environment, environment-url, deployment-fail-on-error — all or nothing.
 * The token is masked, and so is its Authorization header form.
 */
export function readDeploymentSettings(reader: InputReader): DeploymentSettings | undefined {
  const token = reader.secret('github-token', { token: true });
  maskSecret(token);
  if (token) maskSecret(`Bearer ${token}`);
  const environment = reader.string('environment');
  if (environment !== undefined && (environment.length > 255 || [...environment].some((c) => c.charCodeAt(0) < 32)))
    throw inputError('environment', 'a GitHub environment name (at most 255 characters)', environment);
  const environmentUrl = reader.url('environment-url', { protocols: ['http:', 'https:'] });
  const failOnError = reader.bool('deployment-fail-on-error', { default: false });
  if (token && !environment)
    throw inputError('environment', 'a GitHub environment name such as "production" when github-token is set');
  if (environment && !token)
    throw inputError(
      'github-token',
      'a token with deployments: write when environment is set (for example github.token)',
    );
  if (environmentUrl && !environment)
    throw inputError('environment-url', 'no value unless environment is set', environmentUrl.href);
  if (!token || !environment) return undefined;
  return { token, environment, environmentUrl: environmentUrl?.href, failOnError };
}
