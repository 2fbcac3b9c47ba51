/**
 * The workflow files a README shows: every ```yaml block whose first line names its path,
 * `# .github/workflows/<name>.yml`. Returns path → content.
 */
export function readmeWorkflows(markdown: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const match of markdown.matchAll(
    /^```yaml\n(# (\.github\/workflows\/[\w.-]+\.ya?ml)\b[^\n]*\n[\s\S]*?)^```$/gm,
  )) {
    files.set(match[2] as string, match[1] as string);
  }
  return files;
}
