/** Node's process.arch → the GOARCH name Go-built tools (helm, cosign) give their release assets. */
const GO_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

/** `<os>-<arch>` as Go release assets name a platform: linux-amd64, darwin-arm64, windows-amd64, … */
export function goPlatform(platform: string = process.platform, arch: string = process.arch): string {
  return `${platform === 'win32' ? 'windows' : platform}-${GO_ARCH[arch] ?? arch}`;
}
