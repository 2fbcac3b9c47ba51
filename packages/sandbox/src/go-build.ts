import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followLog, GoBuildWatcher } from './build-activity';
import type { SandboxPaths } from './paths';
import type { Progress } from './progress';
import { runOk } from './run';
import { readTiming, writeTiming } from './timings';
import { logTail } from './wait-for';

export interface GoInstallSpec {
  /** Cache folder name, e.g. helm3 → <cache>/bin/helm3-v3.22.0 */
  name: string;
  version: string;
  /** Package path without version, e.g. helm.sh/helm/v3/cmd/helm */
  pkg: string;
  /** Binary name go install produces. */
  binary: string;
}

export interface BuildResult {
  dir: string;
  built: boolean;
  seconds: number;
}

const ldflags = '-ldflags=-s -w';

export function goEnv(paths: SandboxPaths): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOMODCACHE: paths.goModCache,
    GOCACHE: paths.goBuildCache,
    GOFLAGS: '-buildvcs=false',
    CGO_ENABLED: '0',
    // The module proxy only, never Go's "direct" fallback to a VCS host (a module the proxy lacks
    // fails the build here rather than reaching for github.com); a GOPROXY the user set is kept.
    GOPROXY: process.env['GOPROXY'] || 'https://proxy.golang.org',
  };
}

function buildLog(paths: SandboxPaths, name: string, version: string): string {
  const dir = join(paths.cache, 'logs');
  mkdirSync(dir, { recursive: true });
  return join(dir, `build-${name}-${version}.log`);
}

/** What a build says while it runs: its progress line, fed from its -v log. */
export interface BuildWatch {
  progress: Progress;
  /** The packages whose compile line means linking follows (the commands built). */
  commands: string[];
}

export type Say = (text: string, kind: string) => void;

/**
 * Builds into <dir>.partial and renames, so a cached folder always holds complete binaries.
 * While it builds, a progress line says what go is doing (read from the log) and how long the
 * same build took last time here (kept in <cache>/timings).
 */
async function buildInto(
  paths: SandboxPaths,
  spec: { name: string; version: string },
  finalDir: string,
  binaries: string[],
  watch: BuildWatch | undefined,
  build: (outDir: string, logFd: number, say: Say) => Promise<void>,
): Promise<BuildResult> {
  if (binaries.every((binary) => existsSync(join(finalDir, binary)))) {
    return { dir: finalDir, built: false, seconds: 0 };
  }
  const started = Date.now();
  const logPath = buildLog(paths, spec.name, spec.version);
  const timingKey = `build-${spec.name}-${spec.version}`;
  const last = readTiming(paths.cache, timingKey);
  const partial = `${finalDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const logFd = openSync(logPath, 'w');
  const step = watch?.progress.start(spec.name, last);
  const say: Say = (text, kind) => step?.doing(text, kind);
  const watcher = new GoBuildWatcher(watch?.commands ?? [], last?.packages);
  const stopFollowing = followLog(logPath, (line) => {
    const activity = watcher.line(line);
    if (activity) say(activity.text, activity.kind);
  });
  let closed = false;
  try {
    await build(partial, logFd, say);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    closeSync(logFd);
    closed = true;
    throw new Error(`${reason}\n${logTail(logPath, 10)}\n(build log: ${logPath})`, { cause: error });
  } finally {
    if (!closed) closeSync(logFd);
    stopFollowing();
    step?.end();
  }
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(partial, finalDir);
  const seconds = (Date.now() - started) / 1000;
  writeTiming(paths.cache, timingKey, {
    seconds: Math.round(seconds),
    at: new Date().toISOString(),
    packages: watcher.packages,
  });
  return { dir: finalDir, built: true, seconds };
}

/** `go install <pkg>@<version>` into a folder cached by version. */
export function goInstall(paths: SandboxPaths, spec: GoInstallSpec, progress?: Progress): Promise<BuildResult> {
  const finalDir = paths.cachedBin(spec.name, spec.version);
  const watch = progress && { progress, commands: [spec.pkg] };
  return buildInto(paths, spec, finalDir, [spec.binary], watch, async (outDir, logFd, say) => {
    const env = { ...goEnv(paths), GOBIN: outDir };
    say(`resolving ${spec.pkg}@${spec.version}`, 'downloading');
    await runOk('go', ['install', '-v', '-trimpath', ldflags, `${spec.pkg}@${spec.version}`], { env, logFd });
  });
}

export interface WrapperBuildSpec {
  name: string;
  /** The module to build from, e.g. k8s.io/kubernetes */
  module: string;
  version: string;
  /** Commands inside the module, e.g. cmd/kube-apiserver ('' for the module's root package). */
  commands: string[];
  /** Binary name for a single command whose path does not name it (e.g. etcd's server/v3). */
  binary?: string;
  /** Extra go.mod text: replace lines mapping the module's local replacements to published ones. */
  goModExtra: (moduleGoMod: string) => string;
  /**
   * `-X` variables stamped at link time, from the module's download info (its commit and time);
   * `key` names the stamp in the cache folder, so stamped binaries are relinked once.
   */
  stamp?: { key: string; vars: (info: ModuleInfo) => Record<string, string> };
  /** Writes local modules into the wrapper folder that goModExtra's replace lines point at. */
  prepare?: (wrapper: string, moduleGoMod: string, say: Say) => Promise<void>;
}

/** What `go mod download -json` says of a module: its .info file (time) and its origin (commit). */
export interface ModuleInfo {
  version: string;
  time: string | undefined;
  commit: string | undefined;
}

/**
 * Builds commands of a module that cannot be `go install`ed directly (its go.mod has local
 * replace lines), through a small wrapper module that requires it and carries published replaces.
 */
export function goBuildViaWrapper(
  paths: SandboxPaths,
  spec: WrapperBuildSpec,
  progress?: Progress,
): Promise<BuildResult> {
  const finalDir = paths.cachedBin(spec.name, spec.stamp ? `${spec.version}-${spec.stamp.key}` : spec.version);
  const binaries = spec.binary ? [spec.binary] : spec.commands.map((command) => command.split('/').pop() ?? command);
  const packages = spec.commands.map((command) => (command ? `${spec.module}/${command}` : spec.module));
  const watch = progress && { progress, commands: packages };
  return buildInto(paths, spec, finalDir, binaries, watch, async (outDir, logFd, say) => {
    const env = goEnv(paths);
    const wrapper = join(paths.cache, 'src', `${spec.name}-${spec.version}`);
    mkdirSync(wrapper, { recursive: true });
    say(`downloading ${spec.module}@${spec.version}`, 'downloading');
    const download = await runOk('go', ['mod', 'download', '-json', `${spec.module}@${spec.version}`], {
      env,
      cwd: wrapper,
    });
    const info = JSON.parse(download.stdout) as { GoMod: string; Info?: string; Origin?: { Hash?: string } };
    const moduleGoMod = readFileSync(info.GoMod, 'utf8');
    const stamp = spec.stamp ? stampFlags(spec.stamp.vars(moduleInfo(spec.version, info))) : '';
    const goVersion = /^go (\S+)$/m.exec(moduleGoMod)?.[1] ?? '1.22';
    await spec.prepare?.(wrapper, moduleGoMod, say);
    writeFileSync(
      join(wrapper, 'go.mod'),
      [
        `module slipway.local/${spec.name}-build`,
        '',
        `go ${goVersion}`,
        '',
        `require ${spec.module} ${spec.version}`,
        '',
        spec.goModExtra(moduleGoMod),
      ].join('\n'),
    );
    const output = spec.binary ? join(outDir, spec.binary) : `${outDir}/`;
    await runOk('go', ['build', '-v', '-mod=mod', '-trimpath', `${ldflags}${stamp}`, '-o', output, ...packages], {
      env,
      cwd: wrapper,
      logFd,
    });
  });
}

function moduleInfo(version: string, download: { Info?: string; Origin?: { Hash?: string } }): ModuleInfo {
  let time: string | undefined;
  try {
    if (download.Info) time = (JSON.parse(readFileSync(download.Info, 'utf8')) as { Time?: string }).Time;
  } catch {
    time = undefined;
  }
  return { version, time, commit: download.Origin?.Hash };
}

/** ` -X k=v …` for go's -ldflags (values carry no spaces: versions, hashes, RFC 3339 times). */
export function stampFlags(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([name, value]) => ` -X ${name}=${value.replace(/\s+/g, '')}`)
    .join('');
}
