"use strict";
exports.id = 715;
exports.ids = [715];
exports.modules = {

/***/ 9715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readK6Results: () => (/* binding */ readK6Results)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
;// CONCATENATED MODULE: ./actions/_shared/src/k6-results.ts
/**
 * The k6-load-test results file (results.json, schema medimind.k6-results/v1):
 * written by k6-load-test, read back as its next run's baseline and by
 * readiness-check's performance category. Types only (plus the schema name),
 * so both actions agree on one shape without importing each other.
 * Numbers k6 could not measure (NaN) are written as null.
 */
const RESULTS_SCHEMA = 'medimind.k6-results/v1';

// EXTERNAL MODULE: ./actions/readiness-check/src/config.ts
var config = __webpack_require__(6123);
// EXTERNAL MODULE: ./actions/readiness-check/src/constants.ts
var constants = __webpack_require__(7488);
;// CONCATENATED MODULE: ./actions/readiness-check/src/k6-results-input.ts
/**
 * The k6-results input: k6-load-test's results.json (schema
 * medimind.k6-results/v1, typed in actions/_shared/src/k6-results.ts). Read
 * once, checked for the fields the performance category judges, so a wrong
 * file is one bad-input error naming the input rather than a check that
 * cannot evaluate.
 */





function readK6Results(path, cwd) {
    const file = (0,config/* displayPath */.G)(path, cwd);
    const bad = (problem) => {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.K6Results}: ${file}: ${problem} (expected k6-load-test's results.json, schema ${RESULTS_SCHEMA})`, 'bad-input');
    };
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        bad(code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : String(code));
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        bad('not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return bad('not a JSON object');
    if (doc.schema !== RESULTS_SCHEMA) {
        bad(`schema is ${JSON.stringify(doc.schema ?? null)}`);
    }
    if (typeof doc.profile !== 'string')
        bad('profile is missing');
    if (!Array.isArray(doc.services) ||
        !doc.services.every((s) => typeof s?.service === 'string' && typeof s.latencyMs === 'object' && s.latencyMs)) {
        bad('services must list results with service and latencyMs');
    }
    return { file, doc: doc };
}


/***/ })

};
;