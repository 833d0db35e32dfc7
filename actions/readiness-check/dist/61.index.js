"use strict";
exports.id = 61;
exports.ids = [61];
exports.modules = {

/***/ 4061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSlos: () => (/* binding */ loadSlos),
/* harmony export */   parseSlos: () => (/* binding */ parseSlos)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8065);
/* harmony import */ var _shared_src_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7719);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7488);
/**
 * The SLOs readiness evaluates, behind one small interface. loadtests/slo.yaml
 * is the project's single source of SLOs; until the shared typed loader
 * (actions/_shared/src/slo.ts) lands, this reads the few fields readiness
 * needs, tolerating any others:
 *
 *   availability: 99.9%
 *   services:
 *     backend-api:  { latency: { p95: 100ms }, error-rate: 1%, throughput: 2000/s }
 *     ml-pipeline:  { latency: { p95: 200ms } }
 *     voice-analysis: { latency: { p95: 500ms } }
 *
 * Swapping in the shared loader means changing loadSlos() only.
 */





const isDict = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function bad(file, where, problem) {
    throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.SloFile}: ${file}: ${where} ${problem}`, 'bad-input');
}
/** 99.9% or 0.999 -> 0.999 */
function fraction(file, where, v) {
    const text = String(v).trim();
    const n = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isFinite(n) || n < 0 || n > 1)
        bad(file, where, `must be a percentage or a fraction; got "${text}"`);
    return n;
}
function millis(file, where, v) {
    const ms = typeof v === 'number' ? v : (0,_shared_src_inputs__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(String(v));
    if (ms === undefined || ms <= 0)
        bad(file, where, `must be a duration such as 200ms; got "${v}"`);
    return ms;
}
function parseSlos(text, file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        bad(file, 'the file', `is not valid YAML: ${error.message}`);
    }
    if (!isDict(doc) || !isDict(doc.services))
        bad(file, 'the file', 'needs a `services:` mapping');
    const services = Object.entries(doc.services).map(([name, spec]) => {
        if (!isDict(spec))
            bad(file, `services.${name}`, 'must be a mapping');
        const latency = [];
        if (spec.latency !== undefined) {
            if (!isDict(spec.latency))
                bad(file, `services.${name}.latency`, 'must map p50/p95/p99 to durations');
            for (const [key, value] of Object.entries(spec.latency)) {
                const m = /^p(\d{1,2}(?:\.\d+)?)$/.exec(key);
                if (!m)
                    bad(file, `services.${name}.latency.${key}`, 'must be a percentile such as p95');
                latency.push({
                    quantile: Number(m[1]) / 100,
                    maxMs: millis(file, `services.${name}.latency.${key}`, value),
                });
            }
        }
        const errorRate = spec['error-rate'] ?? spec.errorRate;
        const throughput = spec.throughput;
        let throughputRps;
        if (throughput !== undefined) {
            throughputRps = Number(String(throughput).replace(/\s*(req)?\/s$/, ''));
            if (!Number.isFinite(throughputRps) || throughputRps <= 0) {
                bad(file, `services.${name}.throughput`, `must be requests per second such as 2000/s; got "${throughput}"`);
            }
        }
        return {
            name,
            latency,
            errorRate: errorRate === undefined
                ? undefined
                : fraction(file, `services.${name}.error-rate`, errorRate),
            throughputRps,
        };
    });
    return {
        file,
        availability: doc.availability === undefined ? undefined : fraction(file, 'availability', doc.availability),
        services,
    };
}
function loadSlos(file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.SloFile}: cannot read ${file}: ${error.code ?? error.message}`, 'bad-input');
    }
    return parseSlos(text, file);
}


/***/ })

};
;