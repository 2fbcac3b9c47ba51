import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Binaries } from '../binaries';
import type { SandboxContext } from '../component';

export interface ToolHomes {
  helmConfig: string;
  helmCache: string;
  helmData: string;
  xdgConfig: string;
}

/**
 * helm (v3 and v4) and act run no daemon: link them (and kubectl) into <state>/bin and give helm
 * and act config folders of the sandbox's own.
 */
export function linkTools(ctx: SandboxContext, binaries: Binaries): ToolHomes {
  mkdirSync(ctx.paths.bin, { recursive: true });
  const links: Record<string, string> = {
    kubectl: binaries.kubectl,
    helm: binaries.helm3,
    helm3: binaries.helm3,
    helm4: binaries.helm4,
    act: binaries.act,
    kwok: binaries.kwok,
    traefik: binaries.traefik,
  };
  for (const [name, target] of Object.entries(links)) {
    const link = join(ctx.paths.bin, name);
    rmSync(link, { force: true });
    if (target) symlinkSync(target, link);
  }
  const homes: ToolHomes = {
    helmConfig: join(ctx.paths.config, 'helm', 'config'),
    helmCache: join(ctx.paths.config, 'helm', 'cache'),
    helmData: join(ctx.paths.config, 'helm', 'data'),
    xdgConfig: join(ctx.paths.config, 'xdg'),
  };
  for (const dir of Object.values(homes)) mkdirSync(dir, { recursive: true });
  return homes;
}
