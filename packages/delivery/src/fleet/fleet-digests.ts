import { SummaryBuilder, type Logger } from '@slipway/kit';
import type { ManifestInfo, RegistryCredentials } from '@slipway/image';
import type { FleetPlan } from './fleet-plan';

/** The registry lookup fleetDigests needs (RegistryClient's headManifest). */
export interface ManifestLookup {
  headManifest(repository: string, reference: string): Promise<ManifestInfo | undefined>;
}

export interface FleetDigestsOptions {
  /** Where fleet.yml pushed the builds: the image of a service is <registry>/<service>. */
  registry: string;
  /** The tag the run's build job pushed (fleet.yml: slipway-<commit>-<run id>, written by no other run). */
  tag: string;
  credentials?: RegistryCredentials | undefined;
  logger: Logger;
  signal?: AbortSignal | undefined;
  /** A client per registry host; default: @slipway/image's RegistryClient. */
  client?: (registry: string) => ManifestLookup;
}

export interface FleetDigest {
  service: string;
  /** <registry>/<service>:<tag>, as the build job pushed it. */
  tagged: string;
  /** <registry>/<service>@sha256:…, what every wave deploys. */
  pinned: string;
}

/**
 * The services the plan builds, each resolved once from the tag its build pushed to the digest
 * the registry serves for it. A matrix build job cannot hand each leg's digest on (one set of job
 * outputs for all legs), so the registry is the hand-off: the tag is one only this run pushes,
 * resolved after every build leg finished and before any wave, so its digest is the manifest the
 * build pushed (the same sha256 build-push outputs), and every cluster then gets those bytes
 * even if a tag moves later. A service with no manifest under the tag fails the step.
 */
export async function fleetDigests(plan: FleetPlan, options: FleetDigestsOptions): Promise<FleetDigest[]> {
  // The registry client loads only in mode digests.
  const { parseImageRef, digestRef, taggedRef, RegistryClient } = await import('@slipway/image');
  const client =
    options.client ??
    ((registry: string) =>
      new RegistryClient(registry, {
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }));
  const digests: FleetDigest[] = [];
  for (const { service } of plan.builds) {
    const image = parseImageRef(`${options.registry}/${service}`, "Input 'registry'", { allowTag: false });
    const tagged = taggedRef(image, options.tag);
    const found = await client(image.registry).headManifest(image.repository, options.tag);
    if (!found)
      throw new Error(
        `${tagged}: no manifest in the registry (the build job pushed none under this tag); no wave deploys`,
      );
    const pinned = digestRef(image, found.digest);
    options.logger.info(`${service}: ${tagged} is ${pinned}`);
    digests.push({ service, tagged, pinned });
  }
  return digests;
}

/** The digests step's output: service → <registry>/<service>@sha256:…, as the waves index it. */
export function digestsOutput(digests: FleetDigest[]): string {
  return JSON.stringify(Object.fromEntries(digests.map((d) => [d.service, d.pinned])));
}

export function digestsSummary(digests: FleetDigest[]): SummaryBuilder {
  return new SummaryBuilder().heading(`Slipway digests: ${digests.length} services built`).table(
    ['Service', 'Pushed as', 'Every wave deploys'],
    digests.map((d) => [d.service, d.tagged, d.pinned]),
  );
}
