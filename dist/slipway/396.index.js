export const id = 396;
export const ids = [396];
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















/***/ })

};
