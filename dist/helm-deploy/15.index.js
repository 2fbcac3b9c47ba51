export const id = 15;
export const ids = [15];
export const modules = {

/***/ 6015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkKubeconfigServer: () => (/* reexport safe */ _kubeconfig__WEBPACK_IMPORTED_MODULE_0__.d$),
/* harmony export */   decodeKubeconfigInput: () => (/* reexport safe */ _kubeconfig_file__WEBPACK_IMPORTED_MODULE_1__.Eh),
/* harmony export */   kubeconfigContexts: () => (/* reexport safe */ _kubeconfig__WEBPACK_IMPORTED_MODULE_0__.k0),
/* harmony export */   kubeconfigSecrets: () => (/* reexport safe */ _kubeconfig__WEBPACK_IMPORTED_MODULE_0__.hT),
/* harmony export */   removeJobKubeconfig: () => (/* reexport safe */ _kubeconfig_file__WEBPACK_IMPORTED_MODULE_1__.Jb)
/* harmony export */ });
/* harmony import */ var _kubeconfig__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5724);
/* harmony import */ var _kubeconfig_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5684);















/***/ }),

/***/ 5684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eh: () => (/* binding */ decodeKubeconfigInput),
  Jb: () => (/* binding */ removeJobKubeconfig),
  ui: () => (/* binding */ sessionKubeconfig),
  xK: () => (/* binding */ writeKubeconfigFile)
});

// UNUSED EXPORTS: ambientKubeconfig, removeKubeconfigFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/yaml-text.ts
var yaml_text = __webpack_require__(1949);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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
        const doc = await (0,yaml_text/* parseYamlText */.c)(file.text, file.path);
        if (doc === null || doc === undefined)
            continue; // an empty file, as kubectl allows
        if (typeof doc !== 'object' || Array.isArray(doc))
            throw new errors/* ConfigError */.xL(`${file.path}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
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
    // yaml (about 50 ms to load bundled, measured) only when kubeconfigs are merged.
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
            throw new errors/* ConfigError */.xL(`KUBECONFIG: cannot read ${path}: ${error.code ?? error}`);
        }
    }
    if (!files.length)
        throw new errors/* ConfigError */.xL(`KUBECONFIG names no file that exists (${paths.join(', ') || 'empty'})`);
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
/** The post step's end of a runner session (helm-deploy, canary, the root action): the kubeconfig this job wrote, deleted and said. */
async function removeJobKubeconfig(path, logger) {
    if (path && (await removeKubeconfigFile(path)))
        logger.info(`Deleted the kubeconfig written for this job (${path})`);
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
    for (const secret of await (0,kubeconfig/* kubeconfigSecrets */.hT)(merged))
        (0,mask/* maskSecret */.$l)(secret);
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


/***/ }),

/***/ 5724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ parseKubeconfig),
/* harmony export */   O1: () => (/* binding */ checkProxyUrl),
/* harmony export */   d$: () => (/* binding */ checkKubeconfigServer),
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   k0: () => (/* binding */ kubeconfigContexts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1949);
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);



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
    const doc = await (0,_slipway_kit__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)(text, where);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a kubeconfig (a YAML map with clusters, users and contexts)`);
    const config = doc;
    const contextName = options.context ?? str(config['current-context']);
    const names = list(config, 'contexts').map((c) => String(c.name));
    if (!contextName)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no current-context; set 'context' to one of: ${names.join(', ')}`);
    const context = entry(config, 'contexts', contextName, 'context');
    if (!context && options.context !== undefined)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input 'context': expected a context of the kubeconfig (have: ${names.join(', ') || 'none'}), got ${JSON.stringify(contextName)}`);
    if (!context)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: no context named "${contextName}" (have: ${names.join(', ') || 'none'})`);
    const clusterName = str(context['cluster']) ?? '';
    const cluster = entry(config, 'clusters', clusterName, 'cluster');
    if (!cluster)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: context "${contextName}" names cluster "${clusterName}", which is not defined`);
    const server = str(cluster['server']);
    if (!server)
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: cluster "${clusterName}" has no server`);
    checkServer(server, clusterName, where);
    const proxyUrl = str(cluster['proxy-url']);
    if (proxyUrl)
        checkProxyUrl(proxyUrl, `${where}: cluster "${clusterName}" proxy-url`);
    const user = entry(config, 'users', str(context['user']) ?? '', 'user') ?? {};
    const baseDir = options.baseDir ?? process.cwd();
    const file = async (path) => (path ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, path)) : undefined);
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
        exec: exec ? execPlugin(exec, cluster, baseDir, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve) : undefined,
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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected cluster "${clusterName}" server to be an https:// URL (the API client speaks TLS only), got ${JSON.stringify(server.slice(0, 80))}`);
}
/**
 * Checks, without reading any file, the server of the context a run will use (`context`, else
 * current-context): inputs.ts refuses an http:// server before anything starts. Other problems
 * are left to parseKubeconfig.
 */
async function checkKubeconfigServer(text, options) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
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
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected a URL such as http://proxy:3128, got something else`);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return url;
    if (url.protocol.startsWith('socks'))
        throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: a SOCKS proxy (${url.protocol}//${url.host}) is not supported; use an http:// or https:// proxy`);
    throw new _slipway_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: expected an http:// or https:// proxy, got ${url.protocol}//${url.host}`);
}
/** The names of a kubeconfig's contexts (none when the text is not a kubeconfig). */
async function kubeconfigContexts(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text).toJS({ maxAliasCount: 100 });
    return doc && typeof doc === 'object' ? list(doc, 'contexts').map((c) => String(c.name)) : [];
}
/** The values in a kubeconfig that are secrets, to be masked wherever they could be printed. */
async function kubeconfigSecrets(text) {
    // yaml (about 50 ms to load bundled, measured) only when a kubeconfig is read.
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


/***/ })

};
