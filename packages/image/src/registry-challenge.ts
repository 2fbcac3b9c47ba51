/** A registry's WWW-Authenticate challenge: `Basic realm="…"` or `Bearer realm="…",service="…",scope="…"`. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

export function parseChallenge(header: string): Challenge {
  const scheme = (/^\s*([A-Za-z]+)/.exec(header)?.[1] ?? '').toLowerCase();
  const params = Object.fromEntries(
    [...header.matchAll(/([A-Za-z_]+)="([^"]*)"/g)].map((m) => [(m[1] as string).toLowerCase(), m[2] as string]),
  );
  return { scheme, params };
}

/**
 * Where to ask for a Bearer token (the distribution spec's token flow): the realm with the
 * service and scope; a challenge without a scope gets pull access to `repository`.
 */
export function tokenUrl(challenge: Challenge, repository: string): URL | undefined {
  const realm = challenge.params['realm'];
  if (challenge.scheme !== 'bearer' || !realm) return undefined;
  const url = new URL(realm);
  if (challenge.params['service']) url.searchParams.set('service', challenge.params['service']);
  url.searchParams.set('scope', challenge.params['scope'] ?? `repository:${repository}:pull`);
  return url;
}
