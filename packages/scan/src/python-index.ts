export interface IndexLink {
  url: string;
  /** The SHA-256 the index publishes in the link's `#sha256=` fragment, when it does. */
  sha256?: string;
}

/** The page of a project on a simple index: `<index>/<normalized-name>/` (PEP 503). */
export function projectPageUrl(indexUrl: string, project: string): URL {
  const name = project.toLowerCase().replace(/[-_.]+/g, '-');
  return new URL(`${name}/`, indexUrl.replace(/\/?$/, '/'));
}

/**
 * Finds `file` among the anchors of a PEP 503 project page (the anchor text is the file name;
 * the href may be relative to the page and carries the digest as a URL fragment).
 */
export function findIndexLink(html: string, pageUrl: URL, file: string): IndexLink | undefined {
  for (const match of html.matchAll(/<a\s[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([^<]*)<\/a\s*>/gis)) {
    const href = decodeEntities(match[2] as string);
    const url = new URL(href, pageUrl);
    const name = decodeEntities((match[3] as string).trim()) || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    if (name !== file) continue;
    const sha256 = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = '';
    return { url: url.href, ...(sha256 ? { sha256 } : {}) };
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
