import { formatDuration, SummaryBuilder } from '@slipway/kit';
import type { BuildPushResult } from './build-push';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The job summary: what was built, where it went, how big and how long; never a secret or a build arg. */
export function buildPushSummary(result: BuildPushResult, pushed: boolean, bareTags: string[] = []): SummaryBuilder {
  const summary = new SummaryBuilder();
  const state = result.skipped
    ? '⏭️ skipped: the image already exists'
    : pushed
      ? '✅ built and pushed'
      : '✅ built (not pushed)';
  summary.heading(`Build and push: ${state}`);
  const rows: Array<[string, string]> = [];
  if (result.digest) rows.push(['Digest', `\`${result.digest}\``], ['Image', `\`${result.imageRef}\``]);
  if (result.imageId) rows.push(['Image id', `\`${result.imageId}\``]);
  if (result.builder) rows.push(['Builder', result.builder]);
  if (result.sizeBytes !== undefined) rows.push(['Size', formatBytes(result.sizeBytes)]);
  if (!result.skipped) rows.push(['Build time', formatDuration(result.buildMs)]);
  if (result.pushMs) rows.push(['Push time', formatDuration(result.pushMs)]);
  if (result.signed) {
    rows.push(['Signed with', `cosign ${result.signed.cosignVersion} (key, no transparency log)`]);
    for (const ref of result.signed.signatures) rows.push(['Signature', `\`${ref}\``]);
    for (const ref of result.signed.attestations)
      rows.push([`Attestation (${result.signed.attestationTypes.join(', ')})`, `\`${ref}\``]);
  }
  summary.table(
    ['', ''],
    rows.map(([k, v]) => [k, { raw: v.replace(/\|/g, '\\|') }]),
  );
  summary.table(
    ['Registry', 'Attempts'],
    result.registries.map((r) => [r, result.skipped || !pushed ? '–' : String(result.attempts[r] ?? 1)]),
  );
  summary.table(
    ['Tags'],
    (result.refs.length ? result.refs : bareTags).map((r) => [r]),
  );
  return summary;
}
