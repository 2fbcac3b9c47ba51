import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from './run';

export interface CertPair {
  cert: string;
  key: string;
}

export interface LeafSpec {
  name: string;
  /** Subject, e.g. /CN=slipway-admin/O=system:masters */
  subject: string;
  usage: 'server' | 'client';
  /** Subject alternative names for server certificates, e.g. IP:127.0.0.1, DNS:localhost */
  altNames?: string[];
}

const days = '3650';
const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** The sandbox's own certificate authority: signs every serving and client certificate. */
export async function ensureCa(dir: string): Promise<CertPair> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pair = { cert: join(dir, 'ca.crt'), key: join(dir, 'ca.key') };
  if (existsSync(pair.cert) && existsSync(pair.key)) return pair;
  await runOk('openssl', [
    'req',
    '-x509',
    ...ecKey,
    '-days',
    days,
    '-keyout',
    pair.key,
    '-out',
    pair.cert,
    '-subj',
    '/CN=Slipway sandbox CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return pair;
}

/** A leaf certificate signed by the sandbox CA (kept if it already exists). */
export async function ensureLeaf(dir: string, ca: CertPair, spec: LeafSpec): Promise<CertPair> {
  const pair = { cert: join(dir, `${spec.name}.crt`), key: join(dir, `${spec.name}.key`) };
  if (existsSync(pair.cert) && existsSync(pair.key)) return pair;
  const csr = join(dir, `${spec.name}.csr`);
  const ext = join(dir, `${spec.name}.ext`);
  const lines = [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    `extendedKeyUsage=${spec.usage === 'server' ? 'serverAuth' : 'clientAuth'}`,
  ];
  if (spec.altNames?.length) lines.push(`subjectAltName=${spec.altNames.join(',')}`);
  writeFileSync(ext, `${lines.join('\n')}\n`);
  await runOk('openssl', ['req', '-new', ...ecKey, '-keyout', pair.key, '-out', csr, '-subj', spec.subject]);
  await runOk('openssl', [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    ca.cert,
    '-CAkey',
    ca.key,
    '-CAcreateserial',
    '-days',
    days,
    '-out',
    pair.cert,
    '-extfile',
    ext,
  ]);
  rmSync(csr, { force: true });
  rmSync(ext, { force: true });
  return pair;
}

/** The key pair that signs and verifies service-account tokens. */
export async function ensureServiceAccountKey(dir: string): Promise<{ key: string; pub: string }> {
  const paths = { key: join(dir, 'sa.key'), pub: join(dir, 'sa.pub') };
  if (existsSync(paths.key) && existsSync(paths.pub)) return paths;
  await runOk('openssl', ['genrsa', '-out', paths.key, '2048']);
  await runOk('openssl', ['rsa', '-in', paths.key, '-pubout', '-out', paths.pub]);
  return paths;
}
