export const id = 507;
export const ids = [507];
export const modules = {

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordedCanary: () => (/* binding */ recordedCanary)
/* harmony export */ });
/* harmony import */ var _slipway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

/**
 * action: start is a GitHub deployment of the environment (payload kind canary), created after
 * the verification policy and before the canary release: success on promotion, failure on
 * abort; paused, it stays in_progress (a later resume, promote or abort does not finish it).
 */
async function recordedCanary(inputs, work, options) {
    const { config, github } = inputs;
    if (!github || config.action !== 'start') {
        if (github)
            options.logger.info(`GitHub Deployments: not recorded for action ${config.action}`);
        return work();
    }
    const { withGitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(525), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 5155));
    const { release, namespace, chart } = config.deploy;
    const start = {
        description: `${release} ${config.image ?? ''} (canary)`,
        payload: { kind: 'canary', release, namespace, strategy: 'canary', chart, image: config.image },
    };
    const { result } = await withGitHubDeployment(github, start, options, work, {
        end: ({ result, state }) => result === 'promoted'
            ? { state: 'success', description: `Promoted ${release} ${state.image} through ${state.steps.length} steps` }
            : result === 'aborted'
                ? { state: 'failure', description: `Canary of ${release} aborted: ${state.abortReason ?? 'aborted'}` }
                : undefined,
        failed: (error) => `Canary of ${release} failed: ${(0,_slipway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`,
    });
    return result;
}


/***/ })

};
