import type { BuilderKind } from '../build-request';
import type { Builder } from './builder';
import { buildahBuilder } from './buildah-builder';
import { buildxBuilder } from './buildx-builder';
import { dockerBuilder } from './docker-builder';

/** The one place a builder kind becomes its strategy. */
export const BUILDERS: Readonly<Record<BuilderKind, Builder>> = {
  buildx: buildxBuilder,
  docker: dockerBuilder,
  buildah: buildahBuilder,
};
