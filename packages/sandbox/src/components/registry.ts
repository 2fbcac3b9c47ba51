import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLeaf } from '../certs';
import { ensureService, type SandboxContext } from '../component';
import { httpGet } from '../probe';
import { runOk } from '../run';

export interface Registries {
  /** host:port of the anonymous registry (plain HTTP on loopback). */
  anonymous: string;
  /** host:port of the TLS registry with htpasswd basic auth. */
  tls: string;
  user: string;
  password: string;
}

const user = 'slipway';

function registryConfig(addr: string, storage: string, extra: string[]): string {
  return [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storage)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${addr}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    ...extra,
    '',
  ].join('\n');
}

async function ensurePassword(ctx: SandboxContext): Promise<{ password: string; htpasswd: string }> {
  const dir = join(ctx.paths.config, 'registry-tls');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dir, 'password');
  const htpasswd = join(dir, 'htpasswd');
  if (!existsSync(passwordFile) || !existsSync(htpasswd)) {
    const password = randomBytes(18).toString('base64url');
    // bcrypt, as the registry requires; the password goes through stdin, never argv.
    const result = await runOk('htpasswd', ['-niB', user], { input: `${password}\n` });
    writeFileSync(htpasswd, result.stdout, { mode: 0o600 });
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  return { password: readFileSync(passwordFile, 'utf8'), htpasswd };
}

/** Two Debian docker-registry processes: anonymous, and TLS (sandbox CA) with basic auth. */
export async function startRegistries(ctx: SandboxContext, options = { tls: true }): Promise<Registries> {
  const anonymous = `127.0.0.1:${ctx.ports.registry}`;
  const tls = `127.0.0.1:${ctx.ports.registryTls}`;
  const cert = await ensureLeaf(ctx.paths.certs, ctx.ca, {
    name: 'registry',
    subject: '/CN=slipway-registry',
    usage: 'server',
    altNames: ['IP:127.0.0.1', 'DNS:localhost'],
  });
  const { password, htpasswd } = await ensurePassword(ctx);

  const anonConfig = join(ctx.paths.config, 'registry.yml');
  const anonData = join(ctx.paths.data, 'registry');
  mkdirSync(anonData, { recursive: true });
  writeFileSync(anonConfig, registryConfig(anonymous, anonData, []));

  const tlsConfig = join(ctx.paths.config, 'registry-tls.yml');
  const tlsData = join(ctx.paths.data, 'registry-tls');
  mkdirSync(tlsData, { recursive: true });
  writeFileSync(
    tlsConfig,
    registryConfig(tls, tlsData, [
      '  tls:',
      `    certificate: ${JSON.stringify(cert.cert)}`,
      `    key: ${JSON.stringify(cert.key)}`,
      'auth:',
      '  htpasswd:',
      '    realm: slipway-sandbox',
      `    path: ${JSON.stringify(htpasswd)}`,
    ]),
  );
  const ca = readFileSync(ctx.ca.cert);

  const anonymousService = () =>
    ensureService(ctx, {
      name: 'registry',
      command: 'docker-registry',
      args: ['serve', anonConfig],
      ports: [ctx.ports.registry],
      ready: async () => {
        const res = await httpGet(`http://${anonymous}/v2/`);
        return res.status === 200 || `/v2/ answered ${res.status}`;
      },
    });
  const tlsService = () =>
    ensureService(ctx, {
      name: 'registry-tls',
      command: 'docker-registry',
      args: ['serve', tlsConfig],
      ports: [ctx.ports.registryTls],
      ready: async () => {
        const auth = Buffer.from(`${user}:${password}`).toString('base64');
        const res = await httpGet(`https://${tls}/v2/`, { ca, headers: { authorization: `Basic ${auth}` } });
        return res.status === 200 || `/v2/ answered ${res.status}`;
      },
    });
  // The demo's pipeline pushes to the anonymous registry only: it gets no TLS one.
  if (!options.tls) {
    await anonymousService();
    return { anonymous, tls: '', user, password };
  }
  await Promise.all([anonymousService(), tlsService()]);
  return { anonymous, tls, user, password };
}
