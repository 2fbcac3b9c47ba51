export const id = 964;
export const ids = [964];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HelmCli: () => (/* binding */ HelmCli)
});

// UNUSED EXPORTS: HelmCommandError, errorLines, parseReleaseJson

// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(2783);
;// CONCATENATED MODULE: ./packages/helm/src/helm-flags.ts
function upgradeFlags(major, behaviour) {
    const v4 = major >= 4;
    const flags = [];
    if (behaviour.helmRollbackOnFailure)
        flags.push(v4 ? '--rollback-on-failure' : '--atomic');
    if (behaviour.wait)
        flags.push(v4 ? '--wait=watcher' : '--wait');
    if (behaviour.force)
        flags.push(v4 ? '--force-replace' : '--force');
    return flags;
}
/** `helm rollback` waits the same way `upgrade` does. */
function waitFlags(major, wait) {
    if (!wait)
        return [];
    return [major >= 4 ? '--wait=watcher' : '--wait'];
}
/** helm takes Go durations; we always pass whole seconds. */
function timeoutFlag(timeoutMs) {
    return ['--timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`];
}
/** Render without touching the cluster's objects: v4 wants the mode spelled out. */
function dryRunFlags(major) {
    return [major >= 4 ? '--dry-run=client' : '--dry-run'];
}

// EXTERNAL MODULE: ./packages/helm/src/release-history.ts
var release_history = __webpack_require__(8010);
;// CONCATENATED MODULE: ./packages/helm/src/helm-cli.ts



function parseReleaseJson(stdout) {
    const release = JSON.parse(stdout);
    return {
        revision: Number(release.version ?? 0),
        status: release.info?.status ?? 'unknown',
        description: release.info?.description ?? '',
        notes: release.info?.notes ?? '',
        manifest: release.manifest ?? '',
    };
}
class HelmCommandError extends Error {
    stderr;
    name = 'HelmCommandError';
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
/**
 * helm's error, in one line: the last `Error:` line with the lines after it (a hook failure lists
 * its causes below: "pre-upgrade hooks failed: 1 error occurred: * job web-pre-upgrade failed").
 */
function errorLines(stderr) {
    const lines = stderr.split('\n').filter((l) => l.trim());
    const at = lines.findLastIndex((l) => l.startsWith('Error: '));
    if (at < 0)
        return lines.at(-1);
    return lines
        .slice(at)
        .map((l) => l.trim())
        .join(' ');
}
/**
 * helm's release operations, argv built in one place, with the v3/v4 flags from helm-flags.
 * The target may still be resolving (`helm version`, or an install): every command waits for it,
 * so a session can check the cluster meanwhile; `target` is for code that ran a command or `ready()`.
 */
class HelmCli {
    logger;
    signal;
    resolved;
    resolving;
    constructor(target, logger, signal) {
        this.logger = logger;
        this.signal = signal;
        this.resolving = Promise.resolve(target).then((t) => (this.resolved = t));
        // Whoever awaits ready() (pre-flight, or the first command) reports a failure; never unhandled.
        this.resolving.catch(() => undefined);
    }
    /** The resolved helm (path, major, …); rejects as its resolution did. */
    ready() {
        return this.resolving;
    }
    get target() {
        if (!this.resolved)
            throw new Error('HelmCli.target read before helm was resolved (await ready() first)');
        return this.resolved;
    }
    common() {
        const args = ['--namespace', this.target.namespace];
        if (this.target.kubeconfig)
            args.push('--kubeconfig', this.target.kubeconfig);
        if (this.target.context)
            args.push('--kube-context', this.target.context);
        return args;
    }
    /**
     * The argv of an upgrade, exposed so tests and the log can show exactly what runs. The release
     * and chart come last, after "--": helm never reads either as an option, whatever its text.
     */
    upgradeArgs(request, extra = []) {
        const args = ['upgrade', '--install', ...this.common()];
        if (request.chartVersion)
            args.push('--version', request.chartVersion);
        for (const file of request.valuesFiles)
            args.push('--values', file);
        args.push(...timeoutFlag(request.timeoutMs));
        if (request.historyMax !== undefined)
            args.push('--history-max', String(request.historyMax));
        if (request.createNamespace)
            args.push('--create-namespace');
        args.push(...upgradeFlags(this.target.major, {
            wait: request.wait,
            force: request.force ?? false,
            helmRollbackOnFailure: request.helmRollbackOnFailure ?? false,
        }));
        return [...args, ...extra, '--', request.release, request.chart];
    }
    /** `stream: 'stderr'` logs helm's stderr as it comes and keeps its stdout (JSON) for the caller. */
    async run(args, options = {}) {
        await this.ready();
        this.logger.debug(`helm ${args.join(' ')}`);
        const signals = [this.signal, options.signal].filter((s) => !!s);
        try {
            return await (0,exec/* exec */.m)(this.target.path, args, {
                env: this.target.env,
                signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                timeoutMs: options.timeoutMs,
                logger: options.stream ? this.logger : undefined,
                logStdout: options.stream !== 'stderr',
            });
        }
        catch (error) {
            if (error instanceof exec/* ExecError */.c) {
                const stderr = error.result.stderr.trim();
                const reason = errorLines(stderr) ?? error.message;
                throw new HelmCommandError(`helm ${args[0]} failed: ${reason.replace(/^Error: /, '')}`, stderr);
            }
            throw error;
        }
    }
    /**
     * Upgrades (or installs) and returns the release helm made, read from its `--output json`:
     * the revision and the manifest come with it, no `helm history` or `get manifest` after.
     * `stop` ends helm's wait (SIGTERM: helm marks the revision failed) when the judge has seen enough.
     */
    async upgrade(request, stop) {
        await this.ready();
        const { stdout } = await this.run(this.upgradeArgs(request, ['--output', 'json']), {
            stream: 'stderr',
            signal: stop,
        });
        return parseReleaseJson(stdout);
    }
    /** The rendered manifest of an upgrade, changing nothing. */
    async renderUpgrade(request) {
        await this.ready();
        const args = this.upgradeArgs({ ...request, wait: false, helmRollbackOnFailure: false, createNamespace: false }, [
            ...dryRunFlags(this.target.major),
            '--output',
            'json',
        ]);
        return parseReleaseJson((await this.run(args)).stdout).manifest;
    }
    /** Every revision, oldest first; empty when the release does not exist. */
    async history(release) {
        await this.ready();
        try {
            const { stdout } = await this.run([
                'history',
                '--max',
                '256',
                '--output',
                'json',
                ...this.common(),
                '--',
                release,
            ]);
            return (0,release_history/* parseHistory */.i6)(stdout);
        }
        catch (error) {
            if (error instanceof HelmCommandError && /release: not found/.test(error.stderr))
                return [];
            throw error;
        }
    }
    async rollback(release, revision, options) {
        await this.ready();
        await this.run([
            'rollback',
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
            '--',
            release,
            String(revision),
        ], { stream: true });
    }
    async uninstall(release, options) {
        await this.ready();
        await this.run([
            'uninstall',
            ...this.common(),
            ...timeoutFlag(options.timeoutMs),
            ...waitFlags(this.target.major, options.wait),
            '--',
            release,
        ], { stream: true });
    }
    async status(release) {
        await this.ready();
        const { stdout } = await this.run(['status', '--output', 'json', ...this.common(), '--', release]);
        const parsed = JSON.parse(stdout);
        return { status: parsed.info?.status ?? 'unknown', revision: Number(parsed.version ?? 0) };
    }
    /** The values a revision was deployed with (user-supplied), as JSON text. */
    async values(release, revision) {
        await this.ready();
        const args = ['get', 'values', release, '--revision', String(revision), '--output', 'json', ...this.common()];
        return (await this.run(args)).stdout.trim();
    }
    async manifest(release, revision) {
        await this.ready();
        const args = ['get', 'manifest', ...this.common()];
        if (revision !== undefined)
            args.push('--revision', String(revision));
        return (await this.run([...args, '--', release])).stdout;
    }
}


/***/ })

};
