"use strict";
exports.id = 357;
exports.ids = [357];
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

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probePrometheus: () => (/* binding */ probePrometheus),
/* harmony export */   prometheusReader: () => (/* binding */ prometheusReader)
/* harmony export */ });
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/* harmony import */ var _shared_src_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);
/* harmony import */ var _failure_reasons__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7691);
/**
 * Prometheus's HTTP API (v1) over fetch: instant queries, alerting rules and
 * active alerts. Credentials in the URL (https://user:pass@host) become a
 * Basic Authorization header (fetch refuses them in URLs) and are masked.
 */



function prometheusReader(baseUrl, signal, timeoutMs = 30_000) {
    const u = new URL(baseUrl);
    const headers = { Accept: 'application/json' };
    if (u.username || u.password) {
        headers.Authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
        u.username = '';
        u.password = '';
    }
    const base = u.toString().replace(/\/$/, '');
    const shown = base; // without credentials
    async function api(path) {
        let res;
        try {
            res = await fetch(`${base}${path}`, { headers, signal: (0,_shared_src_http__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .wj)(signal, timeoutMs) });
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Prometheus unreachable at ${shown}: ${error.cause ? String(error.cause.message) : error.message}`, _failure_reasons__WEBPACK_IMPORTED_MODULE_2__/* .Reason */ .B['prometheus-unreachable']);
        }
        const text = await res.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Prometheus at ${shown} answered ${res.status} with non-JSON to GET ${path}`, _failure_reasons__WEBPACK_IMPORTED_MODULE_2__/* .Reason */ .B['prometheus-unreachable']);
        }
        if (body.status !== 'success')
            throw new Error(`Prometheus ${path}: ${body.errorType ?? res.status}: ${body.error ?? ''}`);
        return body.data;
    }
    return {
        url: shown,
        async query(promql) {
            const data = (await api(`/api/v1/query?query=${encodeURIComponent(promql)}`));
            if (data.resultType === 'scalar')
                return [{ metric: {}, value: data.result }];
            return data.result;
        },
        async alertRules() {
            const data = (await api('/api/v1/rules?type=alert'));
            return data.groups.flatMap((g) => g.rules.map((r) => ({ name: r.name, state: r.state, labels: r.labels ?? {} })));
        },
        async firingAlerts() {
            const data = (await api('/api/v1/alerts'));
            return data.alerts;
        },
    };
}
/** Checks the server answers before the checks run, so an unreachable Prometheus is one clear error. */
async function probePrometheus(reader) {
    await reader.query('vector(1)');
}


/***/ })

};
;