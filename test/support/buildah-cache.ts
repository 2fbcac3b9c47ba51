// What a buildah build with a registry build cache (`--cache-from`/`--cache-to`, issue 22) says
// it did, and what it left in the registry: shared by build-push's integration test and the
// pipeline e2e, which reads the same log out of act's job output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '@slipway/image';

/** A storage.conf whose graph root is a new empty directory under `parent`: the storage of a fresh runner. */
export function freshBuildahStorage(parent: string): string {
  const dir = mkdtempSync(join(parent, 'slipway-cache-storage-'));
  const conf = join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/root"\nrunroot = "${dir}/run"\n`);
  return conf;
}

/**
 * Each COPY step of buildah's log (named by its first source) and whether its layer was pulled
 * from the cache repository or built (and pushed there). A step that says both, or neither, throws.
 */
export function copySteps(log: string, cache: string): Record<string, 'pulled' | 'built'> {
  const steps: Record<string, 'pulled' | 'built'> = {};
  const blocks = log.split(/^(?=STEP \d+\/\d+: )/m).filter((b) => /^STEP \d+\/\d+: COPY /.test(b));
  for (const block of blocks) {
    const file = /^STEP \d+\/\d+: COPY (\S+)/.exec(block)?.[1] as string;
    const pulled = block.includes(`Cache pulled from remote ${cache}:`);
    const pushed = block.includes(`Pushing cache ${cache}:`);
    if (pulled === pushed) throw new Error(`step COPY ${file}: neither pulled nor pushed alone:\n${block}`);
    steps[file] = pulled ? 'pulled' : 'built';
  }
  return steps;
}

/** The cache tags (buildah's step keys) the log says it pushed to, or pulled from, the cache repository. */
export function cacheTags(log: string, cache: string, how: 'pushed' | 'pulled'): string[] {
  const said = how === 'pushed' ? 'Pushing cache' : 'Cache pulled from remote';
  const escaped = `${said} ${cache}:`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [...log.matchAll(new RegExp(`${escaped}(\\S+)`, 'g'))].map((m) => m[1] as string);
}

/** The tags a plain-HTTP registry (the sandbox's anonymous one) lists for a repository. */
export async function registryTags(registry: string, repository: string): Promise<string[]> {
  const res = await fetch(`http://${registry}/v2/${repository}/tags/list`);
  if (res.status !== 200) throw new Error(`GET ${registry}/v2/${repository}/tags/list answered ${res.status}`);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

/** A pushed image's layers (compressed digests) and their uncompressed diff ids from its config. */
export async function imageLayers(
  registry: string,
  repository: string,
  reference: string,
): Promise<{ layers: string[]; diffIds: string[] }> {
  const client = new RegistryClient(registry, { plainHttp: true });
  const manifest = (await client.getManifest(repository, reference))?.document as {
    config: { digest: string };
    layers: Array<{ digest: string }>;
  };
  const res = await fetch(`http://${registry}/v2/${repository}/blobs/${manifest.config.digest}`);
  const config = (await res.json()) as { rootfs: { diff_ids: string[] } };
  return { layers: manifest.layers.map((l) => l.digest), diffIds: config.rootfs.diff_ids };
}
