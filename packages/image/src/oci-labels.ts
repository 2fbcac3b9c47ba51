import { commitOf, type EventContext } from './event-context';

/**
 * OCI image labels (and the same as manifest annotations) from the repository and the event:
 * source, revision, created, version, title, url, description and licenses when known. User
 * labels come last and win.
 */
export function ociLabels(
  ctx: EventContext,
  version: string,
  user: Record<string, string> = {},
): Record<string, string> {
  const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
  const title = ctx.repository.split('/').pop() ?? '';
  const labels: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) labels[`org.opencontainers.image.${key}`] = value;
  };
  put('title', title);
  put('description', ctx.description);
  put('url', url);
  put('source', url);
  put('version', version);
  put('created', ctx.now.toISOString());
  put('revision', commitOf(ctx));
  put('licenses', ctx.license);
  return { ...labels, ...user };
}

/** `key=value` lines, the form the `labels` output and builders take. */
export function labelLines(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}
