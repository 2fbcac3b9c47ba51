import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goBuildViaWrapper, goEnv, type BuildResult, type Say, type WrapperBuildSpec } from './go-build';
import { packageDir, type SandboxPaths } from './paths';
import type { Progress } from './progress';
import { runOk } from './run';

export const TRAEFIK_MODULE = 'github.com/traefik/traefik/v3';
const LEGO = 'github.com/go-acme/lego/v5';
const EXT = 'github.com/traefik/traefik/dynamic/ext';

/**
 * lego's DNS-01 providers whose cloud SDK modules the Go module proxy here does not serve. The
 * sandbox never asks Traefik for ACME certificates, so its lego copy is built without them.
 */
export const unservedDnsProviders = ['edgedns', 'huaweicloud', 'oraclecloud', 'sakuracloud', 'ucloud', 'yandexcloud'];

/**
 * Traefik's fork of go-http-auth is not served by the proxy either: upstream's release, copied,
 * with the two functions the fork adds, written here (the sandbox's routes use no auth).
 */
const HTTP_AUTH = { module: 'github.com/abbot/go-http-auth', upstream: 'v0.4.0' };
/** The two functions, in Go (a file of this package: Go source in a TypeScript string confuses linters). */
const HTTP_AUTH_COMPAT = join(packageDir, 'go', 'go-http-auth-compat.go');

/** `a => b` pairs of a go.mod's replace directives, single-line and block forms. */
export function replaceDirectives(goMod: string): Array<[string, string]> {
  const lines = [
    ...[...goMod.matchAll(/^replace\s+(?!\()(.+)$/gm)].map((m) => m[1] as string),
    ...[...goMod.matchAll(/^replace\s*\(\n([\s\S]*?)^\)/gm)].flatMap((m) => (m[1] as string).split('\n')),
  ];
  return lines
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => line.includes('=>'))
    .map((line) => line.split('=>').map((side) => side.trim()) as [string, string]);
}

/**
 * The wrapper's replace and exclude lines: Traefik's own, with its unpublished nested module
 * `dynamic/ext`, the unserved auth fork and lego pointed at what the wrapper can build.
 */
export function traefikGoModExtra(moduleGoMod: string): string {
  const replaces = replaceDirectives(moduleGoMod).map(([from, to]): [string, string] => {
    if (from === EXT) return [from, './ext'];
    if (from === HTTP_AUTH.module) return [from, './go-http-auth'];
    return [from, to];
  });
  const excludes = [...moduleGoMod.matchAll(/^exclude\s+.+$/gm)].map((m) => m[0]);
  return [
    'replace (',
    ...[...replaces, [LEGO, './lego']].map(([from, to]) => `\t${from} => ${to}`),
    ')',
    '',
    ...excludes,
    '',
  ].join('\n');
}

/** lego's provider factory without the providers named: their imports and their `case` arms. */
export function withoutDnsProviders(factory: string, providers: string[]): string {
  let out = factory;
  for (const name of providers) {
    out = out
      .replace(new RegExp(`\\n\\t"${LEGO.replaceAll('.', '\\.')}/providers/dns/${name}"`), '')
      .replace(new RegExp(`\\n\\tcase [^\\n]*:\\n\\t\\treturn ${name}\\.NewDNSProvider\\(\\)`), '');
  }
  return out;
}

/** A writable copy of module@version (from the module cache) in <wrapper>/<name>. */
async function localCopy(
  wrapper: string,
  name: string,
  module: string,
  version: string,
  say: Say,
  paths: SandboxPaths,
): Promise<string> {
  say(`downloading ${module}@${version}`, 'downloading');
  const download = await runOk('go', ['mod', 'download', '-json', `${module}@${version}`], {
    env: goEnv(paths),
    cwd: wrapper,
  });
  const copy = join(wrapper, name);
  rmSync(copy, { recursive: true, force: true });
  await runOk('cp', ['-r', (JSON.parse(download.stdout) as { Dir: string }).Dir, copy]);
  await runOk('chmod', ['-R', 'u+w', copy]);
  return copy;
}

async function prepareTraefik(wrapper: string, moduleGoMod: string, say: Say, paths: SandboxPaths): Promise<void> {
  // Traefik's dynamic/ext is a nested module the proxy does not serve: extension points, empty upstream.
  mkdirSync(join(wrapper, 'ext'), { recursive: true });
  writeFileSync(join(wrapper, 'ext', 'go.mod'), `module ${EXT}\n\ngo 1.24.0\n`);
  writeFileSync(
    join(wrapper, 'ext', 'ext.go'),
    '// Package ext stands in for Traefik’s unpublished extension module (empty extension points).\npackage ext\n\ntype HTTP struct{}\n\ntype Router struct{}\n',
  );
  const lego = await localCopy(wrapper, 'lego', LEGO, requiredVersion(moduleGoMod, LEGO), say, paths);
  const auth = await localCopy(wrapper, 'go-http-auth', HTTP_AUTH.module, HTTP_AUTH.upstream, say, paths);
  // A release from before modules: a replacement folder needs a go.mod.
  writeFileSync(join(auth, 'go.mod'), `module ${HTTP_AUTH.module}\n\ngo 1.12\n`);
  writeFileSync(join(auth, 'slipway_compat.go'), readFileSync(HTTP_AUTH_COMPAT, 'utf8'));
  const factoryFile = join(lego, 'providers', 'dns', 'zz_gen_dns_providers.go');
  writeFileSync(factoryFile, withoutDnsProviders(readFileSync(factoryFile, 'utf8'), unservedDnsProviders));
}

/** The version of `module` a go.mod requires. */
export function requiredVersion(goMod: string, module: string): string {
  const version = new RegExp(`^\\s*(?:require\\s+)?${module.replaceAll('.', '\\.')} (v\\S+)`, 'm').exec(goMod)?.[1];
  if (!version) throw new Error(`${TRAEFIK_MODULE}'s go.mod does not require ${module}`);
  return version;
}

/** Traefik's go.mod at `version`, from the module proxy (or the module cache). */
export async function traefikGoMod(paths: SandboxPaths, version: string): Promise<string> {
  const { stdout } = await runOk('go', ['mod', 'download', '-json', `${TRAEFIK_MODULE}@${version}`], {
    env: goEnv(paths),
    cwd: paths.cache,
  });
  return readFileSync((JSON.parse(stdout) as { GoMod: string }).GoMod, 'utf8');
}

export function traefikSpec(version: string, paths: SandboxPaths): WrapperBuildSpec {
  return {
    name: 'traefik',
    module: TRAEFIK_MODULE,
    version,
    commands: ['cmd/traefik'],
    goModExtra: traefikGoModExtra,
    prepare: (wrapper, moduleGoMod, say) => prepareTraefik(wrapper, moduleGoMod, say, paths),
  };
}

/** Traefik (a Gateway API data plane), built through the Go module proxy or found in the cache. */
export function buildTraefik(paths: SandboxPaths, version: string, progress?: Progress): Promise<BuildResult> {
  return goBuildViaWrapper(paths, traefikSpec(version, paths), progress);
}
