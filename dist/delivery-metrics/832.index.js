export const id = 832;
export const ids = [832];
export const modules = {

/***/ 1832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPLOY_PERMISSIONS: () => (/* reexport */ cluster_checks/* DEPLOY_PERMISSIONS */.Dl),
  ExecCredentialSource: () => (/* reexport */ exec_credential/* ExecCredentialSource */.ot),
  KubeApiError: () => (/* reexport */ kube_client/* KubeApiError */.W),
  KubeClient: () => (/* reexport */ kube_client/* KubeClient */.B),
  ObjectClient: () => (/* reexport */ object_client/* ObjectClient */.FI),
  RolloutWatcher: () => (/* reexport */ rollout_watcher/* RolloutWatcher */.A),
  WORKLOAD_KINDS: () => (/* reexport */ workload_status/* WORKLOAD_KINDS */.i6),
  allNewPodsFailing: () => (/* reexport */ new_pods/* allNewPodsFailing */.AC),
  ambientKubeconfig: () => (/* reexport */ ambientKubeconfig),
  checkKubeconfigServer: () => (/* reexport */ kubeconfig/* checkKubeconfigServer */.d$),
  checkPermissions: () => (/* reexport */ cluster_checks/* checkPermissions */.RS),
  checkProxyUrl: () => (/* reexport */ kubeconfig/* checkProxyUrl */.O1),
  checkReachable: () => (/* reexport */ cluster_checks/* checkReachable */.sQ),
  decodeKubeconfigInput: () => (/* reexport */ decodeKubeconfigInput),
  ensureNamespace: () => (/* reexport */ cluster_checks/* ensureNamespace */.Gv),
  execCredentials: () => (/* reexport */ exec_credential/* execCredentials */.ep),
  formatQuantity: () => (/* reexport */ quantity/* formatQuantity */.V),
  formatStatus: () => (/* reexport */ workload_status/* formatStatus */.me),
  isConflict: () => (/* reexport */ object_client/* isConflict */.dh),
  isNotFound: () => (/* reexport */ object_client/* isNotFound */.c4),
  isTerminal: () => (/* reexport */ new_pods/* isTerminal */.Hd),
  kubeconfigContexts: () => (/* reexport */ kubeconfig/* kubeconfigContexts */.k0),
  kubeconfigSecrets: () => (/* reexport */ kubeconfig/* kubeconfigSecrets */.hT),
  loadKubeconfigEnv: () => (/* reexport */ loadKubeconfigEnv),
  lookupNamespace: () => (/* reexport */ cluster_checks/* lookupNamespace */.gA),
  mergeKubeconfigs: () => (/* reexport */ mergeKubeconfigs),
  newPodsOf: () => (/* reexport */ new_pods/* newPodsOf */.wn),
  objectPath: () => (/* reexport */ object_client/* objectPath */.du),
  parseKubeconfig: () => (/* reexport */ kubeconfig/* parseKubeconfig */.DU),
  parseQuantity: () => (/* reexport */ quantity/* parseQuantity */.L),
  podProblem: () => (/* reexport */ pod_problem/* podProblem */.h),
  proxyFor: () => (/* reexport */ kube_proxy/* proxyFor */.i),
  readKubeconfigFiles: () => (/* reexport */ readKubeconfigFiles),
  removeJobKubeconfig: () => (/* reexport */ removeJobKubeconfig),
  removeKubeconfigFile: () => (/* reexport */ removeKubeconfigFile),
  renewalMargin: () => (/* reexport */ exec_credential/* renewalMargin */.ds),
  resourceOf: () => (/* reexport */ object_client/* resourceOf */.KU),
  sessionKubeconfig: () => (/* reexport */ sessionKubeconfig),
  workloadPath: () => (/* reexport */ workload_status/* workloadPath */.jC),
  workloadStatus: () => (/* reexport */ workload_status/* workloadStatus */.gk),
  workloadsInManifest: () => (/* reexport */ workload_status/* workloadsInManifest */.Xc),
  writeKubeconfigFile: () => (/* reexport */ writeKubeconfigFile)
});

// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        return { text: first.text, baseDir: (0,external_node_path_.dirname)(first.path) };
    return { text: await mergeKubeconfigs(files), baseDir: process.cwd() };
}

// EXTERNAL MODULE: ./packages/kube/src/exec-credential.ts
var exec_credential = __webpack_require__(9018);
// EXTERNAL MODULE: ./packages/kube/src/kube-proxy.ts
var kube_proxy = __webpack_require__(7171);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 1 modules
var kube_client = __webpack_require__(9874);
// EXTERNAL MODULE: ./packages/kube/src/workload-status.ts
var workload_status = __webpack_require__(2937);
// EXTERNAL MODULE: ./packages/kube/src/rollout-watcher.ts
var rollout_watcher = __webpack_require__(2615);
// EXTERNAL MODULE: ./packages/kube/src/pod-problem.ts
var pod_problem = __webpack_require__(1278);
// EXTERNAL MODULE: ./packages/kube/src/new-pods.ts
var new_pods = __webpack_require__(8394);
// EXTERNAL MODULE: ./packages/kube/src/cluster-checks.ts
var cluster_checks = __webpack_require__(2963);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
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

// EXTERNAL MODULE: ./packages/kube/src/object-client.ts
var object_client = __webpack_require__(1826);
// EXTERNAL MODULE: ./packages/kube/src/quantity.ts
var quantity = __webpack_require__(5890);
;// CONCATENATED MODULE: ./packages/kube/src/index.ts















/***/ })

};
