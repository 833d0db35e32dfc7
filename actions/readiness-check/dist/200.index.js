"use strict";
exports.id = 200;
exports.ids = [200];
exports.modules = {

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   l: () => (/* binding */ isTransientNetworkError),
/* harmony export */   wj: () => (/* binding */ withTimeout)
/* harmony export */ });
/* unused harmony export parseRetryAfter */
/** HTTP helpers shared by actions that call APIs with Node's fetch. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
]);
function isRetryableStatus(status) {
    return status === 429 || status === 502 || status === 503 || status === 504 || status === 500;
}
/** A dropped connection or DNS hiccup, as Node's fetch (undici) reports them. */
function isTransientNetworkError(error) {
    for (let e = error, depth = 0; e && depth < 4; depth++) {
        const code = e.code;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        e = e.cause;
    }
    return error instanceof TypeError && error.message === 'fetch failed';
}
/** The caller's signal combined with a per-request timeout. */
function withTimeout(signal, timeoutMs) {
    const timeout = AbortSignal.timeout(timeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
/**
 * A `Retry-After` header (RFC 9110: delay-seconds or an HTTP-date) as
 * milliseconds from `now`; undefined when absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}


/***/ }),

/***/ 2200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kindsToRead: () => (/* binding */ kindsToRead),
/* harmony export */   readCluster: () => (/* binding */ readCluster)
/* harmony export */ });
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/* harmony import */ var _shared_src_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7488);
/* harmony import */ var _failure_reasons__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7691);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1793);
/**
 * Reads what the live checks need from the Kubernetes API: one concurrent
 * GET per kind (lists, all in parallel) plus /version. The transport (kubeconfig
 * auth, TLS) is injected; kube-node.ts is the real one.
 */





/** Each kind the checks read, and where (a CRD may be served at one of several versions). */
function kindsToRead(namespace) {
    const ns = `namespaces/${namespace}`;
    return [
        { kind: 'Namespace', paths: ['/api/v1/namespaces'], namespaced: false },
        { kind: 'Node', paths: ['/api/v1/nodes'], namespaced: false },
        { kind: 'Deployment', paths: ['/apis/apps/v1/deployments'], namespaced: true },
        { kind: 'DaemonSet', paths: ['/apis/apps/v1/daemonsets'], namespaced: true },
        { kind: 'StatefulSet', paths: ['/apis/apps/v1/statefulsets'], namespaced: true },
        { kind: 'Pod', paths: [`/api/v1/${ns}/pods`], namespaced: true },
        {
            kind: 'HorizontalPodAutoscaler',
            paths: [`/apis/autoscaling/v2/${ns}/horizontalpodautoscalers`],
            namespaced: true,
        },
        {
            kind: 'PodDisruptionBudget',
            paths: [`/apis/policy/v1/${ns}/poddisruptionbudgets`],
            namespaced: true,
        },
        { kind: 'Service', paths: [`/api/v1/${ns}/services`], namespaced: true },
        {
            kind: 'EndpointSlice',
            paths: [`/apis/discovery.k8s.io/v1/${ns}/endpointslices`],
            namespaced: true,
        },
        { kind: 'Ingress', paths: [`/apis/networking.k8s.io/v1/${ns}/ingresses`], namespaced: true },
        {
            kind: 'NetworkPolicy',
            paths: [`/apis/networking.k8s.io/v1/${ns}/networkpolicies`],
            namespaced: true,
        },
        { kind: 'ServiceAccount', paths: [`/api/v1/${ns}/serviceaccounts`], namespaced: true },
        {
            kind: 'ExternalSecret',
            paths: [
                `/apis/external-secrets.io/v1/${ns}/externalsecrets`,
                `/apis/external-secrets.io/v1beta1/${ns}/externalsecrets`,
            ],
            namespaced: true,
        },
        {
            kind: 'ConfigMap',
            paths: [`/api/v1/configmaps?labelSelector=${_constants__WEBPACK_IMPORTED_MODULE_2__/* .Project */ .MM.DashboardLabel}%3D1`],
            namespaced: true,
        },
        {
            kind: 'PrometheusRule',
            paths: ['/apis/monitoring.coreos.com/v1/prometheusrules'],
            namespaced: true,
        },
    ];
}
async function getWithRetry(get, path, signal) {
    for (let attempt = 1;; attempt++) {
        try {
            const res = await get(path, signal);
            if (!(0,_shared_src_http__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(res.status) || attempt >= 3)
                return res;
        }
        catch (error) {
            // Cancelled (SIGINT/SIGTERM): the run's CancelledError, not an unreachable cluster.
            if (signal?.aborted)
                throw signal.reason;
            if (!(0,_shared_src_http__WEBPACK_IMPORTED_MODULE_1__/* .isTransientNetworkError */ .l)(error) || attempt >= 3) {
                throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Kubernetes API unreachable (GET ${path}): ${error.message}`, _failure_reasons__WEBPACK_IMPORTED_MODULE_3__/* .Reason */ .B['cluster-unreachable']);
            }
        }
        await new Promise((r) => setTimeout(r, 200 * attempt));
    }
}
function refused(path, res) {
    const message = res.body?.message ?? (typeof res.body === 'string' ? res.body.slice(0, 200) : '');
    return new _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Kubernetes API answered ${res.status} to GET ${path}${message ? `: ${message}` : ''}${res.status === 401 || res.status === 403 ? ' (the kubeconfig user needs read access: the readiness-reader Role)' : ''}`, _failure_reasons__WEBPACK_IMPORTED_MODULE_3__/* .Reason */ .B['cluster-unreachable']);
}
async function readCluster(get, namespace, signal) {
    const kinds = kindsToRead(namespace);
    const [version, lists] = await Promise.all([
        getWithRetry(get, '/version', signal),
        Promise.all(kinds.map(async ({ kind, paths }) => {
            for (const path of paths) {
                const res = await getWithRetry(get, path, signal);
                if (res.status === 404)
                    continue; // not served (CRD absent, or another version)
                if (res.status !== 200)
                    throw refused(path, res);
                const items = (res.body?.items ?? []).map((o) => ({
                    ...o,
                    kind,
                }));
                return { kind, items };
            }
            return { kind, items: undefined };
        })),
    ]);
    if (version.status !== 200)
        throw refused('/version', version);
    const read = lists.filter((l) => l.items !== undefined);
    return {
        objects: new _objects__WEBPACK_IMPORTED_MODULE_4__/* .ObjectSet */ .U('cluster', read.flatMap((l) => l.items), read.map((l) => l.kind)),
        version: version.body,
    };
}


/***/ }),

/***/ 1793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ObjectSet)
/* harmony export */ });
class ObjectSet {
    origin;
    locator;
    byKind = new Map();
    constructor(origin, objects, 
    /** Kinds that were read (a kind read and empty differs from one not served). */
    kinds = [], locator = () => undefined) {
        this.origin = origin;
        this.locator = locator;
        for (const k of kinds)
            this.byKind.set(k, []);
        for (const o of objects) {
            if (!o?.kind || !o.metadata?.name)
                continue;
            const list = this.byKind.get(o.kind) ?? [];
            list.push(o);
            this.byKind.set(o.kind, list);
        }
    }
    all(kind, namespace) {
        const list = this.byKind.get(kind) ?? [];
        return namespace === undefined
            ? list
            : list.filter((o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) === namespace);
    }
    has(kind) {
        return this.byKind.has(kind);
    }
    locate(o) {
        return this.locator(o);
    }
}


/***/ })

};
;