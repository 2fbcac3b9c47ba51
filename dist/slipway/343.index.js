export const id = 343;
export const ids = [343];
export const modules = {

/***/ 8343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W3: () => (/* reexport */ KubeApiError),
  Bx: () => (/* reexport */ KubeClient),
  FI: () => (/* reexport */ ObjectClient),
  AQ: () => (/* reexport */ RolloutWatcher),
  checkKubeconfigServer: () => (/* reexport */ checkKubeconfigServer),
  RS: () => (/* reexport */ checkPermissions),
  sQ: () => (/* reexport */ checkReachable),
  decodeKubeconfigInput: () => (/* reexport */ decodeKubeconfigInput),
  Gv: () => (/* reexport */ ensureNamespace),
  VZ: () => (/* reexport */ formatQuantity),
  dh: () => (/* reexport */ isConflict),
  c4: () => (/* reexport */ isNotFound),
  kubeconfigContexts: () => (/* reexport */ kubeconfigContexts),
  kubeconfigSecrets: () => (/* reexport */ kubeconfigSecrets),
  gA: () => (/* reexport */ lookupNamespace),
  DU: () => (/* reexport */ parseKubeconfig),
  Lf: () => (/* reexport */ parseQuantity),
  removeKubeconfigFile: () => (/* reexport */ removeKubeconfigFile),
  ui: () => (/* reexport */ sessionKubeconfig),
  jC: () => (/* reexport */ workloadPath),
  xK: () => (/* reexport */ writeKubeconfigFile)
});

// UNUSED EXPORTS: DEPLOY_PERMISSIONS, ExecCredentialSource, WORKLOAD_KINDS, allNewPodsFailing, ambientKubeconfig, checkProxyUrl, execCredentials, formatStatus, isTerminal, loadKubeconfigEnv, mergeKubeconfigs, newPodsOf, objectPath, podProblem, proxyFor, readKubeconfigFiles, renewalMargin, resourceOf, workloadStatus, workloadsInManifest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/index.ts + 57 modules
var src = __webpack_require__(9114);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig.ts



function list(doc, key) {
    const value = doc[key];
    return Array.isArray(value) ? value : [];
}
function entry(doc, key, name, field) {
    const found = list(doc, key).find((item) => item.name === name);
    const inner = found?.[field];
    return inner && typeof inner === 'object' ? inner : undefined;
}
function str(value) {
    return typeof value === 'string' && value ? value : undefined;
}
/**
 * Resolves a kubeconfig (YAML text) to the access of one context: the named one, else
 * current-context. File references are read relative to `baseDir`. Secrets stay in the result
 * only; errors never include them.
 */
async function parseKubeconfig(text, options = {}) {
    const where = options.where ?? 'kubeconfig';
    const doc = await (0,src/* parseYamlText */.cd)(text, where);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new src/* ConfigError */.xL(`${where}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
    const config = doc;
    const contextName = options.context ?? str(config['current-context']);
    const names = list(config, 'contexts').map((c) => String(c.name));
    if (!contextName)
        throw new src/* ConfigError */.xL(`${where}: no current-context; set 'context' to one of: ${names.join(', ')}`);
    const context = entry(config, 'contexts', contextName, 'context');
    if (!context && options.context !== undefined)
        throw new src/* ConfigError */.xL(`Input 'context': expected a context of the kubeconfig (have: ${names.join(', ') || 'none'}), got ${JSON.stringify(contextName)}`);
    if (!context)
        throw new src/* ConfigError */.xL(`${where}: no context named "${contextName}" (have: ${names.join(', ') || 'none'})`);
    const clusterName = str(context['cluster']) ?? '';
    const cluster = entry(config, 'clusters', clusterName, 'cluster');
    if (!cluster)
        throw new src/* ConfigError */.xL(`${where}: context "${contextName}" names cluster "${clusterName}", which is not defined`);
    const server = str(cluster['server']);
    if (!server)
        throw new src/* ConfigError */.xL(`${where}: cluster "${clusterName}" has no server`);
    checkServer(server, clusterName, where);
    const proxyUrl = str(cluster['proxy-url']);
    if (proxyUrl)
        checkProxyUrl(proxyUrl, `${where}: cluster "${clusterName}" proxy-url`);
    const user = entry(config, 'users', str(context['user']) ?? '', 'user') ?? {};
    const baseDir = options.baseDir ?? process.cwd();
    const file = async (path) => (path ? (0,promises_.readFile)((0,external_node_path_.resolve)(baseDir, path)) : undefined);
    const data = (value) => (str(value) ? Buffer.from(value, 'base64') : undefined);
    const exec = user['exec'];
    const tokenFile = await file(str(user['tokenFile']));
    return {
        server: server.replace(/\/+$/, ''),
        context: contextName,
        namespace: str(context['namespace']),
        ca: data(cluster['certificate-authority-data']) ?? (await file(str(cluster['certificate-authority']))),
        cert: data(user['client-certificate-data']) ?? (await file(str(user['client-certificate']))),
        key: data(user['client-key-data']) ?? (await file(str(user['client-key']))),
        token: str(user['token']) ?? tokenFile?.toString('utf8').trim(),
        username: str(user['username']),
        password: str(user['password']),
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        tlsServerName: str(cluster['tls-server-name']),
        proxyUrl,
        exec: exec ? execPlugin(exec, cluster, baseDir, external_node_path_.resolve) : undefined,
    };
}
function execPlugin(exec, cluster, baseDir, resolve) {
    const command = String(exec['command'] ?? '');
    const extensions = Array.isArray(cluster['extensions']) ? cluster['extensions'] : [];
    return {
        // kubectl runs a command with a slash relative to the kubeconfig's folder, any other from PATH.
        command: command.includes('/') ? resolve(baseDir, command) : command,
        args: Array.isArray(exec['args']) ? exec['args'].map(String) : [],
        env: Object.fromEntries((Array.isArray(exec['env']) ? exec['env'] : []).map((e) => [String(e['name']), String(e['value'])])),
        apiVersion: str(exec['apiVersion']) ?? 'client.authentication.k8s.io/v1beta1',
        provideClusterInfo: exec['provideClusterInfo'] === true,
        interactiveMode: str(exec['interactiveMode']),
        clusterConfig: extensions.find((e) => e.name === 'client.authentication.k8s.io/exec')?.['extension'],
    };
}
/** The client speaks TLS only: a server of another scheme is the user's to fix, named by its field. */
function checkServer(server, clusterName, where) {
    if (!/^https:\/\/[^/]/i.test(server))
        throw new src/* ConfigError */.xL(`${where}: expected cluster "${clusterName}" server to be an https:// URL (the API client speaks TLS only), got ${JSON.stringify(server.slice(0, 80))}`);
}
/**
 * Checks, without reading any file, the server of the context a run will use (`context`, else
 * current-context): inputs.ts refuses an http:// server before anything starts. Other problems
 * are left to parseKubeconfig.
 */
async function checkKubeconfigServer(text, options) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return;
    const contextName = options.context ?? str(doc['current-context']);
    const context = contextName === undefined ? undefined : entry(doc, 'contexts', contextName, 'context');
    const clusterName = str(context?.['cluster']) ?? '';
    const server = str(entry(doc, 'clusters', clusterName, 'cluster')?.['server']);
    if (server)
        checkServer(server, clusterName, options.where);
}
/** kubectl takes http, https and socks5 proxies; our client tunnels through the first two (CONNECT). */
function checkProxyUrl(value, where) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigError */.xL(`${where}: expected a URL such as http://proxy:3128, got something else`);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return url;
    if (url.protocol.startsWith('socks'))
        throw new src/* ConfigError */.xL(`${where}: a SOCKS proxy (${url.protocol}//${url.host}) is not supported; use an http:// or https:// proxy`);
    throw new src/* ConfigError */.xL(`${where}: expected an http:// or https:// proxy, got ${url.protocol}//${url.host}`);
}
/** The names of a kubeconfig's contexts (none when the text is not a kubeconfig). */
async function kubeconfigContexts(text) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    return doc && typeof doc === 'object' ? list(doc, 'contexts').map((c) => String(c.name)) : [];
}
/** The values in a kubeconfig that are secrets, to be masked wherever they could be printed. */
async function kubeconfigSecrets(text) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text);
    const found = [];
    const users = doc.toJS()?.['users'];
    if (!Array.isArray(users))
        return found;
    for (const item of users) {
        const user = (item['user'] ?? {});
        for (const key of ['client-key-data', 'token', 'password'])
            if (str(user[key]))
                found.push(user[key]);
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-merge.ts



/** Per section, the fields that name files (kubectl's ResolveLocalPaths). */
const FILE_FIELDS = {
    clusters: { field: 'cluster', keys: ['certificate-authority'] },
    users: { field: 'user', keys: ['client-certificate', 'client-key', 'tokenFile'] },
};
const SECTIONS = ['clusters', 'users', 'contexts'];
/**
 * Merges kubeconfig files as kubectl merges KUBECONFIG: the first file to define a cluster,
 * user or context of a name wins it whole, current-context comes from the first file that sets
 * one, and every relative path is made absolute against its own file's folder first. Returns
 * the merged kubeconfig as YAML.
 */
async function mergeKubeconfigs(files) {
    const merged = { clusters: [], users: [], contexts: [] };
    let current;
    let preferences;
    for (const file of files) {
        const doc = await (0,src/* parseYamlText */.cd)(file.text, file.path);
        if (doc === null || doc === undefined)
            continue; // an empty file, as kubectl allows
        if (typeof doc !== 'object' || Array.isArray(doc))
            throw new src/* ConfigError */.xL(`${file.path}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
        const config = doc;
        const absolute = (path) => typeof path === 'string' && path && !(0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file.path), path) : path;
        for (const section of SECTIONS) {
            const items = Array.isArray(config[section]) ? config[section] : [];
            for (const item of items) {
                if (!item || typeof item !== 'object' || merged[section].some((m) => m.name === item.name))
                    continue;
                merged[section].push(withAbsolutePaths(section, item, absolute));
            }
        }
        const named = config['current-context'];
        if (current === undefined && typeof named === 'string' && named)
            current = named;
        preferences ??= config['preferences'];
    }
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        ...(preferences === undefined ? {} : { preferences }),
        ...merged,
        ...(current === undefined ? {} : { 'current-context': current }),
    });
}
function withAbsolutePaths(section, item, absolute) {
    const spec = FILE_FIELDS[section];
    const inner = spec ? item[spec.field] : undefined;
    if (!spec || !inner || typeof inner !== 'object')
        return item;
    const copy = { ...inner };
    for (const key of spec.keys)
        if (key in copy)
            copy[key] = absolute(copy[key]);
    const exec = copy['exec'];
    // An exec command with a slash is a path (relative to its file); any other is looked up on PATH.
    if (exec && typeof exec === 'object' && String(exec['command'] ?? '').includes('/'))
        copy['exec'] = { ...exec, command: absolute(exec['command']) };
    return { ...item, [spec.field]: copy };
}
/**
 * The files a KUBECONFIG value names, read in order, as kubectl reads them: ':'-separated,
 * empty entries and repeats skipped, files that do not exist skipped.
 */
async function readKubeconfigFiles(value) {
    const paths = [...new Set(value.split(external_node_path_.delimiter).filter(Boolean))];
    const files = [];
    for (const path of paths) {
        try {
            files.push({ path: (0,external_node_path_.resolve)(path), text: await (0,promises_.readFile)(path, 'utf8') });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw new src/* ConfigError */.xL(`KUBECONFIG: cannot read ${path}: ${error.code ?? error}`);
        }
    }
    if (!files.length)
        throw new src/* ConfigError */.xL(`KUBECONFIG names no file that exists (${paths.join(', ') || 'empty'})`);
    return files;
}
/**
 * The kubeconfig a KUBECONFIG value stands for, as one text: a single file as it is (relative
 * paths resolve against `baseDir`, its folder), several merged (their paths made absolute).
 */
async function loadKubeconfigEnv(value) {
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return { text: first.text, baseDir: dirname(first.path) };
    return { text: await mergeKubeconfigs(files), baseDir: process.cwd() };
}

;// CONCATENATED MODULE: ./packages/kube/src/exec-credential.ts

/** Renew this long before the expiry: 30 s, or a quarter of a short credential's lifetime. */
function renewalMargin(lifetimeMs) {
    return Math.min(30_000, Math.max(0, lifetimeMs) / 4);
}
/**
 * The KUBERNETES_EXEC_INFO kubectl hands a plugin: the ExecCredential asked for, never
 * interactive (a runner has no terminal), with the cluster when provideClusterInfo is set.
 */
function execInfo(access, plugin) {
    const cluster = {
        server: access.server,
        'tls-server-name': access.tlsServerName,
        'insecure-skip-tls-verify': access.insecureSkipTlsVerify || undefined,
        'certificate-authority-data': access.ca?.toString('base64'),
        'proxy-url': access.proxyUrl,
        config: plugin.clusterConfig,
    };
    return JSON.stringify({
        apiVersion: plugin.apiVersion,
        kind: 'ExecCredential',
        spec: { interactive: false, ...(plugin.provideClusterInfo ? { cluster } : {}) },
    });
}
/**
 * Runs a kubeconfig's exec plugin and keeps its credential, shared by every client of one
 * access: run again shortly before status.expirationTimestamp, or when the API server refuses
 * the credential (`renew`). Concurrent callers wait for one run.
 */
class ExecCredentialSource {
    access;
    plugin;
    now;
    current;
    constructor(access, plugin, now = Date.now) {
        this.access = access;
        this.plugin = plugin;
        this.now = now;
    }
    /** The credential to send now: the one held unless it is about to expire. */
    async get(signal) {
        const pending = this.current;
        if (pending) {
            const held = await pending; // a run that failed fails everyone who waited for it
            if (!this.expiring(held))
                return held;
            if (this.current !== pending)
                return this.get(signal); // renewed meanwhile
        }
        return this.run(signal);
    }
    /** The API server refused `stale` (401): run the plugin again, once for all who saw it refused. */
    async renew(stale, signal) {
        const pending = this.current;
        const held = await pending?.catch(() => undefined);
        if (held && held !== stale)
            return held;
        if (this.current && this.current !== pending)
            return this.current;
        return this.run(signal);
    }
    expiring(credential) {
        if (credential.expiresAt === undefined)
            return false;
        const margin = renewalMargin(credential.expiresAt - credential.obtainedAt);
        return this.now() >= credential.expiresAt - margin;
    }
    run(signal) {
        const running = runPlugin(this.access, this.plugin, this.now(), signal);
        this.current = running;
        // The callers see a failed run; the next request runs the plugin again.
        running.catch(() => {
            if (this.current === running)
                this.current = undefined;
        });
        return running;
    }
}
async function runPlugin(access, plugin, obtainedAt, signal) {
    const name = `The kubeconfig's exec credential plugin (${plugin.command})`;
    if (plugin.interactiveMode === 'Always')
        throw new src/* ConfigError */.xL(`${name} asks for interactiveMode: Always; a runner has no terminal to give it`);
    let stdout;
    try {
        ({ stdout } = await (0,src/* exec */.m0)(plugin.command, plugin.args, {
            env: { ...process.env, ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(access, plugin) },
            signal,
            timeoutMs: 60_000,
        }));
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        const last = error instanceof src/* ExecError */.cI ? error.result.stderr.trim().split('\n').at(-1)?.slice(0, 300) : '';
        throw new src/* ConfigError */.xL(`${name} failed: ${last || (error instanceof Error ? error.message : String(error))}`, {
            cause: error,
        });
    }
    return { ...parseExecCredential(stdout, plugin, name), obtainedAt };
}
/** The status of a plugin's ExecCredential, checked as kubectl checks it; secrets are masked at once. */
function parseExecCredential(stdout, plugin, name) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new src/* ConfigError */.xL(`${name} did not print an ExecCredential (JSON) on stdout`);
    }
    if (parsed.kind !== 'ExecCredential' || parsed.apiVersion !== plugin.apiVersion)
        throw new src/* ConfigError */.xL(`${name} printed ${String(parsed.apiVersion)} ${String(parsed.kind)}; the kubeconfig asks for ${plugin.apiVersion} ExecCredential`);
    const status = parsed.status ?? {};
    const text = (key) => (typeof status[key] === 'string' && status[key] ? status[key] : undefined);
    const token = text('token');
    const cert = text('clientCertificateData');
    const key = text('clientKeyData');
    if (!token && !(cert && key))
        throw new src/* ConfigError */.xL(`${name} handed out neither a token nor a client certificate and key`);
    if (Boolean(cert) !== Boolean(key))
        throw new src/* ConfigError */.xL(`${name} handed out a client certificate without its key, or a key without its certificate`);
    for (const secret of [token, key])
        (0,src/* maskSecret */.$l)(secret);
    const expiry = text('expirationTimestamp');
    const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
        throw new src/* ConfigError */.xL(`${name} handed out an expirationTimestamp that is not a time (RFC 3339)`);
    return {
        token,
        cert: cert ? Buffer.from(cert) : undefined,
        key: key ? Buffer.from(key) : undefined,
        expiresAt,
    };
}
const sources = new WeakMap();
/** The one credential source of an access with an exec plugin, shared by all its clients. */
function execCredentials(access) {
    if (!access.exec)
        return undefined;
    let source = sources.get(access);
    if (!source)
        sources.set(access, (source = new ExecCredentialSource(access, access.exec)));
    return source;
}

;// CONCATENATED MODULE: ./packages/kube/src/kube-proxy.ts


function firstSet(env, names) {
    for (const name of names) {
        const value = env[name];
        if (value)
            return [name, value];
    }
    return undefined;
}
/**
 * The proxy as kubectl picks it: the cluster's proxy-url whatever the host; else HTTPS_PROXY
 * (HTTP_PROXY for an http server; upper case first), unless the server is loopback or NO_PROXY
 * names it, as Go reads NO_PROXY (kit's `bypassesProxy`, dialect `go`).
 */
async function proxyFor(access, env = process.env) {
    if (access.proxyUrl)
        return { url: new URL(access.proxyUrl), from: "the kubeconfig's proxy-url" };
    const server = new URL(access.server);
    const https = server.protocol === 'https:';
    const set = firstSet(env, https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']);
    if (!set)
        return undefined;
    const port = server.port || (https ? '443' : '80');
    if ((0,src/* bypassesProxy */.Zt)(server.hostname, port, firstSet(env, ['NO_PROXY', 'no_proxy'])?.[1] ?? '', 'go'))
        return undefined;
    const [name, value] = set;
    return { url: checkProxyUrl(value.includes('://') ? value : `http://${value}`, name), from: name };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/kube/src/proxy-tunnel.ts




/** A proxy named without its credentials, for messages. */
function shownProxy(proxy) {
    return `${proxy.url.protocol}//${proxy.url.host} (${proxy.from})`;
}
/**
 * A keep-alive https agent whose sockets are tunnels through an http or https proxy (HTTP
 * CONNECT), TLS to the API server running inside them: the agent pools them like any other.
 */
function tunnelAgent(proxy, options) {
    const agent = new external_node_https_.Agent(options);
    const { username, password } = proxy.url;
    let authorization;
    if (username || password) {
        const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
        authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
        (0,src/* maskSecret */.$l)(decodeURIComponent(password));
        (0,src/* maskSecret */.$l)(authorization);
    }
    const shown = shownProxy(proxy);
    const proxyPort = Number(proxy.url.port) || (proxy.url.protocol === 'https:' ? 443 : 80);
    const proxyHost = proxy.url.hostname.replace(/^\[(.*)\]$/, '$1');
    const connect = (target, timeoutMs) => new Promise((resolve, reject) => {
        const socket = proxy.url.protocol === 'https:'
            ? external_node_tls_.connect({ host: proxyHost, port: proxyPort, servername: external_node_net_.isIP(proxyHost) ? undefined : proxyHost })
            : external_node_net_.connect({ host: proxyHost, port: proxyPort });
        const fail = (error) => {
            socket.destroy();
            reject(error);
        };
        socket.setTimeout(timeoutMs, () => fail(new src/* TransientError */.N_(`The proxy ${shown} did not answer CONNECT ${target} within ${timeoutMs / 1000} s`)));
        socket.once('error', (error) => fail(new src/* TransientError */.N_(`Cannot reach the proxy ${shown}: ${error.code ?? error.message}`, { cause: error })));
        socket.once(proxy.url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const headers = [`CONNECT ${target} HTTP/1.1`, `Host: ${target}`];
            if (authorization)
                headers.push(`Proxy-Authorization: ${authorization}`);
            socket.write(`${headers.join('\r\n')}\r\n\r\n`);
        });
        let head = Buffer.alloc(0);
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > 16_384)
                    fail(new src/* TransientError */.N_(`The proxy ${shown} answered CONNECT with no end of headers`));
                return;
            }
            socket.off('data', onData);
            socket.setTimeout(0);
            socket.removeAllListeners('error');
            const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
            if (status === 200) {
                if (end + 4 < head.length)
                    socket.unshift(head.subarray(end + 4));
                return resolve(socket);
            }
            const said = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 200);
            const message = `The proxy ${shown} refused CONNECT ${target}: ${said || 'no HTTP answer'}`;
            // 403/407: the proxy's rules or its credentials, which the user can fix; the rest may pass.
            fail(status === 403 || status === 407 ? new src/* ConfigError */.xL(message) : new src/* TransientError */.N_(message));
        };
        socket.on('data', onData);
    });
    agent.createConnection = (options, callback) => {
        const host = String(options.host ?? options.hostname ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
        const target = `${external_node_net_.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
        connect(target, options.timeout ?? 30_000).then((socket) => {
            // tls.connect with a socket does not connect itself: host, port and path are not used.
            const secured = external_node_tls_.connect({ ...options, socket });
            callback?.(null, secured);
        }, (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}

;// CONCATENATED MODULE: ./packages/kube/src/kube-client.ts






/** The API server answered with an error Status; `reason` is Kubernetes' (Forbidden, NotFound, …). */
class KubeApiError extends Error {
    status;
    reason;
    name = 'KubeApiError';
    constructor(message, status, reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}
/**
 * The name the server's certificate must carry (tls-server-name): sent as SNI, except an IP
 * address, which SNI may not carry (RFC 6066) and is checked against the certificate alone.
 */
function serverName(name, checkIdentity) {
    if (!name)
        return {};
    if (!/^[\d.]+$|:/.test(name))
        return { servername: name };
    return { checkServerIdentity: (_host, cert) => checkIdentity(name, cert) };
}
/**
 * One keep-alive agent and one TLS context per cluster access, shared by every client made from
 * it: a deploy makes some 30 requests, and a handshake with a freshly parsed CA and key each was
 * a tenth of the action's own time. Idle sockets do not hold the process open (node unrefs
 * them) and close after 15 s. Through a proxy, the pooled sockets are CONNECT tunnels.
 */
const connections = new WeakMap();
/**
 * A small Kubernetes API client over node https: client certificates, bearer tokens (also from
 * an exec credential plugin, run again before it expires and on a 401), basic auth and the
 * cluster CA, as the kubeconfig says; through the cluster's proxy-url or HTTPS_PROXY as kubectl
 * goes.
 */
class KubeClient {
    access;
    signal;
    constructor(access, signal) {
        this.access = access;
        this.signal = signal;
    }
    async get(path) {
        return this.request({ path });
    }
    /** undefined when the object does not exist. */
    async find(path) {
        try {
            return await this.get(path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async create(path, body) {
        return this.request({ method: 'POST', path, body });
    }
    async request(request) {
        const plugin = execCredentials(this.access);
        let credential = await plugin?.get(this.signal);
        let answer = await this.send(request, credential);
        // A 401 is answered before anything is done: the request can be sent again with a fresh credential.
        if (answer.status === 401 && plugin && credential) {
            credential = await plugin.renew(credential, this.signal);
            answer = await this.send(request, credential);
        }
        const what = `${request.method ?? 'GET'} ${answer.path}`;
        if (answer.status >= 200 && answer.status < 300) {
            try {
                return (answer.text ? JSON.parse(answer.text) : undefined);
            }
            catch {
                throw new Error(`${what}: the API server answered with something that is not JSON`);
            }
        }
        throw apiError(what, answer.status, answer.text, plugin !== undefined);
    }
    async connection(credential) {
        const pending = connections.get(this.access);
        if (pending) {
            const held = await pending;
            if (!credential?.cert || held.credential === credential)
                return held;
            if (connections.get(this.access) !== pending)
                return this.connection(credential);
        }
        const making = this.connect(credential);
        connections.set(this.access, making);
        // A failure (a bad HTTPS_PROXY, say) is the callers'; the next request tries again.
        making.catch(() => {
            if (connections.get(this.access) === making)
                connections.delete(this.access);
        });
        return making;
    }
    async connect(credential) {
        const proxy = await proxyFor(this.access);
        const options = { keepAlive: true, timeout: 15_000 };
        return {
            agent: proxy ? tunnelAgent(proxy, options) : new external_node_https_.Agent(options),
            secureContext: (0,external_node_tls_.createSecureContext)({
                ca: this.access.ca,
                cert: credential?.cert ?? this.access.cert,
                key: credential?.key ?? this.access.key,
            }),
            credential: credential?.cert ? credential : undefined,
            checkIdentity: external_node_tls_.checkServerIdentity,
        };
    }
    async send(request, credential) {
        const shared = await this.connection(credential);
        const url = new URL(request.path, `${this.access.server}/`);
        const headers = { accept: request.accept ?? 'application/json' };
        const token = credential?.token ?? this.access.token;
        if (token)
            headers['authorization'] = `Bearer ${token}`;
        else if (this.access.username && this.access.password)
            headers['authorization'] =
                `Basic ${Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')}`;
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        if (body) {
            headers['content-type'] = 'application/json';
            // Node frames a body only for methods it expects one on: a DELETE body would go unframed (400).
            headers['content-length'] = String(Buffer.byteLength(body));
        }
        const method = request.method ?? 'GET';
        const what = `${method} ${url.pathname}`;
        const timeoutMs = request.timeoutMs ?? 30_000;
        return new Promise((resolve, reject) => {
            const req = external_node_https_.request(url, {
                method,
                headers,
                // Passed on to tls.connect, which takes it (node's request typings leave it out).
                ...{ secureContext: shared.secureContext },
                rejectUnauthorized: !this.access.insecureSkipTlsVerify,
                ...serverName(this.access.tlsServerName, shared.checkIdentity),
                signal: this.signal,
                timeout: timeoutMs,
                agent: shared.agent,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new src/* TransientError */.N_(`${what}: ${e.message}`, { cause: e })));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), path: url.pathname }));
            });
            let timedOut = false;
            req.on('timeout', () => {
                timedOut = true;
                req.destroy(new Error('timed out'));
            });
            req.on('error', (error) => {
                if (error.name === 'AbortError')
                    return reject(error);
                // The proxy's own refusal names the proxy: pass it on as it is.
                if (error instanceof src/* ConfigError */.xL || error instanceof src/* TransientError */.N_)
                    return reject(error);
                // A server that accepts the connection and then says nothing: etcd gone behind it, say.
                if (timedOut)
                    return reject(new src/* TransientError */.N_(`The Kubernetes API at ${this.access.server} did not answer ${what} within ${timeoutMs / 1000} s`));
                reject(new src/* TransientError */.N_(`Cannot reach the Kubernetes API at ${this.access.server}: ${error.code ?? error.message}`, {
                    cause: error,
                }));
            });
            req.end(body);
        });
    }
}
function apiError(what, status, text, fromPlugin) {
    let message = text.slice(0, 500);
    let reason = '';
    try {
        const parsed = JSON.parse(text);
        message = parsed.message ?? message;
        reason = parsed.reason ?? '';
    }
    catch {
        // not a Status object
    }
    if (status === 401)
        return new src/* ConfigError */.xL(fromPlugin
            ? `The Kubernetes API refused the credential of the kubeconfig's exec plugin (401 Unauthorized) for ${what}, also when run again: check the plugin's identity and the cluster's access to it`
            : `The Kubernetes API refused our credentials (401 Unauthorized) for ${what}: check the kubeconfig`);
    if (status >= 500 || status === 429)
        return new src/* TransientError */.N_(`${what} answered ${status}: ${message}`);
    return new KubeApiError(status === 403 ? `Forbidden: ${message}` : `${what} answered ${status}: ${message}`, status, reason);
}

;// CONCATENATED MODULE: ./packages/kube/src/workload-status.ts
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const num = (value) => (typeof value === 'number' ? value : 0);
function workloadPath(kind, namespace, name) {
    const group = kind === 'Job' ? 'batch/v1' : 'apps/v1';
    const plural = `${kind.toLowerCase()}s`;
    return `/apis/${group}/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
function conditionsOf(status) {
    return status['conditions'] ?? [];
}
/** The one judge: is this workload healthy, still rolling out (and why), or failed? */
function workloadStatus(kind, object) {
    const status = object.status ?? {};
    const ref = { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace ?? '' };
    const observed = num(status['observedGeneration']) >= num(object.metadata?.generation);
    const counts = (desired, updated, ready, available) => ({
        ...ref,
        desired,
        updated,
        ready,
        available,
    });
    const verdict = (base, waiting, failure) => ({
        ...base,
        done: waiting === undefined && !failure,
        failure,
        ...(waiting !== undefined ? { waiting } : {}),
    });
    const notObserved = 'waiting for the controller to observe the new spec';
    if (kind === 'Job') {
        const conditions = conditionsOf(status);
        const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
        const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
        const desired = object.spec?.completions ?? 1;
        const succeeded = num(status['succeeded']);
        const base = counts(desired, succeeded, succeeded, succeeded);
        if (failed)
            return verdict(base, 'failed', `Job failed: ${[failed.reason, failed.message].filter(Boolean).join(': ')}`);
        return verdict(base, complete ? undefined : `${succeeded} of ${desired} completions`);
    }
    if (kind === 'DaemonSet') {
        const desired = num(status['desiredNumberScheduled']);
        const updated = num(status['updatedNumberScheduled']);
        const available = num(status['numberAvailable']);
        const base = counts(desired, updated, num(status['numberReady']), available);
        if (!observed)
            return verdict(base, notObserved);
        if (updated < desired)
            return verdict(base, `${updated} of ${desired} updated pods are scheduled`);
        if (available < desired)
            return verdict(base, `${available} of ${updated} updated pods are available`);
        return verdict(base, undefined);
    }
    const desired = object.spec?.replicas ?? 1;
    const updated = num(status['updatedReplicas']);
    const ready = num(status['readyReplicas']);
    const available = num(status['availableReplicas']);
    const base = counts(desired, updated, ready, status['availableReplicas'] === undefined && kind === 'StatefulSet' ? ready : available);
    if (kind === 'StatefulSet') {
        if (!observed)
            return verdict(base, notObserved);
        if (ready < desired)
            return verdict(base, `${ready} of ${desired} pods are ready`);
        if (base.available < desired)
            return verdict(base, `${base.available} of ${desired} pods are available`);
        const strategy = object.spec?.updateStrategy;
        // OnDelete: the controller updates a pod only when it is deleted; the rollout is the user's.
        if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
            return verdict(base, undefined);
        const partition = strategy?.rollingUpdate?.partition ?? 0;
        if (partition > 0) {
            const wanted = Math.max(0, desired - partition);
            return verdict(base, updated < wanted ? `${updated} of ${wanted} pods above partition ${partition} are updated` : undefined);
        }
        if (status['updateRevision'] !== status['currentRevision'] && status['updateRevision'] !== undefined)
            return verdict(base, `${updated} of ${desired} pods are at revision ${String(status['updateRevision'])}`);
        return verdict(base, undefined);
    }
    const conditions = conditionsOf(status);
    const stalled = conditions.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
    const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    const withFailure = {
        ...base,
        ...(replicaFailure
            ? { replicaFailure: [replicaFailure.reason, replicaFailure.message].filter(Boolean).join(': ') }
            : {}),
    };
    const failure = stalled ? (stalled.message ?? 'ProgressDeadlineExceeded') : undefined;
    const total = num(status['replicas']);
    if (!observed)
        return verdict(withFailure, notObserved, failure);
    if (updated < desired)
        return verdict(withFailure, `${updated} of ${desired} new replicas have been updated`, failure);
    if (total > updated)
        return verdict(withFailure, `${total - updated} old replicas are pending termination`, failure);
    if (available < desired)
        return verdict(withFailure, `${available} of ${desired} updated replicas are available`, failure);
    return verdict(withFailure, undefined, failure);
}
function formatStatus(s) {
    const counts = s.kind === 'Job'
        ? `${s.updated}/${s.desired} completed`
        : `${s.updated}/${s.desired} updated, ${s.ready}/${s.desired} ready, ${s.available}/${s.desired} available`;
    return `${s.kind}/${s.name}: ${counts}${s.done ? ' ✓' : ''}${s.failure ? ` (${s.failure})` : ''}`;
}
/** The workloads (and Jobs) in a rendered manifest (helm get manifest, helm get hooks). */
async function workloadsInManifest(manifest, defaultNamespace) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const refs = [];
    for (const doc of parseAllDocuments(manifest)) {
        const obj = doc.toJS();
        if (!obj || !WORKLOAD_KINDS.includes(obj.kind ?? '') || !obj.metadata?.name)
            continue;
        refs.push({
            kind: obj.kind,
            name: obj.metadata.name,
            namespace: obj.metadata.namespace ?? defaultNamespace,
        });
    }
    return refs;
}

;// CONCATENATED MODULE: ./packages/kube/src/pod-problem.ts
/** Why one pod is not ready, in one phrase; undefined for a ready pod. */
function podProblem(pod) {
    const status = pod.status ?? {};
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'True')
        return undefined;
    for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
        for (const [state, detail] of Object.entries(container.state ?? {})) {
            if (state === 'running' || !detail)
                continue;
            if (state === 'terminated' && detail.exitCode === 0)
                continue;
            const why = [detail.reason, detail.message].filter(Boolean).join(': ');
            if (why)
                return `container ${container.name ?? '?'} ${state}: ${why}${container.restartCount ? ` (restarts: ${container.restartCount})` : ''}`;
        }
        if (container.ready === false && container.state?.['running'])
            return `container ${container.name ?? '?'} running but not ready (readiness probe failing)`;
    }
    const unscheduled = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unscheduled)
        return `not scheduled: ${unscheduled.message ?? unscheduled.reason ?? ''}`;
    if (status.reason || status.message)
        return [status.phase, status.reason, status.message].filter(Boolean).join(': ');
    return `${status.phase ?? 'Unknown'}${ready?.reason ? `: ${ready.reason}` : ''}${ready?.message ? ` (${ready.message})` : ''}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/new-pods.ts


/** Waiting reasons after which a container will not come up by itself (the image, the config, the process). */
const TERMINAL_REASONS = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
/** Whether a not-ready pod is in a state that will not mend by waiting. */
function isTerminal(pod) {
    if (pod.status?.phase === 'Failed')
        return true;
    return (pod.status?.containerStatuses ?? [])
        .concat(pod.status?.initContainerStatuses ?? [])
        .some((c) => TERMINAL_REASONS.has(c.state?.['waiting']?.reason ?? ''));
}
function selectorOf(object, extra = {}) {
    return Object.entries({ ...(object.spec?.selector?.matchLabels ?? {}), ...extra })
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
async function listed(client, path) {
    try {
        return (await client.get(path)).items ?? [];
    }
    catch (error) {
        // A user who may not list these (RBAC) still gets the verdict from the counts.
        if (error instanceof KubeApiError && (error.status === 403 || error.status === 404))
            return [];
        throw error;
    }
}
/**
 * The pods of a workload's latest revision, and why those not ready are not: a Deployment's new
 * ReplicaSet (and its FailedCreate), a StatefulSet's update revision, a DaemonSet's generation.
 */
async function newPodsOf(client, status, object) {
    if (status.kind === 'Job' || !object.spec?.selector?.matchLabels)
        return { count: 0, problems: [] };
    const ns = `/api/v1/namespaces/${encodeURIComponent(status.namespace)}`;
    let extra = {};
    let createFailure = status.replicaFailure;
    if (status.kind === 'Deployment') {
        const revision = object.metadata?.annotations?.['deployment.kubernetes.io/revision'];
        const sets = await listed(client, `/apis/apps/v1/namespaces/${encodeURIComponent(status.namespace)}/replicasets?labelSelector=${encodeURIComponent(selectorOf(object))}`);
        const current = sets.find((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision);
        const hash = current?.metadata?.labels?.['pod-template-hash'];
        if (!current || !hash)
            return { count: 0, problems: [], createFailure };
        extra = { 'pod-template-hash': hash };
        const failed = current.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
        if (failed)
            createFailure = [failed.reason, failed.message].filter(Boolean).join(': ');
    }
    else if (status.kind === 'StatefulSet' && object.status?.updateRevision) {
        extra = { 'controller-revision-hash': object.status.updateRevision };
    }
    else if (status.kind === 'DaemonSet' && object.metadata?.generation !== undefined) {
        extra = { 'pod-template-generation': String(object.metadata.generation) };
    }
    const pods = await listed(client, `${ns}/pods?labelSelector=${encodeURIComponent(selectorOf(object, extra))}`);
    const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
    const problems = live.flatMap((pod) => {
        const why = podProblem(pod);
        return why ? [{ pod: pod.metadata?.name ?? '?', why, terminal: isTerminal(pod) }] : [];
    });
    return { count: live.length, problems, ...(createFailure ? { createFailure } : {}) };
}
/**
 * A FailedCreate that mends by itself: in a namespace created moments ago the ServiceAccount
 * controller has not made `default` yet, and the ReplicaSet controller retries until it has.
 */
function createFailureMends(failure) {
    return /error looking up service account [^:]*\/default: serviceaccount "default" not found/.test(failure);
}
/** Every new pod failing in a way waiting will not mend, or no pod can be created at all. */
function allNewPodsFailing(found) {
    if (found.createFailure && !createFailureMends(found.createFailure) && found.problems.every((p) => p.terminal))
        return true;
    return found.count > 0 && found.problems.length === found.count && found.problems.every((p) => p.terminal);
}

;// CONCATENATED MODULE: ./packages/kube/src/rollout-watcher.ts




/**
 * The release's own workloads. Jobs are judged where helm runs them, as hooks (helm waits for a hook
 * and fails the release when it fails); a plain Job of a chart may run for as long as it likes.
 */
const WATCHED_KINDS = WORKLOAD_KINDS.filter((kind) => kind !== 'Job');
/**
 * Watches every Deployment, StatefulSet and DaemonSet of a helm release through the
 * Kubernetes API, logging updated / ready / available per workload at a steady pace, and
 * explains a rollout that failed: the failing pods' reasons and the workloads' recent events.
 */
class RolloutWatcher {
    options;
    intervalMs;
    sleep;
    /** The last statuses read, for the summary. */
    last = [];
    /** Consecutive reads that failed (the API server went away mid-watch). */
    failedReads = 0;
    /** Every read, over the whole watch, that could not reach the API server, and the last such error. */
    unreachableReads = 0;
    lastUnreachable = '';
    /** Reads that answered, or failed, only after `stallMs`; the longest took `longestStallMs`. */
    stalledReads = 0;
    longestStallMs = 0;
    stallMs;
    now;
    /** The judge's word after the last read. */
    verdict = { state: 'pending', reason: 'not read yet' };
    /** GET requests sent to the API server (for the bench's requests per second). */
    requests = 0;
    firstRead;
    failFastMs;
    objects = new Map();
    /** Since when each workload's every new pod has looked terminal. */
    failingSince = new Map();
    said = new Set();
    /** Each workload's generation at the first read: while helm applies, only what it changed can fail fast. */
    baseline;
    /** Set once the operation is done (judge): then every workload's state is the release's. */
    judging = false;
    constructor(options) {
        this.options = options;
        this.intervalMs = options.intervalMs ?? 5000;
        this.sleep = options.sleep ?? ((ms, signal) => (0,src/* sleep */.yy)(ms, signal));
        this.stallMs = options.stallMs ?? 5000;
        this.now = options.now ?? Date.now;
        this.failFastMs = options.failFastMs ?? 30_000;
    }
    /** The release's workloads and their rollout counts, read now. */
    async snapshot() {
        const { client, namespace, release } = this.options;
        const objects = new Map();
        const lists = await Promise.all(WATCHED_KINDS.map(async (kind) => {
            this.requests++;
            const listed = await client.request({
                path: workloadPath(kind, namespace),
                timeoutMs: this.options.readTimeoutMs ?? 20_000,
            });
            return (listed.items ?? [])
                .filter((item) => item.metadata?.annotations?.['meta.helm.sh/release-name'] === release)
                .map((item) => {
                const status = workloadStatus(kind, { ...item, metadata: { namespace, ...item.metadata } });
                objects.set(`${kind}/${status.name}`, item);
                return status;
            });
        }));
        this.objects = objects;
        return lists.flat().sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
    }
    /**
     * The judge, after the operation that changed the release: reads until every workload is
     * healthy, one failed, every new pod of one has looked terminal for `failFastMs`, or
     * `timeoutMs` ran out.
     */
    async judge(options) {
        this.judging = true;
        const deadline = this.now() + options.timeoutMs;
        const signal = options.signal ?? new AbortController().signal;
        for (;;) {
            await this.tick();
            const verdict = this.verdict;
            if (verdict.state !== 'pending')
                return verdict;
            if (this.now() >= deadline)
                return { state: 'failed', reason: `not healthy within ${seconds(options.timeoutMs)}: ${verdict.reason}` };
            await this.sleep(Math.min(this.intervalMs, Math.max(0, deadline - this.now())), signal);
            if (signal.aborted)
                throw signal.reason;
        }
    }
    /** The verdict on what was just read; reads the new pods of workloads not yet healthy, and names why. */
    async assess(statuses, at) {
        const pending = [];
        for (const s of statuses) {
            const key = `${s.kind}/${s.name}`;
            if (s.done)
                continue;
            const object = this.objects.get(key) ?? {};
            const generation = object.metadata?.generation ?? 0;
            // Pods of a spec helm has not replaced yet (a release left broken before) are not this rollout's.
            const changed = this.judging || this.baseline?.get(key) !== generation;
            this.requests += s.kind === 'Deployment' ? 2 : s.kind === 'Job' ? 0 : 1;
            const found = await newPodsOf(this.options.client, s, object);
            const why = describeWaiting(s, found);
            this.sayOnce(found);
            if (s.failure)
                return { state: 'failed', reason: why };
            const timer = `${key}@${generation}`;
            if (changed && allNewPodsFailing(found)) {
                const since = this.failingSince.get(timer) ?? at;
                this.failingSince.set(timer, since);
                if (at - since >= this.failFastMs)
                    return {
                        state: 'failed',
                        reason: `${why} (every new pod failing for ${seconds(at - since)})`,
                        fastMs: at - since,
                    };
            }
            else
                this.failingSince.delete(timer);
            pending.push(why);
        }
        return pending.length ? { state: 'pending', reason: pending.join('; ') } : { state: 'healthy' };
    }
    /** Names each pod problem once while the watch runs (the progress lines say the counts). */
    sayOnce(found) {
        const lines = found.problems.map((p) => `pod ${p.pod}: ${p.why}`);
        if (found.createFailure)
            lines.unshift(`cannot create pods: ${found.createFailure}`);
        for (const line of lines) {
            if (this.said.has(line))
                continue;
            this.said.add(line);
            this.options.logger.warning(line);
        }
    }
    /**
     * Logs progress every interval until `operation` settles; returns the operation's outcome.
     * The pause between reads is cancelled the moment the operation settles: a pending timer
     * would keep the process alive for up to one interval after helm is done. When the judge
     * fails the rollout meanwhile, `onFailed` is called once (the caller stops helm's wait).
     */
    async watchWhile(operation, onFailed) {
        const settled = new AbortController();
        const done = operation.then(() => settled.abort(), () => settled.abort());
        let told = false;
        while (!settled.signal.aborted) {
            await this.tick();
            if (settled.signal.aborted)
                break;
            if (onFailed && !told && this.verdict.state === 'failed') {
                told = true;
                onFailed(this.verdict);
            }
            await Promise.race([this.sleep(this.intervalMs, settled.signal).catch(() => undefined), done]);
        }
        await this.tick();
        return operation;
    }
    /** Reads and logs once; a failed read is logged, never thrown (helm decides the outcome). */
    async tick() {
        const started = this.now();
        this.firstRead ??= started;
        try {
            this.last = await this.snapshot();
            this.failedReads = 0;
            if (!this.last.length)
                this.options.logger.info(`No workloads of release ${this.options.release} yet`);
            for (const status of this.last)
                this.options.logger.info(formatStatus(status));
            this.baseline ??= new Map(this.last.map((w) => [
                `${w.kind}/${w.name}`,
                this.objects.get(`${w.kind}/${w.name}`)?.metadata?.generation ?? 0,
            ]));
            this.verdict = await this.assess(this.last, started);
        }
        catch (error) {
            this.verdict = { state: 'pending', reason: `cannot read the rollout: ${(0,src/* errorMessage */.gJ)(error)}` };
            this.failedReads++;
            if (error instanceof src/* TransientError */.N_) {
                this.unreachableReads++;
                this.lastUnreachable = (0,src/* errorMessage */.gJ)(error);
            }
            this.options.logger.warning(`Cannot read the rollout (${this.failedReads}): ${(0,src/* errorMessage */.gJ)(error)}`);
        }
        finally {
            const took = this.now() - started;
            if (took > this.stallMs) {
                this.stalledReads++;
                this.longestStallMs = Math.max(this.longestStallMs, took);
                this.options.logger.warning(`The Kubernetes API took ${seconds(took)} to answer a rollout read`);
            }
        }
    }
    /** "12 API reads in 30.0 s (0.4/s)": what the watch cost the API server. */
    load() {
        const ms = this.firstRead === undefined ? 0 : this.now() - this.firstRead;
        const rate = ms > 0 ? (this.requests * 1000) / ms : 0;
        return `${this.requests} API reads in ${seconds(ms)} (${rate.toFixed(1)}/s)`;
    }
    /**
     * Said when the API server could not be reached, or kept a read waiting (its etcd gone, say),
     * at some point of the watch, even if it came back.
     */
    outage() {
        const said = [];
        if (this.unreachableReads)
            said.push(`the Kubernetes API was unreachable during the watch (${reads(this.unreachableReads)} failed; last: ${this.lastUnreachable})`);
        if (this.stalledReads)
            said.push(`the Kubernetes API stalled during the watch (${reads(this.stalledReads)} waited over ${seconds(this.stallMs)}, the longest ${seconds(this.longestStallMs)}): the API server or its etcd was not answering`);
        return said.length ? said.join('; ') : undefined;
    }
    /** Why the given workloads are not healthy: pod reasons and recent events, one line each. */
    async explain(workloads = this.last.filter((s) => !s.done)) {
        const lines = [];
        for (const workload of workloads) {
            try {
                lines.push(...(await this.explainOne(workload)));
            }
            catch (error) {
                lines.push(`${workload.kind}/${workload.name}: could not read why (${(0,src/* errorMessage */.gJ)(error)})`);
            }
        }
        return lines;
    }
    async explainOne(workload) {
        const { client } = this.options;
        const ns = encodeURIComponent(workload.namespace);
        const object = await client.get(workloadPath(workload.kind, workload.namespace, workload.name));
        const lines = [];
        const status = this.last.find((s) => s.kind === workload.kind && s.name === workload.name);
        if (status?.failure)
            lines.push(`${workload.kind}/${workload.name}: ${status.failure}`);
        if (status?.replicaFailure)
            lines.push(`${workload.kind}/${workload.name}: ${status.replicaFailure}`);
        const labels = object.spec?.selector?.matchLabels ?? {};
        const selector = Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const pods = selector
            ? ((await client.get(`/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`)).items ?? [])
            : [];
        const failing = pods.map((pod) => [pod.metadata?.name ?? '?', podProblem(pod)]).filter(([, why]) => why);
        for (const [name, why] of failing.slice(0, 5))
            lines.push(`pod ${name}: ${why}`);
        if (failing.length > 5)
            lines.push(`… and ${failing.length - 5} more pods not ready`);
        const events = ((await client.get(`/api/v1/namespaces/${ns}/events`)).items ?? [])
            .filter((e) => {
            const name = e.involvedObject?.name ?? '';
            return name === workload.name || name.startsWith(`${workload.name}-`);
        })
            .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
        // Warnings say why; a few of the latest normal events give the sequence around them.
        const warnings = events.filter((e) => e.type === 'Warning').slice(-6);
        const normal = events.filter((e) => e.type !== 'Warning').slice(-3);
        for (const e of [...warnings, ...normal])
            lines.push(`event ${e.type ?? ''} ${e.reason ?? ''} on ${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}: ${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`.replace(/\s+/g, ' '));
        return lines.map((l) => l.trim());
    }
}
/** "Deployment/web: 0 of 1 updated replicas are available; pod web-1: container app waiting: CrashLoopBackOff". */
function describeWaiting(s, found) {
    const said = [`${s.kind}/${s.name}: ${s.failure ?? s.waiting ?? 'not healthy'}`];
    if (found.createFailure)
        said.push(`cannot create pods: ${found.createFailure}`);
    const problems = [...found.problems].sort((a, b) => Number(b.terminal) - Number(a.terminal));
    for (const p of problems.slice(0, 2))
        said.push(`pod ${p.pod}: ${p.why}`);
    if (problems.length > 2)
        said.push(`${problems.length - 2} more pods not ready`);
    return said.join('; ');
}
function reads(n) {
    return n === 1 ? '1 read' : `${n} reads`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function eventTime(e) {
    return e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
}

;// CONCATENATED MODULE: ./packages/kube/src/cluster-checks.ts


/** GET /version: the API server answers, and with which version. */
async function checkReachable(client) {
    const version = await client.get('/version');
    return version.gitVersion ?? 'unknown';
}
/**
 * Whether the namespace exists, changing nothing. A user who may not read Namespace objects (a
 * namespaced deployer) is trusted that it exists: the permission check says the rest.
 */
async function lookupNamespace(client, namespace, logger) {
    try {
        return (await client.find(`/api/v1/namespaces/${encodeURIComponent(namespace)}`)) ? 'present' : 'absent';
    }
    catch (error) {
        if (error instanceof KubeApiError && error.status === 403) {
            logger.info(`Cannot read namespace ${namespace} (forbidden to this user): assuming it exists`);
            return 'assumed';
        }
        throw error;
    }
}
/** The namespace exists, or is created when allowed; `found` is a lookup already made. */
async function ensureNamespace(client, namespace, options) {
    const found = options.found ?? (await lookupNamespace(client, namespace, options.logger));
    if (found !== 'absent')
        return found;
    if (!options.create)
        throw new src/* ConfigError */.xL(`Namespace "${namespace}" does not exist; create it or set 'create-namespace: true'`);
    try {
        await client.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    catch (error) {
        if (error instanceof KubeApiError && error.status === 409)
            return 'present';
        if (error instanceof KubeApiError && error.status === 403)
            throw new src/* ConfigError */.xL(`Namespace "${namespace}" does not exist and this user may not create namespaces: ${error.message}`);
        throw error;
    }
    options.logger.info(`Created namespace ${namespace}`);
    return 'created';
}
/** What a helm release with rollout watching needs in its namespace. */
const DEPLOY_PERMISSIONS = [
    ...['get', 'list', 'create', 'update', 'delete'].map((verb) => ({
        verb,
        resource: 'secrets',
        why: 'helm keeps release history in Secrets',
    })),
    ...['get', 'list', 'create', 'patch'].map((verb) => ({
        verb,
        resource: 'deployments',
        group: 'apps',
        why: 'to deploy the workloads',
    })),
    { verb: 'list', resource: 'statefulsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'daemonsets', group: 'apps', why: 'to watch the rollout' },
    { verb: 'list', resource: 'pods', why: 'to explain a failed rollout' },
    { verb: 'list', resource: 'events', why: 'to explain a failed rollout' },
];
/** Whether RBAC rules grant a permission on every object of its kind (a rule naming objects does not). */
function rulesGrant(rules, p) {
    const has = (list, value) => !!list && (list.includes('*') || list.includes(value));
    return rules.some((r) => !r.resourceNames?.length &&
        has(r.verbs, p.verb) &&
        has(r.apiGroups, p.group ?? '') &&
        has(r.resources, p.resource));
}
/**
 * Whether this user may do each thing; fails naming the first permission missing. One
 * SelfSubjectRulesReview answers for most users at once; what its rules do not grant (they may be
 * incomplete: the Node authorizer and webhooks cannot list theirs) is asked one by one with
 * SelfSubjectAccessReviews. Both reviews are allowed to every authenticated user.
 */
async function checkPermissions(client, namespace, permissions = DEPLOY_PERMISSIONS) {
    const rules = await client
        .create('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: { namespace },
    })
        .then((review) => review.status?.resourceRules ?? [], (error) => {
        // Refused or not served: the access reviews below decide alone.
        if (error instanceof KubeApiError)
            return [];
        throw error;
    });
    const unsure = permissions.filter((p) => !rulesGrant(rules, p));
    const answers = await (0,src/* mapConcurrent */._k)(unsure, unsure.length, async (p) => {
        const review = await client.create('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: { namespace, verb: p.verb, resource: p.resource, group: p.group ?? '' } },
        });
        return { p, allowed: review.status?.allowed === true };
    });
    const missing = answers.filter((a) => !a.allowed).map((a) => a.p);
    if (!missing.length)
        return;
    const first = missing[0];
    const what = (p) => `${p.verb} ${p.group ? `${p.resource}.${p.group}` : p.resource}`;
    throw new src/* ConfigError */.xL(`The kubeconfig's user may not ${what(first)} in namespace "${namespace}" (${first.why})${missing.length > 1 ? `; also missing: ${missing.slice(1).map(what).join(', ')}` : ''}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig-file.ts





/**
 * The `kubeconfig` input is the YAML itself or its base64; this returns the YAML. Base64 is
 * recognised by decoding to something that looks like a kubeconfig.
 */
function decodeKubeconfigInput(text) {
    const trimmed = text.trim();
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/(^|\n)\s*(apiVersion|clusters|kind)\s*:/.test(decoded) || decoded.trim().startsWith('{'))
            return decoded;
    }
    return text;
}
/** Writes the kubeconfig 0600 in a private folder under `dir` (RUNNER_TEMP); returns its path. */
async function writeKubeconfigFile(yaml, dir) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dir, 'slipway-kube-'));
    (0,external_node_fs_.chmodSync)(folder, 0o700);
    const path = (0,external_node_path_.join)(folder, 'kubeconfig');
    (0,external_node_fs_.writeFileSync)(path, yaml.endsWith('\n') ? yaml : `${yaml}\n`, { mode: 0o600 });
    return path;
}
/** Deletes a kubeconfig written by writeKubeconfigFile, and its folder; true when something was removed. */
async function removeKubeconfigFile(path) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return false;
    const folder = (0,external_node_path_.dirname)(path);
    if ((0,external_node_path_.basename)(folder).startsWith('slipway-kube-'))
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    else
        (0,external_node_fs_.rmSync)(path, { force: true });
    return true;
}
/**
 * The ambient KUBECONFIG as one file, for our client and helm alike: a single file is used where
 * it is; several are merged as kubectl merges them and written 0600 under `tempDir` (RUNNER_TEMP),
 * `onWritten` told the path so that a post step deletes it. undefined when KUBECONFIG is unset.
 */
async function ambientKubeconfig(value, tempDir, onWritten) {
    if (!value?.split(':').some(Boolean))
        return undefined;
    const files = await readKubeconfigFiles(value);
    const [first] = files;
    if (files.length === 1 && first)
        return first.path;
    const merged = await mergeKubeconfigs(files);
    for (const secret of await kubeconfigSecrets(merged))
        (0,src/* maskSecret */.$l)(secret);
    const path = await writeKubeconfigFile(merged, tempDir);
    onWritten?.(path);
    return path;
}
/**
 * Where a session's kubeconfig comes from: the file an earlier step of this job wrote (post
 * reuses it), else the kubeconfig input, else the ambient KUBECONFIG (see ambientKubeconfig).
 */
async function sessionKubeconfig(options) {
    if (options.written)
        return { kubeconfigPath: options.written, kubeconfigYaml: undefined };
    if (options.input !== undefined)
        return { kubeconfigPath: undefined, kubeconfigYaml: options.input };
    const path = await ambientKubeconfig(options.ambient, options.tempDir, options.onWritten);
    return { kubeconfigPath: path, kubeconfigYaml: undefined };
}

;// CONCATENATED MODULE: ./packages/kube/src/object-client.ts


const IRREGULAR_PLURALS = {
    ingress: 'ingresses',
    ingressclass: 'ingressclasses',
    networkpolicy: 'networkpolicies',
    endpoints: 'endpoints',
    gatewayclass: 'gatewayclasses',
};
/** The lower-case plural resource name of a kind: ConfigMap → configmaps, Ingress → ingresses. */
function resourceOf(kind) {
    const lower = kind.toLowerCase();
    return ((0,src/* ownValue */.eC)(IRREGULAR_PLURALS, lower) ??
        (lower.endsWith('s') ? `${lower}es` : lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`));
}
/** The API path of the collection (no name) or of one object. */
function objectPath(ref, subresource) {
    const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const collection = `${base}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref.kind)}`;
    if (ref.name === undefined)
        return collection;
    return `${collection}/${encodeURIComponent(ref.name)}${subresource ? `/${subresource}` : ''}`;
}
/** True for the 409 the API server answers on a stale resourceVersion or an existing name. */
function isConflict(error) {
    return error instanceof KubeApiError && error.status === 409;
}
function isNotFound(error) {
    return error instanceof KubeApiError && error.status === 404;
}
/**
 * Generic get / create / replace / delete of any namespaced object. `replace` sends the object's
 * metadata.resourceVersion, so the API server refuses it (409) when someone changed the object
 * since it was read: an optimistic lock.
 */
class ObjectClient {
    client;
    constructor(client) {
        this.client = client;
    }
    /** undefined when the object does not exist. */
    async get(ref) {
        return this.client.find(objectPath(ref));
    }
    /** Every object of a kind in a namespace. */
    async list(ref) {
        return (await this.client.request({ path: objectPath(ref) })).items ?? [];
    }
    /** Creates the object; a 409 (already exists) is raised as a KubeApiError. */
    async create(ref, object) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        body.metadata = { ...object.metadata, name: ref.name, namespace: ref.namespace };
        return this.client.create(objectPath({ ...ref, name: undefined }), body);
    }
    /**
     * Replaces the object (PUT); guarded by metadata.resourceVersion when it is set. With `dryRun`
     * the API server validates, defaults and prunes it and answers what it would store, storing nothing.
     */
    async replace(ref, object, opts = {}) {
        const body = { apiVersion: ref.apiVersion, kind: ref.kind, ...object };
        const path = opts.dryRun ? `${objectPath(ref)}?dryRun=All` : objectPath(ref);
        return this.client.request({ method: 'PUT', path, body });
    }
    /** Deletes the object (background propagation); false when it was already gone. */
    async delete(ref) {
        try {
            await this.client.request({ method: 'DELETE', path: `${objectPath(ref)}?propagationPolicy=Background` });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    /**
     * Read, change, replace; on a conflict read again and retry (up to `attempts`). `change`
     * returns the new object, or undefined to leave it as it is. Throws when the object is absent.
     */
    async update(ref, change, attempts = 5) {
        for (let attempt = 1;; attempt++) {
            const current = await this.get(ref);
            if (!current)
                throw new KubeApiError(`${ref.kind} ${ref.namespace}/${ref.name} not found`, 404, 'NotFound');
            const next = change(structuredClone(current));
            if (!next)
                return current;
            try {
                return await this.replace(ref, next);
            }
            catch (error) {
                if (!isConflict(error) || attempt >= attempts)
                    throw error;
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/quantity.ts
const SUFFIX = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
/** A Kubernetes quantity ("500m", "1.5Gi", "2", "1e3") as a number of base units; undefined when unreadable. */
function parseQuantity(text) {
    if (typeof text === 'number')
        return text;
    if (!text)
        return undefined;
    const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (SUFFIX[match[2] ?? ''] ?? 1);
}
/** A quantity for a line: cpu in cores or millicores, memory in Mi/Gi, counts as they are. */
function formatQuantity(resource, value) {
    if (/cpu/.test(resource))
        return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(3)}`;
    if (/memory|storage/.test(resource)) {
        if (value >= 2 ** 30)
            return `${+(value / 2 ** 30).toFixed(2)}Gi`;
        return `${+(value / 2 ** 20).toFixed(1)}Mi`;
    }
    return String(+value.toFixed(3));
}

;// CONCATENATED MODULE: ./packages/kube/src/index.ts















/***/ })

};
