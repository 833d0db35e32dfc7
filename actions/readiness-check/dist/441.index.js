"use strict";
exports.id = 441;
exports.ids = [441];
exports.modules = {

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kubeGetter: () => (/* binding */ kubeGetter)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2172);
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8065);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7488);
/* harmony import */ var _failure_reasons__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7691);
/**
 * The real Kubernetes transport: kubeconfig loading and auth (tokens, exec
 * plugins such as aws-eks-auth's token command, client certificates, CA) from
 * @kubernetes/client-node, GETs over one keep-alive agent. Imported lazily.
 */






function kubeGetter(path) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .ypW();
    try {
        if (path)
            kc.loadFromFile(path);
        else
            kc.loadFromDefault();
    }
    catch (error) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Kubeconfig}: cannot read kubeconfig ${path || '(default)'}: ${error.message}`, _failure_reasons__WEBPACK_IMPORTED_MODULE_5__/* .Reason */ .B['bad-input']);
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Kubeconfig}: ${path || 'the default kubeconfig'} has no current cluster`, _failure_reasons__WEBPACK_IMPORTED_MODULE_5__/* .Reason */ .B['bad-input']);
    }
    const server = cluster.server.replace(/\/$/, '');
    const secure = server.startsWith('https:');
    let agent;
    const get = async (p, signal) => {
        const opts = { method: 'GET', headers: { Accept: 'application/json' } };
        await kc.applyToHTTPSOptions(opts);
        agent ??= secure
            ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({
                keepAlive: true,
                ca: opts.ca,
                cert: opts.cert,
                key: opts.key,
                rejectUnauthorized: opts.rejectUnauthorized,
                servername: opts.servername,
            })
            : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true });
        return new Promise((resolve, reject) => {
            const req = (secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(new URL(server + p), { ...opts, agent, signal }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body = text;
                    try {
                        body = text ? JSON.parse(text) : undefined;
                    }
                    catch { }
                    resolve({ status: res.statusCode ?? 0, body });
                });
            });
            req.on('error', reject);
            req.end();
        });
    };
    return { get, server, close: () => agent?.destroy() };
}


/***/ })

};
;