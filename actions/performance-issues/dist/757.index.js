"use strict";
exports.id = 757;
exports.ids = [757];
exports.modules = {

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFindings: () => (/* binding */ parseFindings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8065);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1310);
/** The `findings` input: a YAML list, validated item by item with line-precise messages. */




const KEYS = new Set(['key', 'title', 'active', 'checked', 'body', 'body-file']);
function parseFindings(text) {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc.findings} is not valid YAML: ${error.message}`, 'bad-input');
    }
    if (!Array.isArray(data))
        throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input ${_constants__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc.findings} must be a YAML list of findings`, 'bad-input');
    const seen = new Set();
    return data.map((item, i) => {
        const where = `Input ${_constants__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc.findings} item ${i + 1}`;
        const bad = (what) => {
            throw new _shared_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} ${what}`, 'bad-input');
        };
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            return bad('must be a mapping');
        const f = item;
        const unknown = Object.keys(f).filter((k) => !KEYS.has(k));
        if (unknown.length)
            bad(`has unknown field(s) ${unknown.join(', ')}; allowed: ${[...KEYS].join(', ')}`);
        const key = typeof f.key === 'string' ? f.key : bad('needs a key');
        if (!/^[a-z0-9][a-z0-9._/-]*$/i.test(key))
            bad(`key "${key}" may hold only letters, digits, ".", "_", "/" and "-"`);
        if (seen.has(key))
            bad(`repeats key "${key}"`);
        seen.add(key);
        const title = typeof f.title === 'string' && f.title.trim() ? f.title.trim() : bad('needs a title');
        const flag = (name, fallback) => {
            const v = f[name];
            if (v === undefined || v === '')
                return fallback;
            if (typeof v === 'boolean')
                return v;
            if (v === 'true' || v === 'false')
                return v === 'true';
            return bad(`${name} must be true or false; got ${JSON.stringify(v)}`);
        };
        if (f.active === undefined)
            bad('needs active: true or false');
        let body = typeof f.body === 'string' ? f.body : '';
        const file = f['body-file'];
        if (typeof file === 'string' && file) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                bad(`body-file ${file} does not exist`);
            body = [body, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')].filter(Boolean).join('\n\n');
        }
        return { key, title, active: flag('active', false), checked: flag('checked', true), body };
    });
}


/***/ })

};
;