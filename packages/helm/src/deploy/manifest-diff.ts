import { manifestDocuments } from '../manifest-documents';

/** Objects of a rendered manifest keyed Kind/namespace/name, each as its YAML text. */
export async function manifestObjects(manifest: string, namespace: string): Promise<Map<string, string>> {
  // yaml (about 50 ms to load bundled, measured) only when a manifest is read.
  const { stringify } = await import('yaml');
  const objects = new Map<string, string>();
  for (const obj of await manifestDocuments(manifest)) {
    if (!obj.kind || !obj.metadata?.name) continue;
    objects.set(`${obj.kind}/${obj.metadata.namespace ?? namespace}/${obj.metadata.name}`, stringify(obj));
  }
  return objects;
}

/** A line diff (`-`/`+`/` `) of two small texts, by longest common subsequence, context trimmed to 3 lines. */
export function lineDiff(before: string, after: string, context = 3): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) lines.push(`+ ${b[j++]}`);
    else lines.push(`- ${a[i++]}`);
  }
  const keep = lines.map((line, n) =>
    lines.slice(Math.max(0, n - context), n + context + 1).some((l) => !l.startsWith('  ')),
  );
  const out: string[] = [];
  lines.forEach((line, n) => {
    if (keep[n]) out.push(line);
    else if (keep[n - 1]) out.push('  …');
  });
  return out.join('\n');
}

export async function planChanges(live: string, next: string, namespace: string) {
  const before = await manifestObjects(live, namespace);
  const after = await manifestObjects(next, namespace);
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const changed: Array<{ object: string; diff: string }> = [];
  let unchanged = 0;
  for (const [key, text] of after) {
    const old = before.get(key);
    if (old === undefined) continue;
    if (old === text) unchanged++;
    else changed.push({ object: key, diff: lineDiff(old, text) });
  }
  return { added, removed, changed, unchanged };
}
