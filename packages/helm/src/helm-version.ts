import { parseSemver, satisfiesRange, semverVersion } from '@slipway/kit';

/** A helm version as `helm version` prints it: v3.14.2, v3.14.2+g1234, v4.0.0-rc.1, or v3.22 for builds without a patch. */
export interface HelmVersion {
  major: number;
  minor: number;
  /** Absent when the binary reports only major.minor (a `go install` build). */
  patch: number | undefined;
  /** The pre-release ("rc.1"), when there is one. */
  prerelease?: string;
}

/**
 * What `helm-version` asks for: a major ("3", "3.x"), a minor ("3.14", "3.14.x"), or an exact
 * version ("3.14.2"). A spec never spans two majors, so satisfying it never crosses one.
 * `text` is a semver range as it is, matched by kit's one version module.
 */
export interface HelmVersionSpec {
  major: number;
  minor: number | undefined;
  patch: number | undefined;
  text: string;
}

/** helm's input language: narrower than a semver range, so that a spec names one major. */
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;
/** A `go install` build reports major.minor only; semver has no such version. */
const NO_PATCH = /^v?(\d+)\.(\d+)$/;

export function parseHelmVersion(text: string): HelmVersion | undefined {
  const version = parseSemver(text);
  if (version) {
    const { major, minor, patch, prerelease } = version;
    return { major, minor, patch, ...(prerelease ? { prerelease } : {}) };
  }
  const short = NO_PATCH.exec(text.trim());
  if (!short) return undefined;
  return { major: Number(short[1]), minor: Number(short[2]), patch: undefined };
}

/** The majors a spec may name: no helm 0, 1 or 2 release works with these flags, and none past 4 exists. */
const SUPPORTED_MAJORS = [3, 4];

export function parseVersionSpec(text: string): HelmVersionSpec | undefined {
  const match = SPEC.exec(text.trim());
  if (!match) return undefined;
  const [, major, minor, patch] = match;
  if (!SUPPORTED_MAJORS.includes(Number(major))) return undefined;
  if (minor === 'x' && patch !== undefined && patch !== 'x') return undefined;
  const num = (s: string | undefined) => (s === undefined || s === 'x' ? undefined : Number(s));
  return { major: Number(major), minor: num(minor), patch: num(patch), text: text.trim() };
}

/**
 * True when `version` is inside `spec` (semver's rule, pre-releases included: v3.15.0-rc.1 is
 * inside "3.15", not inside "3.15.0"). An unknown patch satisfies only specs that name none.
 */
export function satisfies(version: HelmVersion, spec: HelmVersionSpec): boolean {
  if (version.patch === undefined && spec.patch !== undefined) return false;
  const full = semverVersion({
    ...version,
    patch: version.patch ?? 0,
    prerelease: version.prerelease ?? '',
    raw: '',
    build: '',
  });
  return satisfiesRange(full, spec.text);
}

/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
export function exactVersion(spec: HelmVersionSpec): string | undefined {
  if (spec.minor === undefined || spec.patch === undefined) return undefined;
  return `${spec.major}.${spec.minor}.${spec.patch}`;
}

export function formatHelmVersion(version: HelmVersion): string {
  const pre = version.prerelease ? `-${version.prerelease}` : '';
  return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}${pre}`;
}
