/** A Kubernetes Service or HTTPRoute name as blue-green takes it: a DNS label (RFC 1123), at most 63 characters. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_LABEL_MAX = 63;

/** The colour releases add "-green" to the release: 47 characters keep them within helm's 53. */
export const BLUE_GREEN_RELEASE_MAX = 47;

export const isDnsLabel = (name: string): boolean => DNS_LABEL.test(name) && name.length <= DNS_LABEL_MAX;
