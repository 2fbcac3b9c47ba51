import { ConfigError, formatDuration } from '@slipway/kit';
import { escapeMrkdwn } from './mrkdwn';
import type { MessageFacts } from './slack-message';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** Keys whose value is a URL: a placeholder there is inserted as it is (escaping would break a query). */
function isUrlKey(key: string | undefined): boolean {
  return key !== undefined && (key === 'url' || key.endsWith('_url'));
}

/** Names a payload may use, each to its value (empty when the run has none). */
export function placeholderValues(
  facts: MessageFacts,
  env: Record<string, string | undefined>,
): (name: string) => string | undefined {
  const g = facts.github;
  const context: Record<string, string | undefined> = {
    status: facts.status,
    repository: g.repository,
    repository_url: g.repositoryUrl,
    server_url: g.serverUrl,
    event_name: g.eventName,
    ref: g.ref,
    ref_name: g.refName,
    sha: g.sha,
    short_sha: g.shortSha,
    commit_message: g.commitMessage,
    commit_title: g.commitTitle,
    commit_url: g.commitUrl,
    actor: g.actor,
    workflow: g.workflow,
    job: g.job,
    run_id: g.runId,
    run_number: g.runNumber,
    run_attempt: g.runAttempt,
    run_url: g.runUrl,
    diff_url: g.diffUrl,
    pull_request_url: g.pullRequestUrl,
    environment: facts.environment,
    environment_url: facts.environmentUrl,
    duration: facts.durationMs === undefined ? undefined : formatDuration(facts.durationMs),
  };
  return (name) => {
    if (name.startsWith('env.')) return env[name.slice(4)];
    if (name.startsWith('fields.')) return facts.fields[name.slice(7)];
    return Object.hasOwn(context, name) ? context[name] : undefined;
  };
}

/**
 * Fills `{{ name }}` in every string of a parsed payload. The payload is parsed before this, so
 * a value can never break its structure; each value is escaped for mrkdwn (`&`, `<`, `>`) so it
 * can neither mention nor link, except in URL keys. A placeholder with no value is a ConfigError
 * raised before anything is sent.
 */
export function fillPlaceholders(
  document: unknown,
  valueOf: (name: string) => string | undefined,
  where: string,
): unknown {
  const walk = (node: unknown, key: string | undefined): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (_match, name: string) => {
        const value = valueOf(name);
        if (value === undefined || value === '') {
          throw new ConfigError(
            `${where}: expected a value for the placeholder {{ ${name} }}, got none (set it, or use a name this run has: see the README)`,
          );
        }
        return isUrlKey(key) ? value : escapeMrkdwn(value);
      });
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(document, undefined);
}
