/** A refusal from the GitHub API, with GitHub's own status and message. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly status: number,
    readonly githubMessage: string,
    readonly operation: string,
    readonly documentationUrl?: string,
    readonly details: string[] = [],
  ) {
    super(
      `${operation}: GitHub answered ${status}${githubMessage ? ` (${githubMessage}${details.length ? `: ${details.join('; ')}` : ''})` : ''}`,
    );
  }
}

/** GitHub's error body: {message, documentation_url, errors?}; anything else is shown as a short text. */
export function parseErrorBody(text: string): { message: string; documentationUrl?: string; details: string[] } {
  try {
    const body = JSON.parse(text) as {
      message?: unknown;
      documentation_url?: unknown;
      errors?: Array<string | { message?: string; field?: string; code?: string }>;
    };
    const details = (Array.isArray(body.errors) ? body.errors : []).map((e) =>
      typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' ')),
    );
    return {
      message: typeof body.message === 'string' ? body.message : '',
      ...(typeof body.documentation_url === 'string' ? { documentationUrl: body.documentation_url } : {}),
      details: details.filter(Boolean),
    };
  } catch {
    return { message: text.slice(0, 200).trim(), details: [] };
  }
}
