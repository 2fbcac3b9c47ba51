export const id = 993;
export const ids = [993];
export const modules = {

/***/ 993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryClient: () => (/* reexport safe */ _registry_client__WEBPACK_IMPORTED_MODULE_1__.b),
/* harmony export */   digestRef: () => (/* reexport safe */ _image_ref__WEBPACK_IMPORTED_MODULE_0__.yb),
/* harmony export */   parseImageRef: () => (/* reexport safe */ _image_ref__WEBPACK_IMPORTED_MODULE_0__.Q),
/* harmony export */   taggedRef: () => (/* reexport safe */ _image_ref__WEBPACK_IMPORTED_MODULE_0__.MK),
/* harmony export */   verifyDeployImage: () => (/* reexport safe */ _signing_verify_deploy__WEBPACK_IMPORTED_MODULE_2__.a)
/* harmony export */ });
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3524);
/* harmony import */ var _registry_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3604);
/* harmony import */ var _signing_verify_deploy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4878);


































/***/ })

};
