export const id = 701;
export const ids = [701];
export const modules = {

/***/ 5701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentEnd: () => (/* binding */ deploymentEnd),
/* harmony export */   withHelmDeployment: () => (/* binding */ withHelmDeployment)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

/**
 * The GitHub deployment around one helm-deploy run (mode: deploy and rollback; plan changes
 * nothing): created and in_progress before anything changes, then success or failure; a
 * success marks the environment's earlier deployments inactive. A rollback is a deployment of
 * the environment too, recorded against the run's commit (the revision helm restores maps to no
 * commit we know) with `kind: rollback` and the target revision in its payload. A Deployments
 * API failure is a warning unless deployment-fail-on-error, and never hides the deploy's own error.
 */
async function withHelmDeployment(settings, request, options, work) {
    if (!settings || request.mode === 'plan') {
        if (settings)
            options.logger.info(`GitHub Deployments: not recorded for mode ${request.mode}`);
        return { report: await work(), deploymentId: undefined };
    }
    const { withGitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(510), __webpack_require__.e(369), __webpack_require__.e(14)]).then(__webpack_require__.bind(__webpack_require__, 9014));
    const image = request.image
        ? `${request.image.repository}${request.image.tag ? `:${request.image.tag}` : ''}${request.image.digest ? `@${request.image.digest}` : ''}`
        : undefined;
    const { result, deploymentId } = await withGitHubDeployment(settings, deploymentStart(request, image), options, work, {
        end: deploymentEnd,
        failed: (error) => `${modeWord(request)} of ${request.release} failed: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`,
    });
    return { report: result, deploymentId };
}
function modeWord(request) {
    return request.mode === 'rollback' ? 'Rollback' : 'Deploy';
}
/** The payload's `kind` is what delivery-metrics (packages/records) reads the deployment as. */
function deploymentStart(request, image) {
    const rollback = request.mode === 'rollback';
    const to = request.revision ? `revision ${request.revision}` : 'the last good revision';
    return {
        description: rollback
            ? `Rollback of ${request.release} to ${to} (${request.strategy})`
            : `${request.release}${image ? ` ${image}` : ''} (${request.strategy})`,
        payload: {
            kind: rollback ? 'rollback' : 'deploy',
            release: request.release,
            namespace: request.namespace,
            strategy: request.strategy,
            chart: request.chart,
            image,
            revision: request.revision,
        },
    };
}
/** success with the revision (and colour) now live; failure with the reason and what was rolled back. */
function deploymentEnd(report) {
    if (report.mode === 'rollback')
        return rollbackEnd(report);
    const bg = report.blueGreen;
    const where = bg ? `${bg.to}, revision ${report.revision ?? '?'}` : `revision ${report.revision ?? '?'}`;
    if (report.status === 'deployed' && !report.failure)
        return {
            state: 'success',
            description: `Deployed ${report.release} ${where}${bg?.from && bg.switched ? ` (switched from ${bg.from})` : ''}`,
        };
    const reason = report.failure?.reason ?? report.status;
    if (report.rolledBack) {
        const from = report.failedRevision ?? 'the new revision';
        const to = report.previousRevision === undefined ? 'nothing (first install removed)' : `revision ${report.previousRevision}`;
        return { state: 'failure', description: `Rolled back ${report.release} from ${from} to ${to}: ${reason}` };
    }
    if (bg && !bg.switched)
        return {
            state: 'failure',
            description: `${bg.to} failed; traffic stays on ${bg.from ?? 'no colour'}: ${reason}`,
        };
    return { state: 'failure', description: `Deploy of ${report.release} failed: ${reason}` };
}
/** mode: rollback: success says from → to; failure says why, and where the release stays. */
function rollbackEnd(report) {
    const bg = report.blueGreen;
    if (report.status === 'rolled-back' && !report.failure) {
        if (bg)
            return {
                state: 'success',
                description: `Switched ${report.release} back from ${bg.from ?? '?'} to ${bg.to} (revision ${report.revision ?? '?'})`,
            };
        return {
            state: 'success',
            description: `Rolled back ${report.release} from revision ${report.previousRevision ?? '?'} to ${report.restoredRevision ?? '?'} (now revision ${report.revision ?? '?'})`,
        };
    }
    return {
        state: 'failure',
        description: `Rollback of ${report.release} failed: ${report.failure?.reason ?? report.status}`,
    };
}


/***/ })

};
