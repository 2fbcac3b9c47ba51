import type { HelmCli } from '../helm-cli';
import type { Revision } from '../release-history';
import { manifestDocuments, type ManifestObject } from '../manifest-documents';

/** What a revision runs: the chart (name-version), the images of its manifest, its values. */
export interface ReleaseContent {
  chart: string;
  images: string[];
  values: string;
}

type Container = { name?: string; image?: string };
type PodSpec = { containers?: Container[]; initContainers?: Container[]; ephemeralContainers?: Container[] };
type Doc = ManifestObject & {
  spec?: PodSpec & { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } };
};

/** An image a rendered object runs, and where: `init container "migrate" of Job/web-migrate`. */
export interface PodImage {
  image: string;
  usedBy: string;
}

const ROLES = [
  ['initContainers', 'init container'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeral container'],
] as const;

/**
 * Every image of every pod-bearing object (a Pod, anything with a pod template, a CronJob's job
 * template): init, ordinary and ephemeral containers, in manifest order.
 */
export async function podImages(manifest: string): Promise<PodImage[]> {
  const found: PodImage[] = [];
  for (const obj of await manifestDocuments<Doc>(manifest)) {
    const specs = [obj.spec, obj.spec?.template?.spec, obj.spec?.jobTemplate?.spec?.template?.spec];
    const owner = `${obj.kind ?? 'object'}/${obj.metadata?.name ?? ''}`;
    for (const spec of specs)
      for (const [field, role] of ROLES)
        for (const c of spec?.[field] ?? [])
          if (c.image) found.push({ image: c.image, usedBy: `${role} "${c.name ?? ''}" of ${owner}` });
  }
  return found;
}

/** Every container image of a rendered manifest, sorted, once each. */
export async function imagesInManifest(manifest: string): Promise<string[]> {
  return [...new Set((await podImages(manifest)).map((p) => p.image))].sort();
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
