import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/run-action';

/**
 * What a release tag of Slipway holds for its users — the root and every action's action.yml, the committed bundles
 * and the reusable workflows — copied into `dir`. act maps `slipway-dev/slipway@v1` to it with
 * `--local-repository`; the whole working tree (node_modules included) would be copied by act
 * once per action step.
 */
export function releaseTree(dir: string): string {
  mkdirSync(dir, { recursive: true });
  // The root action (`slipway-dev/slipway@v1`: the fleet's plan and deploy steps).
  cpSync(join(repoRoot, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(repoRoot, '.github', 'workflows'), join(dir, '.github', 'workflows'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'actions'))) {
    const action = join(repoRoot, 'actions', name, 'action.yml');
    if (!existsSync(action)) continue;
    mkdirSync(join(dir, 'actions', name), { recursive: true });
    cpSync(action, join(dir, 'actions', name, 'action.yml'));
  }
  return dir;
}
