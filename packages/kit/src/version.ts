// Only the functions used, not semver's index: the index loads every module of semver at start-up (npm run bench).
import type { SemVer as Parsed } from 'semver';
import coerce from 'semver/functions/coerce.js';
import compare from 'semver/functions/compare.js';
import parse from 'semver/functions/parse.js';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';

/**
 * The one version module: every version Slipway reads (a git tag, a scanner's `--version`, helm's
 * `helm version`) is parsed, ordered and matched against a range by npm's `semver`, so a
 * pre-release orders before its release everywhere (`1.0.0-rc1` < `1.0.0`).
 */
export interface SemVer {
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** The pre-release identifiers after `-` ("rc.1"), or "". */
  prerelease: string;
  /** The build metadata after `+`, or "". */
  build: string;
}

/** Strict semver.org syntax; a leading "v", "V" or "=" and surrounding spaces are accepted. */
export function parseSemver(raw: string): SemVer | undefined {
  const parsed = strictSemver(raw);
  if (!parsed) return undefined;
  return {
    raw,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.join('.'),
    build: parsed.build.join('.'),
  };
}

/** One prefix at most: semver's own parse would take "=v1.2.3" and, after ours, "vv1.2.3". */
function strictSemver(text: string): Parsed | null {
  const bare = text.trim().replace(/^[vV=]/, '');
  return /^\d/.test(bare) ? parse(bare) : null;
}

/** major.minor.patch with the pre-release, without build metadata (which a tag cannot hold). */
export function semverVersion(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}

/**
 * The first `x.y` or `x.y.z` in a tool's version output, as `x.y.z` ("zizmor 1.32" → "1.32.0",
 * "v1.7.12" → "1.7.12"). A suffix is dropped: tools print build suffixes there ("-dirty",
 * "-3-gabc123") that are not pre-releases.
 */
export function versionInText(text: string): string | undefined {
  const found = /\d+\.\d+(?:\.\d+)?/.exec(text)?.[0];
  return found ? coerce(found)?.version : undefined;
}

/** A full semver, or a short one completed with zeros ("8.18" → 8.18.0); a "v" prefix is accepted. */
function toSemver(text: string): Parsed {
  const version = strictSemver(text) ?? coerce(text, { includePrerelease: true });
  if (!version) throw new Error(`Not a version: "${text}"`);
  return version;
}

/**
 * Semver order: negative, zero or positive. A pre-release orders before its release; build
 * metadata is ignored; missing parts are zeros ("8.18" equals "8.18.0"). Throws on a non-version.
 */
export function compareVersions(a: string, b: string): number {
  return compare(toSemver(a), toSemver(b));
}

/** True when a valid semver range ("3", "3.x", "3.14", "3.14.x", "^3.14.2", "3.14.2") is given. */
export function isVersionRange(range: string): boolean {
  return validRange(range.trim()) !== null;
}

/**
 * Whether `version` is inside `range`, as npm's `semver.satisfies` decides with pre-releases
 * included: `3.15.0-rc.1` is inside "3.15", never inside "3.15.0".
 */
export function satisfiesRange(version: string, range: string): boolean {
  return satisfies(toSemver(version), range.trim(), { includePrerelease: true });
}
