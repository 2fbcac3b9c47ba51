export const id = 188;
export const ids = [188];
export const modules = {

/***/ 7188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openJobSession: () => (/* reexport */ openJobSession),
  readKubeconfig: () => (/* reexport */ readKubeconfig)
});

// UNUSED EXPORTS: BLUE_GREEN_ANNOTATION, BLUE_GREEN_RELEASE_MAX, COLOURS, DEFAULT_IMAGE_VALUES, DNS_LABEL, DNS_LABEL_MAX, HelmCli, HelmCommandError, KUBECONFIG_STATE, SecretReleaseReader, checkImageExists, chooseHelm, classifyRelease, colourRelease, colourServiceIn, deployOutputs, deploySummary, describeKeepPrevious, dryRunFlags, exactVersion, findOnPath, formatHelmVersion, helmArchiveName, helmVersionOf, imageValues, imagesInManifest, installHelm, isDnsLabel, isPending, lastGoodRevision, lineDiff, liveColour, mergeValues, nestValues, openSession, otherColour, parseHelmVersion, parseHistory, parseKeepPrevious, parseReleaseJson, parseVersionSpec, pinnedImageRef, planChanges, podImages, readChart, readChartVersion, readClusterAccess, readColourState, readImageValues, readValuesFiles, readValuesMap, recoverStuckRelease, registryOf, resolveHelm, revisionsFromSecrets, runRelease, satisfies, splitImageRef, switchedService, timeoutFlag, upgradeFlags, usesSecretStorage, verifyBeforeChange, verifyBeforeDeploy, waitFlags

// EXTERNAL MODULE: ./packages/kit/src/runner/outputs.ts
var outputs = __webpack_require__(1025);
// EXTERNAL MODULE: ./packages/kit/src/runner/add-path.ts
var add_path = __webpack_require__(3954);
// EXTERNAL MODULE: ./packages/kit/src/runner/logger.ts + 1 modules
var logger = __webpack_require__(3225);
// EXTERNAL MODULE: ./packages/kit/src/runner/runner-dirs.ts
var runner_dirs = __webpack_require__(6474);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig-file.ts + 1 modules
var kubeconfig_file = __webpack_require__(5684);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kube/src/kubeconfig.ts
var kubeconfig = __webpack_require__(5724);
// EXTERNAL MODULE: ./packages/kube/src/kube-client.ts + 3 modules
var kube_client = __webpack_require__(2589);
// EXTERNAL MODULE: ./packages/helm/src/helm-cli.ts + 1 modules
var helm_cli = __webpack_require__(6964);
;// CONCATENATED MODULE: ./packages/helm/src/release-secrets.ts
/**
 * helm's history, read from the Secrets helm keeps it in (storage driver "secret", the default
 * of helm v3 and v4: one `sh.helm.release.v1.<release>.v<n>` Secret per revision, labelled
 * owner=helm, name, version, status, modifiedAt). One metadata-only list call instead of
 * starting `helm history`; the release bodies (manifest, chart) are not transferred.
 */
class SecretReleaseReader {
    kube;
    namespace;
    constructor(kube, namespace) {
        this.kube = kube;
        this.namespace = namespace;
    }
    async history(release) {
        const selector = encodeURIComponent(`owner=helm,name=${release}`);
        const listed = await this.kube.request({
            path: `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/secrets?labelSelector=${selector}`,
            accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1, application/json',
        });
        return revisionsFromSecrets(listed.items ?? [], release);
    }
}
function revisionsFromSecrets(items, release) {
    const prefix = `sh.helm.release.v1.${release}.v`;
    return items
        .filter((item) => item.metadata?.name?.startsWith(prefix))
        .map(({ metadata }) => {
        const labels = metadata?.labels ?? {};
        const modified = Number(labels['modifiedAt']);
        return {
            revision: Number(labels['version']),
            status: labels['status'] ?? '',
            chart: '',
            appVersion: '',
            description: '',
            updated: Number.isFinite(modified) && modified > 0 ? new Date(modified * 1000).toISOString() : '',
        };
    })
        .filter((r) => Number.isInteger(r.revision) && r.revision > 0)
        .sort((a, b) => a.revision - b.revision);
}
/** The Secrets can be read only when helm keeps its history there (HELM_DRIVER unset or secret). */
function usesSecretStorage(env = process.env) {
    const driver = (env['HELM_DRIVER'] ?? '').toLowerCase();
    return driver === '' || driver === 'secret' || driver === 'secrets';
}

// EXTERNAL MODULE: ./packages/helm/src/resolve-helm.ts + 1 modules
var resolve_helm = __webpack_require__(3896);
;// CONCATENATED MODULE: ./packages/helm/src/deploy/open-session.ts







/** The kubeconfig on disk, helm resolved (or installed), and clients for both. */
async function openSession(options) {
    let path = options.kubeconfigPath;
    if (options.kubeconfigYaml !== undefined) {
        path = await (0,kubeconfig_file/* writeKubeconfigFile */.xK)(options.kubeconfigYaml, options.tempDir);
        options.onKubeconfigWritten?.(path);
    }
    if (!path)
        throw new Error('no kubeconfig: set the kubeconfig input or KUBECONFIG');
    const text = options.kubeconfigYaml ?? (await (0,promises_.readFile)(path, 'utf8'));
    const access = await (0,kubeconfig/* parseKubeconfig */.DU)(text, { context: options.context, baseDir: (0,external_node_path_.dirname)(path) });
    const resolving = (0,resolve_helm/* resolveHelm */.Fr)({
        spec: options.helmVersion,
        specSource: options.helmVersionSource,
        ...(options.helmChoice ? { choice: options.helmChoice } : {}),
        downloadBaseUrl: options.helmDownloadUrl,
        cacheDir: options.toolCacheDir,
        onInstalled: options.onHelmInstalled,
        logger: options.logger,
        signal: options.signal,
    });
    if (!options.helmInBackground)
        await resolving;
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir, 'slipway-helm-deploy-'));
    const kube = new kube_client/* KubeClient */.B(access, options.signal);
    return {
        helm: new helm_cli/* HelmCli */.jL(resolving.then((helm) => ({
            path: helm.path,
            major: helm.version.major,
            kubeconfig: path,
            context: options.context,
            namespace: options.namespace,
        })), options.logger, options.signal),
        kube,
        // helm keeps history in Secrets unless HELM_DRIVER says otherwise: read them, not `helm history`.
        releases: usesSecretStorage() ? new SecretReleaseReader(kube, options.namespace) : undefined,
        logger: options.logger,
        workDir,
        signal: options.signal,
    };
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/runner-session.ts



/**
 * One step's helm/kube session on a runner, the same for helm-deploy, canary and the root
 * action, main and post: the kubeconfig is the file written earlier in this job, else the
 * input, else the ambient KUBECONFIG (merged when it lists several); every file goes under
 * RUNNER_TEMP (onKubeconfigWritten told each kubeconfig written, for the post step to delete)
 * and helm comes from, or is installed into, RUNNER_TOOL_CACHE (see runnerDirs).
 */
async function openRunnerSession(options) {
    const { kubeconfigInput, written, env = process.env, ...session } = options;
    const { temp, toolCache } = (0,runner_dirs/* runnerDirs */.x)(env);
    const kubeconfig = await (0,kubeconfig_file/* sessionKubeconfig */.ui)({
        written,
        input: kubeconfigInput,
        ambient: env['KUBECONFIG'],
        tempDir: temp,
        onWritten: session.onKubeconfigWritten,
    });
    return openSession({ ...session, ...kubeconfig, tempDir: temp, toolCacheDir: toolCache });
}

;// CONCATENATED MODULE: ./packages/helm/src/deploy/job-session.ts


/** The step state that carries the kubeconfig main wrote to its post step (which reuses, then deletes it). */
const KUBECONFIG_STATE = 'kubeconfig-path';
/**
 * The runner session of one step of a job, main or post, for helm-deploy, canary and the root
 * action alike: the kubeconfig file main wrote (the step's state) reused, helm's folder put on
 * PATH, the runner's log.
 */
function openJobSession(options) {
    const { saveWritten, ...session } = options;
    return openRunnerSession({
        ...session,
        written: (0,outputs/* getState */.Gu)(KUBECONFIG_STATE),
        onHelmInstalled: add_path/* addPath */.f,
        logger: logger/* runnerLogger */.hB,
        ...(saveWritten ? { onKubeconfigWritten: (path) => (0,outputs/* saveState */.LZ)(KUBECONFIG_STATE, path) } : {}),
    });
}

// EXTERNAL MODULE: ./packages/kit/src/runner/mask.ts
var mask = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/inputs/input-error.ts
var input_error = __webpack_require__(5059);
;// CONCATENATED MODULE: ./packages/helm/src/release-inputs.ts




const VALUE_PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
/**
 * Input readers shared by every action that deploys a helm release (helm-deploy, canary), so
 * that the same input is parsed, validated and masked the same way in each.
 */
/** A YAML map of chart values (`set`, `canary-values`); empty when not given. */
async function readValuesMap(reader, name, example) {
    const value = await reader.yaml(name);
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw inputError(name, `a YAML map of values such as "${example}"`, reader.raw(name));
    return value;
}
/** `values-files`: local files held inside the workspace; helm fetches http(s) ones itself. */
function readValuesFiles(reader) {
    return reader.list('values-files').map((f) => (/^https?:\/\//i.test(f) ? f : reader.inside('values-files', f)));
}
/** `chart`: a local chart directory or archive is held inside the workspace; repo/name and oci:// are not paths. */
function readChart(reader) {
    const chart = reader.string('chart');
    if (chart)
        refuseOptionLike('chart', chart, 'a chart path, repo/name or oci:// reference');
    if (!chart || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart))
        return chart;
    const local = /^[./~]/.test(chart) || existsSync(chart);
    return local ? reader.inside('chart', chart) : chart;
}
/** `chart-version`: a version or constraint ("1.2.3", "^1.2"), which helm takes after --version. */
function readChartVersion(reader) {
    const version = reader.string('chart-version');
    return version && refuseOptionLike('chart-version', version, 'a chart version or constraint such as "1.2.3"');
}
/** `image-values`: where the chart takes the image's repository, tag and digest. */
async function readImageValues(reader) {
    const map = await readValuesMap(reader, 'image-values', 'repository: image.repository');
    const paths = { ...DEFAULT_IMAGE_VALUES };
    for (const [key, value] of Object.entries(map)) {
        if (!Object.hasOwn(DEFAULT_IMAGE_VALUES, key))
            throw inputError('image-values', 'keys repository, tag and digest', key);
        const path = value === null ? '' : String(value);
        if (path && !VALUE_PATH.test(path))
            throw inputError('image-values', `a dotted values path for ${key}`, path);
        paths[key] = path;
    }
    return paths;
}
/** The kubeconfig YAML (decoded from base64 if so given), its secrets masked; never echoed. */
async function readKubeconfig(reader) {
    const raw = reader.secret('kubeconfig');
    if (!raw)
        return undefined;
    // kube (and yaml under it) loads only when the kubeconfig input is given.
    const { checkKubeconfigServer, decodeKubeconfigInput, kubeconfigContexts, kubeconfigSecrets } = await __webpack_require__.e(/* import() */ 396).then(__webpack_require__.bind(__webpack_require__, 6015));
    const yaml = decodeKubeconfigInput(raw);
    if (yaml !== raw)
        (0,mask/* maskSecret */.$l)(raw.replace(/\s+/g, ''));
    let secrets;
    try {
        secrets = await kubeconfigSecrets(yaml);
    }
    catch {
        throw new errors/* ConfigError */.xL(`Input 'kubeconfig': expected a kubeconfig as YAML or base64 (value not shown)`);
    }
    for (const secret of secrets) {
        (0,mask/* maskSecret */.$l)(secret);
        // A PEM key is logged line by line by anything that prints it decoded: mask each line too.
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        if (decoded.includes('PRIVATE KEY'))
            for (const line of decoded.split('\n'))
                if (!line.startsWith('-----'))
                    (0,mask/* maskSecret */.$l)(line);
    }
    if (!/(^|\n)\s*clusters\s*:/.test(yaml))
        throw new errors/* ConfigError */.xL(`Input 'kubeconfig': expected a kubeconfig as YAML or base64 with clusters, users and contexts (value not shown)`);
    // A context the kubeconfig lacks is found here, before a GitHub deployment or anything else starts.
    const context = reader.raw('context');
    const contexts = await kubeconfigContexts(yaml);
    if (context !== undefined && !contexts.includes(context))
        throw (0,input_error/* inputError */.X)('context', `a context of the kubeconfig (have: ${contexts.join(', ') || 'none'})`, context);
    await checkKubeconfigServer(yaml, { context, where: "Input 'kubeconfig'" });
    return yaml;
}
/** `kubeconfig`, `context`, `helm-version` and `helm-download-url`, as helm-deploy and canary read them. */
async function readClusterAccess(reader) {
    const context = reader.string('context');
    const versionText = reader.string('helm-version');
    const helmVersion = versionText ? parseVersionSpec(versionText) : undefined;
    if (versionText && !helmVersion)
        throw inputError('helm-version', 'a major ("3"), a minor ("3.14") or an exact version ("3.14.2")', versionText);
    const helmDownloadUrl = (reader.url('helm-download-url') ?? new URL('https://get.helm.sh')).href;
    const kubeconfigYaml = await readKubeconfig(reader);
    return { kubeconfigYaml, context, helmVersion, helmDownloadUrl };
}

;// CONCATENATED MODULE: ./packages/helm/src/index.ts


























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


/***/ })

};
