/** The first x.y.z in a tool's version output. */
export function parseVersion(text: string): string | undefined {
  return /(\d+)\.(\d+)(?:\.(\d+))?/
    .exec(text)
    ?.slice(1, 4)
    .map((p) => p ?? '0')
    .join('.');
}

/** Numeric comparison of dotted versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
