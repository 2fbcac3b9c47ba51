/** The rel="next" URL of a Link header (`<https://…&page=2>; rel="next", <…>; rel="last"`). */
export function nextLink(header: string | null): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /^\s*<([^>]+)>(.*)$/.exec(part);
    const rel = match && /;\s*rel="?([^";]+)"?/.exec(match[2] as string)?.[1];
    if (rel && rel.trim().split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
