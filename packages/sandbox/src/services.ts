/** Every process `up` may start, in start order (`down` stops them in reverse). */
export const serviceNames = [
  'dockerd',
  'registry',
  'registry-tls',
  'metrics-stub',
  'prometheus',
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kwok',
] as const;

export type ServiceName = (typeof serviceNames)[number];
