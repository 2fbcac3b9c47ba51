import type { DeployRequest } from './deploy-types';
import { pinnedImageRef, splitImageRef } from './image-values';
import { verifyBeforeChange, type VerifiedChange, type VerifyBeforeChangeOptions } from './verify-before-change';

/**
 * verifyBeforeChange for helm-deploy, before a GitHub deployment is created or the cluster is
 * touched: the request's image verified (the request then deploys exactly its digest), helm
 * chosen, every other image the chart would run verified.
 */
export function verifyBeforeDeploy(
  request: DeployRequest,
  options: Omit<VerifyBeforeChangeOptions, 'image' | 'what' | 'onVerified' | 'releases'>,
): Promise<VerifiedChange> {
  return verifyBeforeChange({
    ...options,
    image: request.image && pinnedImageRef(request.image),
    what: `mode ${request.mode}`,
    onVerified: (digestRef) => (request.image = splitImageRef(digestRef)),
    releases: () => [request],
  });
}
