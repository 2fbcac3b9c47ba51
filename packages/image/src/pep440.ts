/** A version as PEP 440 defines it (https://peps.python.org/pep-0440/), parsed and normalised. */
export interface Pep440Version {
  raw: string;
  epoch: number;
  release: number[];
  pre?: { label: 'a' | 'b' | 'rc'; number: number };
  post?: number;
  dev?: number;
  local?: string;
}

// PEP 440's appendix B grammar (permissive spellings that normalise to the canonical form).
const PATTERN = new RegExp(
  [
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|beta|preview|pre|rc|a|b|c)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$',
  ].join(''),
  'i',
);

const PRE_LABEL: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

export function parsePep440(raw: string): Pep440Version | undefined {
  const m = PATTERN.exec(raw);
  if (!m) return undefined;
  const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
  return {
    raw,
    epoch: Number(epoch ?? 0),
    release: (release as string).split('.').map(Number),
    ...(preLabel ? { pre: { label: PRE_LABEL[preLabel.toLowerCase()] as 'a', number: Number(preNumber ?? 0) } } : {}),
    ...(postDash !== undefined || postLabel ? { post: Number(postDash ?? postNumber ?? 0) } : {}),
    ...(devLabel ? { dev: Number(devNumber ?? 0) } : {}),
    ...(local ? { local: local.toLowerCase().replace(/[-_]/g, '.') } : {}),
  };
}

/** The canonical form: `1!2.0rc1.post3.dev4+local.1`; "1.2.3beta2" → "1.2.3b2", "1.0dev4" → "1.0.dev4". */
export function pep440Version(v: Pep440Version): string {
  return [
    v.epoch ? `${v.epoch}!` : '',
    v.release.join('.'),
    v.pre ? `${v.pre.label}${v.pre.number}` : '',
    v.post !== undefined ? `.post${v.post}` : '',
    v.dev !== undefined ? `.dev${v.dev}` : '',
    v.local ? `+${v.local}` : '',
  ].join('');
}

/** Pre-, post- and dev releases only ever get the full version (metadata-action's rule). */
export const isPep440Final = (v: Pep440Version): boolean =>
  v.pre === undefined && v.post === undefined && v.dev === undefined;
