// Prints the CHANGELOG.md section of a version (for the release body); fails when there is none,
// so a tag cannot be released without its notes. Usage: node scripts/release-notes.mjs v1.2.3
import { readFileSync } from 'node:fs';

/** The body of `## [1.2.3] …` up to the next `## ` heading; undefined when absent. */
export function releaseNotes(changelog, tag) {
  const version = tag.replace(/^v/, '');
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(line));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tag = process.argv[2] ?? '';
  if (!/^v\d+\.\d+\.\d+$/.test(tag)) {
    console.error(`release-notes: expected a version tag such as v1.2.3, got "${tag}"`);
    process.exit(1);
  }
  const notes = releaseNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), tag);
  if (!notes) {
    console.error(`release-notes: CHANGELOG.md has no "## [${tag.slice(1)}]" section with notes`);
    process.exit(1);
  }
  console.log(notes);
}
