import { InputReader, inputError, maskSecret } from '@slipway/kit';
import { readKubeconfig } from '@slipway/helm';
import { parseSince } from '@slipway/records';

export interface MetricsInputs {
  /** One or more, in the order given: the first is the one the metrics, deployments and change-failure-rate outputs hold. */
  environments: string[];
  sinceMs: number;
  untilMs: number;
  source: 'github' | 'cluster';
  github: { token: string; repository: string; apiUrl: string } | undefined;
  cluster: {
    namespace: string;
    release: string | undefined;
    kubeconfigYaml: string | undefined;
    context: string | undefined;
  };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Every input read once, typed and validated, before anything is read from GitHub or the cluster. */
export async function readInputs(reader: InputReader, now = Date.now()): Promise<MetricsInputs> {
  const environments = [...new Set(reader.list('environment', { max: 20 }))];
  if (!environments.length)
    throw inputError('environment', 'an environment name such as "production" (or several: "staging, production")');
  const badName = environments.find((e) => e.length > 255 || [...e].some((c) => c.charCodeAt(0) < 32));
  if (badName !== undefined)
    throw inputError('environment', 'environment names (at most 255 characters each)', badName);
  const sinceMs = parseSince(reader.string('since', { default: '30d' }) as string, now);
  const token = reader.secret('github-token', { token: true });
  maskSecret(token);
  if (token) maskSecret(`Bearer ${token}`);
  const chosen = reader.enum('source', ['auto', 'github', 'cluster'] as const, { default: 'auto' });
  const source = chosen === 'auto' ? (token ? 'github' : 'cluster') : chosen;
  const repository = reader.string('repository') ?? process.env['GITHUB_REPOSITORY'];
  const namespace = reader.string('namespace', { default: 'default' }) as string;
  const release = reader.string('release');
  const context = reader.string('context');
  const kubeconfigYaml = await readKubeconfig(reader);
  if (!DNS_LABEL.test(namespace) || namespace.length > 63)
    throw inputError(
      'namespace',
      'a namespace name (lower-case letters, digits and "-", at most 63 characters)',
      namespace,
    );
  if (release !== undefined && (!DNS_LABEL.test(release) || release.length > 53))
    throw inputError('release', 'a release name (lower-case letters, digits and "-", at most 53 characters)', release);
  // namespace is left out: the runner passes its default whatever the source.
  const other = source === 'github' ? ['release', 'kubeconfig', 'context'] : ['repository'];
  const misplaced = other.find((name) => reader.raw(name) !== undefined);
  if (misplaced)
    throw inputError(
      misplaced,
      `no value with source ${source} (it is for source ${source === 'github' ? 'cluster' : 'github'})`,
      misplaced === 'kubeconfig' ? undefined : reader.raw(misplaced),
    );
  if (source === 'github') {
    if (!token) throw inputError('github-token', 'a token with deployments: read when source is github');
    if (!repository || !REPOSITORY.test(repository))
      throw inputError('repository', 'owner/name, such as "acme/shop" (default GITHUB_REPOSITORY)', repository);
  }
  return {
    environments,
    sinceMs,
    untilMs: now,
    source,
    github:
      source === 'github'
        ? {
            token: token as string,
            repository: repository as string,
            apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
          }
        : undefined,
    cluster: { namespace, release, kubeconfigYaml, context },
  };
}
