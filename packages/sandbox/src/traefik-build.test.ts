import { describe, expect, it } from '@jest/globals';
import { traefikGoModExtra, withoutDnsProviders } from './traefik-build';

const traefikGoMod = `module github.com/traefik/traefik/v3

go 1.26.0

require (
	github.com/go-acme/lego/v5 v5.4.1
	github.com/traefik/traefik/dynamic/ext v0.0.0-00010101000000-000000000000
)

replace github.com/traefik/traefik/dynamic/ext => ./pkg/config/dynamic/ext

// Containous forks
replace (
	github.com/abbot/go-http-auth => github.com/containous/go-http-auth v0.4.1-0.20260804094822-b975dcaa8c48
	github.com/gorilla/mux => github.com/containous/mux v0.0.0-20250523120546-41b6ec3aed59
)

exclude github.com/tencentcloud/tencentcloud-sdk-go v3.0.83+incompatible
`;

describe('traefikGoModExtra', () => {
  it("keeps Traefik's forks and excludes, pointing ext, the unserved auth fork and lego at what the wrapper builds", () => {
    expect(traefikGoModExtra(traefikGoMod)).toBe(
      [
        'replace (',
        '\tgithub.com/traefik/traefik/dynamic/ext => ./ext',
        '\tgithub.com/abbot/go-http-auth => ./go-http-auth',
        '\tgithub.com/gorilla/mux => github.com/containous/mux v0.0.0-20250523120546-41b6ec3aed59',
        '\tgithub.com/go-acme/lego/v5 => ./lego',
        ')',
        '',
        'exclude github.com/tencentcloud/tencentcloud-sdk-go v3.0.83+incompatible',
        '',
      ].join('\n'),
    );
  });
});

describe('withoutDnsProviders', () => {
  it("drops the named providers' imports and case arms, keeping the others", () => {
    // The factory's import block (without its first and last lines), then its switch.
    const factory = [
      'package dns',
      '\t"github.com/go-acme/lego/v5/providers/dns/edgedns"',
      '\t"github.com/go-acme/lego/v5/providers/dns/exec"',
      'func NewDNSChallengeProviderByName(name string) (challenge.Provider, error) {',
      '\tswitch name {',
      '\tcase "edgedns", "fastdns":',
      '\t\treturn edgedns.NewDNSProvider()',
      '\tcase "exec":',
      '\t\treturn exec.NewDNSProvider()',
      '\t}',
    ].join('\n');
    expect(withoutDnsProviders(factory, ['edgedns'])).toBe(
      [
        'package dns',
        '\t"github.com/go-acme/lego/v5/providers/dns/exec"',
        'func NewDNSChallengeProviderByName(name string) (challenge.Provider, error) {',
        '\tswitch name {',
        '\tcase "exec":',
        '\t\treturn exec.NewDNSProvider()',
        '\t}',
      ].join('\n'),
    );
  });
});
