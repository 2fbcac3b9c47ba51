// The one ncc command line for every bundle: the actions (build-dist.mjs) and the bench's floor.
export function nccArgs(entry, outDir) {
  return [
    'build',
    entry,
    '-o',
    outDir,
    '--license',
    'licenses.txt',
    '--minify',
    '--quiet',
    '--target',
    'es2022',
    '--transpile-only',
  ];
}
