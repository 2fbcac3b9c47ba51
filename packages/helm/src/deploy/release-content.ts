import type { HelmCli } from '../helm-cli';
import type { Revision } from '../release-history';
import { manifestDocuments } from '../manifest-documents';

/** What a revision runs: the chart (name-version), the images of its manifest, its values. */
export interface ReleaseContent {
  chart: string;
  images: string[];
  values: string;
}

type PodSpec = { containers?: Array<{ image?: string }>; initContainers?: Array<{ image?: string }> };
type Doc = {
  spec?: PodSpec & { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } };
};

/** Every container image of a rendered manifest, sorted, once each. */
export async function imagesInManifest(manifest: string): Promise<string[]> {
  const images = new Set<string>();
  for (const obj of await manifestDocuments<Doc>(manifest)) {
    const specs = [obj.spec, obj.spec?.template?.spec, obj.spec?.jobTemplate?.spec?.template?.spec];
    for (const spec of specs)
      for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) if (c.image) images.add(c.image);
  }
  return [...images].sort();
}

export async function readContent(helm: HelmCli, release: string, revision: Revision): Promise<ReleaseContent> {
  const [manifest, values] = await Promise.all([
    helm.manifest(release, revision.revision),
    helm.values(release, revision.revision),
  ]);
  return { chart: revision.chart, images: await imagesInManifest(manifest), values };
}

export function sameContent(a: ReleaseContent, b: ReleaseContent): boolean {
  return a.chart === b.chart && a.values === b.values && a.images.join(',') === b.images.join(',');
}

/** "Rollback to 2": the revision a rollback revision restored. */
export function restoredRevision(revision: Revision): number | undefined {
  const match = /^Rollback to (\d+)/.exec(revision.description);
  return match ? Number(match[1]) : undefined;
}

/**
 * The revisions a rollback may go back to, newest first: deployed once, and not rolled back away
 * from (a revision followed by "Rollback to …" was judged bad, even when helm called it deployed).
 */
export function rollbackCandidates(history: Revision[], live: number): Revision[] {
  const rolledAwayFrom = new Set(
    history.flatMap((r, i) => (restoredRevision(r) !== undefined && i > 0 ? [history[i - 1]?.revision] : [])),
  );
  return history
    .filter((r) => r.revision < live && ['deployed', 'superseded'].includes(r.status))
    .filter((r) => !rolledAwayFrom.has(r.revision))
    .reverse();
}

/** "web-6.9.1, image shop:6.9.1": what a revision runs, for a line. */
export function describeContent(content: ReleaseContent): string {
  const images = content.images.length ? content.images.join(', ') : 'no images';
  return `chart ${content.chart || 'unknown'}, ${content.images.length > 1 ? 'images' : 'image'} ${images}`;
}
