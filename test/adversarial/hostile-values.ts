import fc from 'fast-check';

/** Fixed seeds: every run of the suite tries the same cases. */
export const SEED = 20261202;

export const NUMERIC_EDGES = [
  ...['0', '-0', '-1', '1e308', '-1e308', 'Infinity', '-Infinity', 'NaN', '9007199254740993'],
  ...['99999999999999999999', '0x10', '1_000', ' 1 ', '1.5', '٣', '0s', '-1s', '999999999h', '1e3ms'],
  ...['2147483648', '-2147483649', '00:01', '1h-30m', '5m5m', '1.5.2', '+3', '0.0.0.0'],
];

/** A value per kind of injection; each must be inert (not run, not obeyed) in every input. */
export const INJECTIONS: Record<string, string[]> = {
  shell: ['$(id)', '`id`', 'a; id', 'a | id', 'a && id', "'; id; '", '$(touch /tmp/slipway-pwned)', 'a\nid'],
  'workflow command': [
    '::set-output name=pwned::yes',
    '::add-mask::',
    '::stop-commands::pwned',
    'ok\n::error::forged',
    'ok\r::warning::forged',
    '::set-env name=PWNED::yes',
    '##[set-output name=pwned;]yes',
    '  ::error title=x::forged',
  ],
  expression: ['${{ secrets.GITHUB_TOKEN }}', '${{ github.event.issue.title }}', '${{ toJSON(secrets) }}'],
  'flag-like': ['--kubeconfig=/etc/passwd', '--post-renderer=id', '-rf', '--set=a=b', '--help', '-'],
};

/** Values a program would read as an option if they reached it before "--" (one per input, in turn, through the bundle). */
export const FLAG_SHAPED = ['--set=image.tag=pwned', '--kubeconfig=/etc/passwd', '--post-renderer=./evil', '-rf'];

/** Names that a plain object answers to through its prototype. */
export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A made-up name of the same shape (ROT13: same length, case and characters classes). */
export function lookalike(name: string): string {
  return name.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Paths out of the workspace; `link-out` is a symlink the suite plants in the workspace. */
export const TRAVERSALS = ['../../etc/passwd', '/etc/passwd', '..', '/', 'link-out', 'sub/../../outside.txt'];

function deepFlow(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function deepBlock(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x';
}

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

export const YAML_BOMBS: Record<string, string> = {
  'alias bomb': billionLaughs(9),
  'deep flow nesting': deepFlow(20_000),
  'deep block nesting': deepBlock(3_000),
  'deep list nesting': `${'- '.repeat(5_000)}x`,
  'anchor cycle': 'a: &a\n  b: *a',
};

/** 1 MiB in-process; the runner passes inputs as environment variables, capped at 128 KiB each by Linux. */
export const HUGE = 1024 * 1024;
export const HUGE_IN_ENV = 120 * 1024;

/** Lone surrogates: how invalid UTF-8 reaches JavaScript (decoded as U+FFFD) or slips through from other text. */
const invalidText = fc
  .array(
    fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }), fc.constant(0xfffd), fc.integer({ min: 0x20, max: 0x7e })),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((codes) => String.fromCharCode(...codes));

const controlText = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 31 }), fc.constant(127), fc.integer({ min: 0x20, max: 0x7e })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((codes) => String.fromCharCode(...codes));

/** Any hostile value, drawn by fast-check: random text, control characters, edges, injections, YAML. */
export function hostileValue(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    controlText,
    invalidText,
    fc.constantFrom(...NUMERIC_EDGES),
    fc.constantFrom(...Object.values(INJECTIONS).flat()),
    fc.constantFrom(...TRAVERSALS),
    fc.integer().map(String),
    fc.double().map(String),
    fc.json({ maxDepth: 4 }),
    fc
      .tuple(fc.constantFrom('- ', 'a: ', '{', '[', '&x ', '*x', '!!binary ', '? '), fc.string({ maxLength: 30 }))
      .map(([a, b]) => a + b),
  );
}

/** The same, without what cannot pass through an environment variable (NUL). */
export function hostileEnvValue(): fc.Arbitrary<string> {
  return hostileValue().map((v) => v.replace(/\0/g, ''));
}
