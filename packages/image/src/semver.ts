/** A semantic version as semver.org defines it; a leading "v" (or "V") is accepted and dropped. */
export interface SemVer {
  raw: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
  build: string;
}

const NUM = '0|[1-9]\\d*';
const PRE = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const PATTERN = new RegExp(
  `^[vV=]?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE}(?:\\.${PRE})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`,
);

export function parseSemver(raw: string): SemVer | undefined {
  const m = PATTERN.exec(raw.trim());
  if (!m) return undefined;
  return {
    raw,
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ?? '',
    build: m[5] ?? '',
  };
}

/** major.minor.patch with the pre-release, without build metadata (not allowed in a tag anyway). */
export function semverVersion(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
