"use strict";
exports.id = 528;
exports.ids = [528];
exports.modules = {

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadKubeConfig: () => (/* binding */ loadKubeConfig),
/* harmony export */   nodeTransport: () => (/* binding */ nodeTransport)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2172);
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8065);
/* harmony import */ var _shared_src_proxy__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1580);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2613);
/**
 * The real transport: kubeconfig loading and auth (tokens, exec plugins such
 * as the aws-eks-auth token command, client certificates, CA) from
 * @kubernetes/client-node, requests over node:http/https with keep-alive,
 * watches through the client's Watch. Imported lazily, after input validation.
 *
 * Proxies, as kubectl: the cluster's `proxy-url` in the kubeconfig (http, https
 * or socks), else HTTPS_PROXY / HTTP_PROXY unless NO_PROXY exempts the API
 * server. Requests and watches go through the same proxy.
 */






function loadKubeConfig(path, env = process.env) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .ypW();
    try {
        if (path)
            kc.loadFromFile(path);
        else
            kc.loadFromDefault();
    }
    catch (error) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Kubeconfig}: cannot read kubeconfig ${path || '(default)'}: ${error.message}`);
    }
    if (!kc.getCurrentCluster()) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Kubeconfig}: ${path || 'the default kubeconfig'} has no current cluster`);
    }
    return withEnvironmentProxy(kc, env);
}
/**
 * The kubeconfig with the proxy the environment names for its API server as
 * the current cluster's `proxy-url` (one set in the kubeconfig wins), so the
 * client's own agents (watches) and ours (requests) both use it.
 */
function withEnvironmentProxy(kc, env) {
    const cluster = kc.getCurrentCluster();
    if (cluster.proxyUrl)
        return kc;
    const proxy = (0,_shared_src_proxy__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .iJ)(new URL(cluster.server), env);
    if (!proxy)
        return kc;
    const copy = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .ypW();
    copy.loadFromOptions({
        clusters: kc.clusters.map((c) => (c.name === cluster.name ? { ...c, proxyUrl: proxy } : c)),
        users: kc.users,
        contexts: kc.contexts,
        currentContext: kc.currentContext,
    });
    return copy;
}
function query(q = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q))
        if (v !== undefined && v !== '')
            params.set(k, String(v));
    const text = params.toString();
    return text ? `?${text}` : '';
}
function nodeTransport(kc) {
    const cluster = kc.getCurrentCluster();
    const server = cluster.server.replace(/\/$/, '');
    const secure = server.startsWith('https:');
    let agent;
    const watcher = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .Watch */ .ox1(kc);
    const watches = new Set();
    return {
        close() {
            for (const w of watches)
                w.abort();
            watches.clear();
            agent?.destroy();
        },
        async request(method, path, options = {}) {
            const opts = { method, headers: { Accept: 'application/json' } };
            await kc.applyToHTTPSOptions(opts);
            // One keep-alive agent with the cluster's TLS settings for the whole run; through the
            // proxy, the client's own proxy agent (the one its watches use).
            if (!agent && cluster.proxyUrl) {
                agent = (await kc.applyToFetchOptions({ ...opts })).agent;
            }
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
            opts.agent = agent;
            const body = options.body === undefined ? undefined : JSON.stringify(options.body);
            if (body !== undefined) {
                opts.headers = {
                    ...opts.headers,
                    'Content-Type': options.contentType ?? 'application/json',
                    'Content-Length': Buffer.byteLength(body),
                };
            }
            const url = new URL(server + path + query(options.query));
            return new Promise((resolve, reject) => {
                const req = (secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, { ...opts, signal: options.signal }, (res) => {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('error', reject);
                    res.on('end', () => {
                        const text = Buffer.concat(chunks).toString('utf8');
                        let parsed = text;
                        try {
                            parsed = text ? JSON.parse(text) : undefined;
                        }
                        catch { }
                        resolve({
                            status: res.statusCode ?? 0,
                            body: parsed,
                            headers: res.headers,
                        });
                    });
                });
                req.on('error', reject);
                req.end(body);
            });
        },
        async watch(path, q, onEvent, done) {
            let controller;
            controller = await watcher.watch(path, q, (type, object) => onEvent({ type, object }), (error) => {
                if (controller)
                    watches.delete(controller);
                done(error);
            });
            watches.add(controller);
            return {
                abort: () => {
                    watches.delete(controller);
                    controller.abort();
                },
            };
        },
    };
}


/***/ })

};
;