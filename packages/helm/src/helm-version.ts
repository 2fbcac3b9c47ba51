/** A helm version as `helm version` prints it: v3.14.2, v3.14.2+g1234, or v3.22 for builds without a patch. */
export interface HelmVersion {
  major: number;
  minor: number;
  /** Absent when the binary reports only major.minor (a `go install` build). */
  patch: number | undefined;
}

/**
 * What `helm-version` asks for: a major ("3", "3.x"), a minor ("3.14", "3.14.x"), or an exact
 * version ("3.14.2"). A spec never spans two majors, so satisfying it never crosses one.
 */
export interface HelmVersionSpec {
  major: number;
  minor: number | undefined;
  patch: number | undefined;
  text: string;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/;
const SPEC = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/;

export function parseHelmVersion(text: string): HelmVersion | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: match[3] === undefined ? undefined : Number(match[3]),
  };
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

/** True when `version` is inside `spec`. An unknown patch satisfies only specs that name none. */
export function satisfies(version: HelmVersion, spec: HelmVersionSpec): boolean {
  if (version.major !== spec.major) return false;
  if (spec.minor !== undefined && version.minor !== spec.minor) return false;
  if (spec.patch !== undefined && version.patch !== spec.patch) return false;
  return true;
}

/** The exact version a spec names ("3.14.2"), which is all that can be downloaded; else undefined. */
export function exactVersion(spec: HelmVersionSpec): string | undefined {
  if (spec.minor === undefined || spec.patch === undefined) return undefined;
  return `${spec.major}.${spec.minor}.${spec.patch}`;
}

export function formatHelmVersion(version: HelmVersion): string {
  return `v${version.major}.${version.minor}${version.patch === undefined ? '' : `.${version.patch}`}`;
}
